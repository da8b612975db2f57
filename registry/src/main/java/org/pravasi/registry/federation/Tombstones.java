package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches and screens what a peer keeps of a dataset it withdrew, for the portal to keep as the tombstone. */
final class Tombstones {
    private static final Logger LOG = LoggerFactory.getLogger(Tombstones.class);

    private final PeerClient client;
    private final BundleCheck check;

    Tombstones(PeerClient client, BundleCheck check) {
        this.client = client;
        this.check = check;
    }

    /**
     * The peer's record of a withdrawn dataset, kept as the tombstone: only the record graph's triples about resources
     * under the peer's base, and only when it says the dataset is withdrawn and names no current version. Empty when
     * the peer sends no such record, or one whose texts look like personal data (the portal then keeps its own copy of
     * the record, marked withdrawn): the observations go in every case.
     */
    Optional<Graph> of(Peer peer, String base, FeedEntry e) {
        DatasetGraph quads;
        try {
            quads = client.graphs(peer, e.identifier(), in -> BundleParser.parse(peer, e.identifier(), in));
        } catch (HarvestException ex) {
            LOG.warn(
                    "No tombstone for {} from {}: {}; keeping this portal's copy of the record",
                    e.uri(),
                    peer.url(),
                    ex.getMessage());
            return Optional.empty();
        }
        Node ds = NodeFactory.createURI(e.uri());
        if (!quads.contains(ds, ds, PV.withdrawn.asNode(), HarvestWriter.TRUE)
                || quads.contains(ds, ds, DCAT3.hasCurrentVersion.asNode(), Node.ANY)) {
            return Optional.empty();
        }
        Graph g = GraphFactory.createGraphMem();
        quads.find(ds, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(base)) {
                g.add(q.asTriple());
            }
        });
        DatasetGraph record = DatasetGraphFactory.createGeneral();
        record.addGraph(ds, g);
        List<String> personal = new ArrayList<>();
        check.screenTombstone(record, ds, personal);
        if (!personal.isEmpty()) {
            LOG.warn(
                    "The tombstone of {} from {} looks like it holds personal data ({}); keeping this portal's copy of the record",
                    e.uri(),
                    peer.url(),
                    personal);
            return Optional.empty();
        }
        return Optional.of(g);
    }
}
