package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What the catalogue already holds about a dataset: its earlier versions' records, carried into the new record.
 *
 * @param current     the current version number (0 when the dataset is new)
 * @param currentNode the current version's URI, if any
 * @param issued      when version 1 was issued, if any
 * @param kept        triples about earlier versions to keep in the new record
 */
record VersionHistory(int current, Optional<Node> currentNode, Optional<Node> issued, List<Triple> kept) {

    static VersionHistory read(DatasetGraph dsg, Node dataset) {
        Graph record = dsg.getGraph(dataset);
        int current = 0;
        Optional<Node> currentNode = Optional.empty();
        var it = record.find(dataset, Terms.DCAT_HAS_CURRENT_VERSION, Node.ANY);
        if (it.hasNext()) {
            Node v = it.next().getObject();
            currentNode = Optional.of(v);
            current = Integer.parseInt(v.getURI().substring(v.getURI().lastIndexOf("/v") + 2));
        }
        it.close();
        Optional<Node> issued = record.find(dataset, DCTerms.issued.asNode(), Node.ANY).nextOptional().map(Triple::getObject);
        List<Triple> kept = new ArrayList<>();
        record.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().equals(dataset)) {
                kept.add(t);
            } else if (t.getPredicate().equals(Terms.DCAT_HAS_VERSION)) {
                kept.add(t);
            }
        });
        return new VersionHistory(current, currentNode, issued, List.copyOf(kept));
    }
}
