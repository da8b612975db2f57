package org.pravasi.registry.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.PublicFigure;
import org.pravasi.registry.ingest.Column;
import org.pravasi.registry.ingest.ColumnRole;
import org.pravasi.registry.ingest.Descriptor;

/** Builds a dataset's DCAT catalogue record with versions and PROV provenance: the graph named by the dataset URI. */
final class CatalogRecord {
    private final Graph g = GraphFactory.createGraphMem();

    /**
     * The facts of one publish that go into the record.
     *
     * @param version the dataset and the version written
     * @param activity the publish activity
     * @param descriptor what the publisher described
     * @param keys the table's resolved keys (codes and periods)
     * @param table what was published
     * @param withheld the cells withheld and the threshold applied
     * @param history the versions before this one
     */
    record Facts(
            Version version,
            Activity activity,
            Descriptor descriptor,
            ResolvedKeys keys,
            Table table,
            PublishOutcome.Withheld withheld,
            VersionHistory history) {}

    /** The dataset, and its version this record makes current, with that version's number. */
    record Version(Node dataset, Node node, int number) {}

    /** The publish activity: its node, the organisation it acted for, and when it ran. */
    record Activity(Node node, Node org, Instant started, Instant finished) {}

    /** The published table: its number of observations and the SHA-256 of its published cells. */
    record Table(long observations, String sha256) {}

    Graph build(Facts f) {
        Descriptor d = f.descriptor();
        Node ds = f.version().dataset();
        add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(ds, DCTerms.identifier.asNode(), str(d.publisher() + "/" + d.slug()));
        langs(ds, DCTerms.title.asNode(), d.title());
        langs(ds, DCTerms.description.asNode(), d.description());
        add(ds, DCTerms.license.asNode(), NodeFactory.createURI(d.licence()));
        add(ds, DCTerms.publisher.asNode(), f.activity().org());
        d.themes().forEach(t -> add(ds, DCAT.theme.asNode(), NodeFactory.createURI(PravasiUris.concept("theme", t))));
        d.keywords().forEach(k -> add(ds, DCAT.keyword.asNode(), str(k)));
        d.language().forEach(l -> add(ds, DCTerms.language.asNode(), str(l)));
        add(ds, PV.illustrative.asNode(), bool(d.illustrative()));
        if (!d.source().isBlank()) {
            add(ds, DCTerms.source.asNode(), str(d.source()));
        }
        d.sourceUrl().ifPresent(u -> add(ds, DCAT.landingPage.asNode(), NodeFactory.createURI(u)));
        d.contactPoint().ifPresent(u -> add(ds, DCAT.contactPoint.asNode(), NodeFactory.createURI(u)));
        add(
                ds,
                DCTerms.issued.asNode(),
                f.history().issued().orElse(dateTime(f.activity().finished())));
        add(ds, DCTerms.modified.asNode(), dateTime(f.activity().finished()));
        add(ds, DCAT3.version.asNode(), str(Integer.toString(f.version().number())));
        add(ds, DCAT3.hasCurrentVersion.asNode(), f.version().node());
        add(ds, DCAT3.hasVersion.asNode(), f.version().node());
        add(ds, PV.withdrawn.asNode(), bool(false));
        temporal(ds, f.keys());
        spatial(ds, f.keys());
        // An earlier version's table hash would let anyone rebuild its counts from the current table by trying small
        // changes: only the current version, which is public, carries one.
        f.history().kept().stream()
                .filter(t -> !t.getPredicate().equals(PV.tableSha256.asNode()))
                .forEach(g::add);
        f.history().currentNode().ifPresent(prev -> {
            add(prev, DCTerms.isReplacedBy.asNode(), f.version().node());
            add(f.version().node(), DCAT3.previousVersion.asNode(), prev);
            changes(f);
        });
        version(f);
        activity(f);
        return g;
    }

