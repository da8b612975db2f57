package org.pravasi.registry.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.IdentifierWords;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.publish.Disclosure;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.PublishingLock;
import org.pravasi.registry.publish.StatedFiguresCheck;
import org.pravasi.registry.publish.StatedText;
import org.pravasi.registry.store.Store;

/** Registers organisations: each in its own graph, named by its URI. */
public final class Organisations {
    private final Store store;
    private final InstanceUris uris;
    private final Disclosure disclosure;
    private final StatedFiguresCheck figures;
    private final PublishingLock publishing;

    /** Creates the registry over the store, screening organisation files with {@code disclosure}. */
    public Organisations(
            Store store,
            InstanceUris uris,
            Disclosure disclosure,
            StatedFiguresCheck figures,
            PublishingLock publishing) {
        this.figures = figures;
        this.publishing = publishing;
        this.store = store;
        this.uris = uris;
        this.disclosure = disclosure;
    }

    /**
     * Refuses personal data in every text and URL field of an organisation file: its slug (read as words, as a
     * harvesting portal reads it in every IRI of the organisation), names, descriptions, type, centres' names and
     * districts, states, homepage and contact point (which must be organisational).
     */
    public List<Finding> screen(Organisation o, String file) {
        Findings findings = new Findings();
        disclosure.screenText(file, "slug", IdentifierWords.of(o.slug()), findings);
        o.name().forEach((lang, t) -> disclosure.screenText(file, "name", t, findings));
        o.description().forEach((lang, t) -> disclosure.screenText(file, "description", t, findings));
        disclosure.screenText(file, "type", o.type(), findings);
        o.states().forEach(t -> disclosure.screenText(file, "states", t, findings));
        for (int i = 0; i < o.centres().size(); i++) {
            disclosure.screenText(
                    file, "centres[" + i + "].name", o.centres().get(i).name(), findings);
            disclosure.screenText(
                    file, "centres[" + i + "].district", o.centres().get(i).district(), findings);
        }
        o.homepage().ifPresent(h -> disclosure.screenIri(file, "homepage", h, findings));
        o.contactPoint().ifPresent(c -> disclosure.screenContactPoint(file, "contactPoint", c, findings));
        if (!findings.hasErrors()) {
            // Figures the profile states are read against the organisation's tables and its other texts.
            List<StatedText> texts = new java.util.ArrayList<>();
            o.name().forEach((lang, t) -> texts.add(StatedText.fresh(file, "name", t)));
            o.description().forEach((lang, t) -> texts.add(StatedText.fresh(file, "description", t)));
            texts.add(StatedText.fresh(file, "type", o.type()));
            o.centres().forEach(c -> texts.add(StatedText.fresh(file, "centres", c.name())));
            Node org = uris.org(o.slug());
            store.read(() -> {
                figures.checkTexts(store.dataset(), org, texts, org, findings);
                return null;
            });
        }
        return findings.list();
    }

    /**
     * Refuses names of {@code o} that another organisation here holds or that mix scripts within a word
     * ({@link OrganisationNames}); one finding per name refused.
     */
    public List<Finding> checkNames(Organisation o, String file) {
        return store.read(() -> nameFindings(store.dataset(), o, file));
    }

    private List<Finding> nameFindings(DatasetGraph dsg, Organisation o, String file) {
        List<OrganisationNames.Held> held = OrganisationNames.held(dsg);
        Node org = uris.org(o.slug());
        Findings findings = new Findings();
        o.name()
                .forEach((lang, name) -> OrganisationNames.check(org, false, name, held)
                        .ifPresent(r -> findings.add(Finding.error(file, "name", r.problem(), r.fix()))));
        return findings.list();
    }

    /** Whether the organisation is registered. */
    public boolean exists(String slug) {
        Node org = uris.org(slug);
        return store.read(() -> store.dataset().contains(org, org, RDF.type.asNode(), PV.Organisation.asNode()));
    }

