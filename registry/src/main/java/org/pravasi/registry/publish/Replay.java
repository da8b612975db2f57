package org.pravasi.registry.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.PV;

/**
 * Recognises an upload that would publish exactly what the dataset's current version publishes (docs/data-model.md,
 * "Replays"): the same published table ({@link TableDigest}, withheld cells as withheld, in any row or column order)
 * and the same descriptive metadata as the record states it. Only published forms are compared, so the answer says
 * nothing that the public data does not, and a change to a withheld count alone makes no new version.
 */
final class Replay {
    /** The record's statements about the dataset that come from the descriptor. */
    static final List<Node> DESCRIPTIVE = List.of(
            DCTerms.title.asNode(),
            DCTerms.description.asNode(),
            DCTerms.license.asNode(),
            DCTerms.publisher.asNode(),
            DCAT.theme.asNode(),
            DCAT.keyword.asNode(),
            DCTerms.language.asNode(),
            PV.illustrative.asNode(),
            DCTerms.source.asNode(),
            DCAT.landingPage.asNode(),
            DCAT.contactPoint.asNode());

    private Replay() {}

    /** The current version, when {@code candidate} (a record built for the upload) publishes nothing new. */
    static Optional<Node> unchanged(
            Graph stored, Graph candidate, Node dataset, Optional<Node> current, String digest) {
        if (current.isEmpty() || !stored.contains(current.get(), PV.tableSha256.asNode(), CatalogRecord.str(digest))) {
            return Optional.empty();
        }
        return described(stored, dataset).equals(described(candidate, dataset)) ? current : Optional.empty();
    }

    private static Set<Triple> described(Graph record, Node dataset) {
        Set<Triple> out = new HashSet<>();
        for (Node p : DESCRIPTIVE) {
            record.find(dataset, p, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }
}