    private void version(Facts f) {
        Node v = f.version().node();
        add(v, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(v, RDF.type.asNode(), QB.DataSet.asNode());
        add(v, DCAT3.isVersionOf.asNode(), f.version().dataset());
        add(v, DCAT3.version.asNode(), str(Integer.toString(f.version().number())));
        add(v, DCTerms.issued.asNode(), dateTime(f.activity().finished()));
        add(
                v,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang(
                        f.descriptor().titleEn() + " (version " + f.version().number() + ")", "en"));
        add(v, PROV.wasGeneratedBy.asNode(), f.activity().node());
        add(v, PV.observations.asNode(), integer(f.table().observations()));
        add(
                v,
                PV.suppressedCells.asNode(),
                integer(f.withheld().primary() + f.withheld().secondary()));
        // A hash of the published table, never of the upload: the upload's hash let anyone test guesses of withheld
        // cells.
        add(v, PV.tableSha256.asNode(), str(f.table().sha256()));
    }

    /**
     * The change summary against the replaced version: which codes and periods were added or removed. It names codes
     * only; a difference of counts between versions could reveal a small cell (docs/disclosure.md).
     */
    private void changes(Facts f) {
        Set<Node> now = new TreeSet<>(Comparator.comparing(Node::getURI));
        f.keys().values().forEach(m -> m.values().stream().filter(Node::isURI).forEach(now::add));
        Set<Node> before = new TreeSet<>(Comparator.comparing(Node::getURI));
        f.history().codes().stream().filter(Node::isURI).forEach(before::add);
        now.stream()
                .filter(c -> !before.contains(c))
                .forEach(c -> add(f.version().node(), PV.addedCode.asNode(), c));
        before.stream()
                .filter(c -> !now.contains(c))
                .forEach(c -> add(f.version().node(), PV.removedCode.asNode(), c));
    }

    private void activity(Facts f) {
        Node a = f.activity().node();
        add(a, RDF.type.asNode(), PROV.Activity.asNode());
        add(a, RDF.type.asNode(), PV.PublishActivity.asNode());
        add(a, PROV.wasAssociatedWith.asNode(), f.activity().org());
        // To the minute: how long the checks took depends on the withheld counts (how many linear programs they
        // needed), so the activity's exact start and end would be a timing channel to them.
        add(a, PROV.startedAtTime.asNode(), dateTime(f.activity().started().truncatedTo(ChronoUnit.MINUTES)));
        add(a, PROV.endedAtTime.asNode(), dateTime(f.activity().finished().truncatedTo(ChronoUnit.MINUTES)));
        add(a, PV.suppressionThreshold.asNode(), integer(f.withheld().threshold()));
        add(
                a,
                PV.suppressedCells.asNode(),
                integer(f.withheld().primary() + f.withheld().secondary()));
        for (String rule : Rules.ALL) {
            add(a, PV.rule.asNode(), str(rule));
        }
        publicFigures(a, f.descriptor().publicFigures());
    }

    /**
     * Records each figure the publisher declared public, the one exception to the rule on counts of people below k:
     * {@code <activity#public-figure-n>} is a prov:Entity whose prov:value is the phrase and which prov:wasQuotedFrom
     * its public source; the publish activity prov:used it. Named after the activity, so each version keeps its own
     * declarations.
     */
    private void publicFigures(Node activity, List<PublicFigure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            Node figure = NodeFactory.createURI(activity.getURI() + "#public-figure-" + (i + 1));
            add(activity, PROV.used.asNode(), figure);
            add(figure, RDF.type.asNode(), PROV.Entity.asNode());
            add(figure, PROV.value.asNode(), str(figures.get(i).phrase()));
            add(
                    figure,
                    PROV.wasQuotedFrom.asNode(),
                    NodeFactory.createURI(figures.get(i).source()));
        }
    }

    /** The node of a dataset's temporal coverage ({@code <dataset>#temporal}), written anew with each version. */
    static Node coverage(Node ds) {
        return NodeFactory.createURI(ds.getURI() + "#temporal");
    }

    private void temporal(Node ds, ResolvedKeys keys) {
        TemporalCoverage coverage = TemporalCoverage.of(keys.periods().values()).orElseThrow();
        Node t = coverage(ds);
        add(ds, DCTerms.temporal.asNode(), t);
        add(t, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        add(
                t,
                DCAT.startDate.asNode(),
                NodeFactory.createLiteralDT(coverage.start().toString(), XSDDatatype.XSDdate));
        add(t, DCAT.endDate.asNode(), NodeFactory.createLiteralDT(coverage.end().toString(), XSDDatatype.XSDdate));
    }

    private void spatial(Node ds, ResolvedKeys keys) {
        Set<Node> areas = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (int i = 0; i < keys.columns().size(); i++) {
            Column c = keys.columns().get(i);
            if (c.role() == ColumnRole.AREA || c.role() == ColumnRole.ORIGIN || c.role() == ColumnRole.DESTINATION) {
                areas.addAll(keys.values().get(i).values());
            }
        }
        areas.forEach(a -> add(ds, DCTerms.spatial.asNode(), a));
    }

    private void langs(Node s, Node p, Map<String, String> texts) {
        texts.forEach((lang, text) -> add(s, p, NodeFactory.createLiteralLang(text, lang)));
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
