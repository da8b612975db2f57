package org.pravasi.registry.story;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.Ontology;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.disclosure.IdentifierWords;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.disclosure.ShownMarkdown;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Parsed;
import org.pravasi.registry.publish.Disclosure;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.PublishingLock;
import org.pravasi.registry.publish.ReferenceData;
import org.pravasi.registry.publish.StatedFiguresCheck;
import org.pravasi.registry.publish.StatedText;
import org.pravasi.registry.stated.PipeTables;
import org.pravasi.registry.store.Store;

/**
 * Publishes a story: reads it, refuses personal data, checks districts and themes, replaces its graph in one
 * transaction.
 */
public final class StoryPublisher {

    private final Store store;
    private final InstanceUris uris;
    private final ReferenceData reference;
    private final Ontology ontology;
    private final Disclosure disclosure;
    private final ChangeBus bus;

    private final StatedFiguresCheck figures;
    private final PublishingLock publishing;

    /** Wires the story pipeline. */
    public StoryPublisher(
            Store store,
            InstanceUris uris,
            ReferenceData reference,
            Ontology ontology,
            Disclosure disclosure,
            StatedFiguresCheck figures,
            PublishingLock publishing,
            ChangeBus bus) {
        this.figures = figures;
        this.publishing = publishing;
        this.store = store;
        this.uris = uris;
        this.reference = reference;
        this.ontology = ontology;
        this.disclosure = disclosure;
        this.bus = bus;
    }

    /** Publishes the story file of organisation {@code org}: {@link #check} it, then write it unless refused. */
    public StoryOutcome publish(String org, String file, byte[] markdown) {
        // Checked and written under the node's publishing lock: a table published meanwhile is read with it.
        return publishing.holding(() -> checkAndWrite(org, file, markdown));
    }

    private StoryOutcome checkAndWrite(String org, String file, byte[] markdown) {
        Checked c = checked(org, file, markdown);
        if (c.story() == null || c.findings().hasErrors()) {
            return new StoryOutcome(false, c.uri(), c.findings().list());
        }
        Story s = c.story();
        Node story = uris.story(org, s.slug());
        Instant now = Instant.now();
        store.write(() -> {
            write(store.dataset(), story, uris.org(org), org, s, now);
            return null;
        });
        bus.announce(new ChangeEvent(ChangeEvent.Kind.STORY_PUBLISHED, story.getURI(), "", org, now));
        return new StoryOutcome(true, story.getURI(), c.findings().list());
    }

    /**
     * Everything {@link #publish} checks (front matter, personal data and counts of people in every text, districts,
     * themes), without writing: the outcome is never {@code published}. The workspace's editor runs it as the officer
     * types.
     */
    public StoryOutcome check(String org, String file, byte[] markdown) {
        Checked c = checked(org, file, markdown);
        return new StoryOutcome(false, c.uri(), c.findings().list());
    }

