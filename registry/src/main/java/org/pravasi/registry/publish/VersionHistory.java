package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.QB;

/**
 * What the catalogue already holds about a dataset: its earlier versions' records, carried into the new record.
 *
 * @param current the latest version number (0 when the dataset is new); after a withdrawal, the withdrawn version's, so
 *     that a new publish never reuses a withdrawn version's URI
 * @param currentNode the current version's URI, if any
 * @param issued when version 1 was issued, if any
 * @param kept triples about earlier versions to keep in the new record
 * @param codes the codes and periods the current version uses (its dimension values), for the change summary
 */
record VersionHistory(
        int current, Optional<Node> currentNode, Optional<Node> issued, List<Triple> kept, Set<Node> codes) {

    static VersionHistory read(DatasetGraph dsg, Node dataset) {
        Graph record = dsg.getGraph(dataset);
        int current = 0;
        Optional<Node> currentNode = Optional.empty();
        var it = record.find(dataset, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
        if (it.hasNext()) {
            Node v = it.next().getObject();
            currentNode = Optional.of(v);
            current = VersionNumbers.of(v)
                    .orElseThrow(() -> new IllegalStateException(
                            "The current version <" + v + "> of <" + dataset + "> does not end in /vN."));
        }
        it.close();
        var versions = record.find(dataset, DCAT3.hasVersion.asNode(), Node.ANY);
        while (versions.hasNext()) {
            OptionalInt n = VersionNumbers.of(versions.next().getObject());
            if (n.isPresent()) {
                current = Math.max(current, n.getAsInt());
            }
        }
        Optional<Node> issued = record.find(dataset, DCTerms.issued.asNode(), Node.ANY)
                .nextOptional()
                .map(Triple::getObject);
        List<Triple> kept = new ArrayList<>();
        // The dataset and its coverage are described anew by each version's record: kept, the coverage of a version
        // whose periods moved would state two starts and two ends (every harvesting portal refused such a record).
        Node coverage = CatalogRecord.coverage(dataset);
        record.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().equals(coverage)) {
                return;
            }
            if (!t.getSubject().equals(dataset)) {
                kept.add(t);
            } else if (t.getPredicate().equals(DCAT3.hasVersion.asNode())) {
                kept.add(t);
            }
        });
        Set<Node> codes = currentNode.map(v -> codes(dsg, v)).orElse(Set.of());
        return new VersionHistory(current, currentNode, issued, List.copyOf(kept), codes);
    }

    /** The current version of {@code dataset} as its record names it, if any; call in a transaction. */
    static Optional<Node> current(DatasetGraph dsg, Node dataset) {
        var it = dsg.find(dataset, dataset, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** The distinct values of every dimension of a version graph: which codes it uses, never its counts. */
    private static Set<Node> codes(DatasetGraph dsg, Node version) {
        Set<Node> dimensions = new HashSet<>();
        dsg.find(version, Node.ANY, QB.dimension.asNode(), Node.ANY)
                .forEachRemaining(q -> dimensions.add(q.getObject()));
        Set<Node> codes = new HashSet<>();
        for (Node p : dimensions) {
            dsg.find(version, Node.ANY, p, Node.ANY).forEachRemaining(q -> codes.add(q.getObject()));
        }
        return Set.copyOf(codes);
    }
}
