package org.pravasi.registry.federation;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PV;

/**
 * Who holds a graph in the store: nobody, this portal (no {@code pv:sourceNode}), or the peer it was harvested from.
 */
final class Ownership {
    /** The holder named for graphs the portal published itself. */
    static final String LOCAL = "this portal's own data";

    private Ownership() {}

    /** The holder of {@code graph}: empty when the store has no such graph. Call inside a transaction. */
    static Optional<String> holder(DatasetGraph dsg, Node graph) {
        if (!dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        var it = dsg.find(graph, graph, PV.sourceNode.asNode(), Node.ANY);
        Node source = it.hasNext() ? it.next().getObject() : null;
        org.apache.jena.atlas.iterator.Iter.close(it);
        return Optional.of(source != null && source.isURI() ? source.getURI() : LOCAL);
    }

    /** Whether {@code peer} may write {@code graph}: nobody holds it, or the peer itself does. */
    static boolean writable(DatasetGraph dsg, Node graph, Peer peer) {
        return holder(dsg, graph).map(h -> h.equals(peer.url())).orElse(true);
    }
}