    private Checked checked(String org, String file, byte[] markdown) {
        Findings findings = new Findings();
        Parsed<Story> parsed = StoryReader.read(file, markdown);
        findings.addAll(parsed.findings());
        if (parsed.value().isEmpty()) {
            return new Checked(null, "", findings);
        }
        Story s = parsed.value().get();
        Node story = uris.story(org, s.slug());
        // The file name is the story's slug: in its IRI, on every page and feed that links to it.
        disclosure.screenText(file, "file name", IdentifierWords.of(s.slug()), s.publicFigures(), findings);
        disclosure.screenText(file, "title", s.title(), s.publicFigures(), findings);
        disclosure.screenText(file, "summary", s.summary(), s.publicFigures(), findings);
        disclosure.screenMarkdown(file, "body", s.body(), s.publicFigures(), findings);
        for (PublicFigure f : s.publicFigures()) {
            disclosure.screenText(file, "publicFigures", f.phrase(), s.publicFigures(), findings);
            disclosure.screenIri(file, "publicFigures", f.source(), findings);
        }
        for (String d : s.districts()) {
            if (reference.area("district", d).isEmpty()) {
                findings.add(Finding.error(
                        file,
                        0,
                        "districts",
                        d,
                        "'" + d + "' is not a known district LGD code.",
                        "Use LGD district codes, e.g. 201 for Katihar."));
            }
        }
        for (String t : s.themes()) {
            if (ontology.codes().concept("theme", t).isEmpty()) {
                findings.add(Finding.error(
                        file,
                        0,
                        "themes",
                        t,
                        "'" + t + "' is not a theme.",
                        "Use themes from " + ontology.codes().notations("theme") + "."));
            }
        }
        if (!findings.hasErrors()) {
            // Figures the story states are read against the organisation's tables and its other texts.
            List<String> declared =
                    s.publicFigures().stream().map(PublicFigure::phrase).toList();
            java.util.Set<String> districts = new java.util.TreeSet<>();
            s.districts().forEach(d -> districts.add(PravasiUris.district(d)));
            List<StatedText> texts = new java.util.ArrayList<>(List.of(
                    new StatedText(file, "file name", s.slug().replace('-', ' '), districts, declared, true),
                    new StatedText(file, "title", s.title(), districts, declared, true),
                    new StatedText(file, "summary", s.summary(), districts, declared, true),
                    new StatedText(
                            file,
                            "body",
                            ShownMarkdown.of(PipeTables.writtenOut(s.body())).text(),
                            districts,
                            declared,
                            true)));
            declared.forEach(p -> texts.add(new StatedText(file, "publicFigures", p, districts, List.of(p), true)));
            store.read(() -> {
                figures.checkTexts(store.dataset(), uris.org(org), texts, story, findings);
                return null;
            });
        }
        return new Checked(s, story.getURI(), findings);
    }

    private record Checked(Story story, String uri, Findings findings) {}

    private static void write(DatasetGraph dsg, Node story, Node org, String orgSlug, Story s, Instant now) {
        dsg.deleteAny(story, Node.ANY, Node.ANY, Node.ANY);
        Quads q = new Quads(dsg, story);
        q.add(story, RDF.type.asNode(), PV.Story.asNode());
        q.add(story, RDF.type.asNode(), SCHEMA.Article.asNode());
        q.add(story, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(orgSlug + "/" + s.slug()));
        q.add(story, SCHEMA.headline.asNode(), NodeFactory.createLiteralLang(s.title(), s.language()));
        q.add(story, SCHEMA.articleBody.asNode(), NodeFactory.createLiteralLang(s.body(), s.language()));
        if (!s.summary().isBlank()) {
            q.add(story, SCHEMA.abstract_.asNode(), NodeFactory.createLiteralLang(s.summary(), s.language()));
        }
        q.add(
                story,
                SCHEMA.datePublished.asNode(),
                NodeFactory.createLiteralDT(s.date().toString(), XSDDatatype.XSDdate));
        q.add(story, SCHEMA.inLanguage.asNode(), NodeFactory.createLiteralString(s.language()));
        q.add(story, SCHEMA.publisher.asNode(), org);
        q.add(story, DCTerms.publisher.asNode(), org);
        q.add(story, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
        q.add(
                story,
                PV.illustrative.asNode(),
                NodeFactory.createLiteralDT(Boolean.toString(s.illustrative()), XSDDatatype.XSDboolean));
        s.districts().forEach(d -> q.add(story, PV.district.asNode(), uri(PravasiUris.district(d))));
        s.themes().forEach(t -> q.add(story, DCAT.theme.asNode(), uri(PravasiUris.concept("theme", t))));
        // The one exception to the rule on counts of people below k, recorded as the dataset records do.
        for (int i = 0; i < s.publicFigures().size(); i++) {
            Node figure = uri(story.getURI() + "#public-figure-" + (i + 1));
            q.add(story, PROV.wasDerivedFrom.asNode(), figure);
            q.add(figure, RDF.type.asNode(), PROV.Entity.asNode());
            q.add(
                    figure,
                    PROV.value.asNode(),
                    NodeFactory.createLiteralString(s.publicFigures().get(i).phrase()));
            q.add(
                    figure,
                    PROV.wasQuotedFrom.asNode(),
                    uri(s.publicFigures().get(i).source()));
        }
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    private record Quads(DatasetGraph dsg, Node graph) {
        void add(Node s, Node p, Node o) {
            dsg.add(graph, s, p, o);
        }
    }
}
