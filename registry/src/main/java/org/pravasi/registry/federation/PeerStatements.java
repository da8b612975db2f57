package org.pravasi.registry.federation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;

/**
 * Only the statements a node of this registry writes: each graph of a peer's dataset may use only the properties that
 * publishing writes into that graph (the catalogue record: {@code CatalogRecord}, with the withdrawals it keeps; the
 * organisation: {@code Organisations}; the version, outside its observations: {@code CubeWriter}). Why: every check of
 * the harvest reads the texts and numbers a node writes under the properties it writes them, and a property of the
 * peer's own carries what no check reads in its name: {@code <ds> ex:katihar-men-2024-q1 "45"} states a figure whose
 * scope is the property (review 40b). Observations are held to their own list ({@link ObservationCheck}).
 */
final class PeerStatements {
    /** Problems listed per graph; the rest are counted. */
    private static final int LISTED = 3;

    /** What a catalogue record holds: the dataset, its versions, their publish and withdrawal activities. */
    static final Set<Node> RECORD = Set.of(
            RDF.type.asNode(),
            DCTerms.identifier.asNode(),
            DCTerms.title.asNode(),
            DCTerms.description.asNode(),
            DCTerms.license.asNode(),
            DCTerms.publisher.asNode(),
            DCTerms.language.asNode(),
            DCTerms.source.asNode(),
            DCTerms.issued.asNode(),
            DCTerms.modified.asNode(),
            DCTerms.temporal.asNode(),
            DCTerms.spatial.asNode(),
            DCTerms.isReplacedBy.asNode(),
            DCAT.theme.asNode(),
            DCAT.keyword.asNode(),
            DCAT.landingPage.asNode(),
            DCAT.contactPoint.asNode(),
            DCAT.startDate.asNode(),
            DCAT.endDate.asNode(),
            DCAT3.version.asNode(),
            DCAT3.hasCurrentVersion.asNode(),
            DCAT3.hasVersion.asNode(),
            DCAT3.previousVersion.asNode(),
            DCAT3.isVersionOf.asNode(),
            PV.illustrative.asNode(),
            PV.withdrawn.asNode(),
            PV.addedCode.asNode(),
            PV.removedCode.asNode(),
            PV.observations.asNode(),
            PV.suppressedCells.asNode(),
            PV.tableSha256.asNode(),
            PV.suppressionThreshold.asNode(),
            PV.rule.asNode(),
            PROV.wasGeneratedBy.asNode(),
            PROV.wasAssociatedWith.asNode(),
            PROV.wasInvalidatedBy.asNode(),
            PROV.startedAtTime.asNode(),
            PROV.endedAtTime.asNode(),
            PROV.used.asNode(),
            PROV.value.asNode(),
            PROV.wasQuotedFrom.asNode());

    /** What an organisation's profile holds: names, a description, a type, links, states and centres. */
    static final Set<Node> ORGANISATION = Set.of(
            RDF.type.asNode(),
            FOAF.name.asNode(),
            SKOS.prefLabel.asNode(),
            DCTerms.identifier.asNode(),
            DCTerms.description.asNode(),
            DCTerms.type.asNode(),
            DCAT.contactPoint.asNode(),
            FOAF.homepage.asNode(),
            PV.illustrative.asNode(),
            PV.state.asNode(),
            PV.centre.asNode(),
            PV.district.asNode(),
            RDFS.label.asNode());

    /** What a version holds beside its observations: its title, its structure and its periods. */
    static final Set<Node> STRUCTURE = Set.of(
            RDF.type.asNode(),
            DCTerms.title.asNode(),
            QB.structure.asNode(),
            QB.component.asNode(),
            QB.dimension.asNode(),
            QB.measure.asNode(),
            QB.attribute.asNode(),
            QB.order.asNode(),
            PV.categoriesOverlap.asNode(),
            RDFS.label.asNode(),
            PV.periodStart.asNode(),
            PV.periodEnd.asNode(),
            PV.granularity.asNode(),
            // A portal stamps the versions it harvests with its own time, which replaces any a peer sends.
            PROV.generatedAtTime.asNode());

    private PeerStatements() {}

    /**
     * Adds a problem per graph of {@code b} that uses a property its node would not write there; {@code structure} is
     * the version graph without its observations (or with a sample of them, which it skips).
     */
    static void check(Bundle b, Graph structure, List<String> problems) {
        check(b.quads().getGraph(b.dataset()), "the catalogue record", RECORD, false, problems);
        b.org().ifPresent(o -> check(b.quads().getGraph(o), "the organisation graph", ORGANISATION, false, problems));
        check(structure, "the version, outside its observations,", STRUCTURE, true, problems);
    }

    private static void check(
            Graph g, String what, Set<Node> allowed, boolean skipObservations, List<String> problems) {
        Set<Node> found = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (!allowed.contains(t.getPredicate()) && !(skipObservations && isObservation(g, t))) {
                found.add(t.getPredicate());
            }
        });
        if (found.isEmpty()) {
            return;
        }
        String listed =
                found.stream().limit(LISTED).map(p -> "<" + p + ">").collect(java.util.stream.Collectors.joining(", "));
        problems.add(
                what + " uses " + listed + (found.size() > LISTED ? " (and " + (found.size() - LISTED) + " more)" : "")
                        + ", which no node of this registry writes there; this portal keeps only the statements a node"
                        + " writes, whose texts and numbers its checks read, so the peer must leave its own properties out"
                        + " (docs/security.md, \"Harvested content\")");
    }

    private static boolean isObservation(Graph g, Triple t) {
        return g.contains(t.getSubject(), QB.dataSet.asNode(), Node.ANY);
    }
}