    /** The organisation as registered, read back from its graph. */
    public Optional<Organisation> read(String slug) {
        if (!DescriptorReader.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Node org = uris.org(slug);
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            if (!dsg.contains(org, org, RDF.type.asNode(), PV.Organisation.asNode())) {
                return Optional.<Organisation>empty();
            }
            List<Organisation.Centre> centres = new ArrayList<>();
            objects(dsg, org, org, PV.centre.asNode()).stream()
                    .sorted(Comparator.comparingInt(c -> centreNumber(c.getURI())))
                    .forEach(c -> centres.add(new Organisation.Centre(
                            first(dsg, org, c, RDFS.label.asNode())
                                    .map(Node::getLiteralLexicalForm)
                                    .orElse(""),
                            first(dsg, org, c, PV.district.asNode())
                                    .map(d -> lastSegment(d.getURI()))
                                    .orElse(""))));
            return Optional.of(new Organisation(
                    slug,
                    texts(dsg, org, FOAF.name.asNode()),
                    first(dsg, org, org, DCTerms.type.asNode())
                            .map(Node::getLiteralLexicalForm)
                            .orElse("organisation"),
                    texts(dsg, org, DCTerms.description.asNode()),
                    first(dsg, org, org, FOAF.homepage.asNode()).map(Node::getURI),
                    first(dsg, org, org, DCAT.contactPoint.asNode()).map(Node::getURI),
                    objects(dsg, org, org, PV.state.asNode()).stream()
                            .map(n -> lastSegment(n.getURI()))
                            .sorted()
                            .toList(),
                    centres,
                    first(dsg, org, org, PV.illustrative.asNode())
                            .map(n -> "true".equals(n.getLiteralLexicalForm()))
                            .orElse(false)));
        });
    }

    private static Map<String, String> texts(DatasetGraph dsg, Node org, Node p) {
        Map<String, String> out = new TreeMap<>();
        objects(dsg, org, org, p).forEach(n -> out.put(n.getLiteralLanguage(), n.getLiteralLexicalForm()));
        return out;
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static Optional<Node> first(DatasetGraph dsg, Node g, Node s, Node p) {
        return objects(dsg, g, s, p).stream().findFirst();
    }

    private static int centreNumber(String uri) {
        String n = uri.substring(uri.lastIndexOf('-') + 1);
        return n.matches("[0-9]{1,9}") ? Integer.parseInt(n) : Integer.MAX_VALUE;
    }

    private static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * Creates or replaces the organisation's description in one transaction, after {@link #screen screening} it and
     * {@link #checkNames checking its names} in that transaction (two registrations cannot take one name at once);
     * personal data or a name refused is an {@link IllegalArgumentException} listing the findings, and nothing is
     * written.
     */
    public void upsert(Organisation o) {
        // Screened (figures in its texts read against the tables) and written under the node's publishing lock.
        publishing.holding(() -> {
            write(o);
            return null;
        });
    }

    private void write(Organisation o) {
        String file = "organisation.json of " + o.slug();
        refuseIfAny(o, screen(o, file));
        Node org = uris.org(o.slug());
        store.write(() -> {
            DatasetGraph dsg = store.dataset();
            refuseIfAny(o, nameFindings(dsg, o, file));
            dsg.deleteAny(org, Node.ANY, Node.ANY, Node.ANY);
            add(dsg, org, org, RDF.type.asNode(), PV.Organisation.asNode());
            add(dsg, org, org, RDF.type.asNode(), FOAF.Organization.asNode());
            add(dsg, org, org, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(o.slug()));
            o.name().forEach((l, t) -> {
                add(dsg, org, org, FOAF.name.asNode(), NodeFactory.createLiteralLang(t, l));
                add(dsg, org, org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(t, l));
            });
            o.description()
                    .forEach((l, t) ->
                            add(dsg, org, org, DCTerms.description.asNode(), NodeFactory.createLiteralLang(t, l)));
            add(dsg, org, org, DCTerms.type.asNode(), NodeFactory.createLiteralString(o.type()));
            o.homepage().ifPresent(h -> add(dsg, org, org, FOAF.homepage.asNode(), NodeFactory.createURI(h)));
            o.contactPoint().ifPresent(c -> add(dsg, org, org, DCAT.contactPoint.asNode(), NodeFactory.createURI(c)));
            o.states().forEach(s -> add(dsg, org, org, PV.state.asNode(), NodeFactory.createURI(PravasiUris.state(s))));
            int i = 0;
            for (Organisation.Centre c : o.centres()) {
                Node centre = NodeFactory.createURI(org.getURI() + "#centre-" + (++i));
                add(dsg, org, org, PV.centre.asNode(), centre);
                add(dsg, org, centre, RDFS.label.asNode(), NodeFactory.createLiteralLang(c.name(), "en"));
                add(dsg, org, centre, PV.district.asNode(), NodeFactory.createURI(PravasiUris.district(c.district())));
            }
            add(
                    dsg,
                    org,
                    org,
                    PV.illustrative.asNode(),
                    NodeFactory.createLiteralDT(Boolean.toString(o.illustrative()), XSDDatatype.XSDboolean));
            return null;
        });
    }

    private static void refuseIfAny(Organisation o, List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("Organisation '" + o.slug() + "' was refused: "
                    + String.join(" ", findings.stream().map(Finding::describe).toList()));
        }
    }

    private static void add(DatasetGraph dsg, Node graph, Node s, Node p, Node o) {
        dsg.add(graph, s, p, o);
    }
}
