package org.pravasi.registry.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PV;
import org.pravasi.registry.publish.LegacyHashes;
import org.pravasi.registry.store.Store;

/**
 * Applies one checked peer dataset change to the store in one write transaction: a new or replaced dataset
 * replaces its record, version and organisation graphs (each marked with its source node and harvest time in
 * PROV); a withdrawal removes the record and version graphs. Ownership is checked again inside the transaction.
 */
final class HarvestWriter {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    static final Node GENERATED_AT_TIME = NodeFactory.createURI(PROV + "generatedAtTime");

    private final Store store;

    HarvestWriter(Store store) {
        this.store = store;
    }

    /** Writes {@code b} harvested from {@code peer} at {@code when}. */
    void apply(Peer peer, Bundle b, Instant when) {
        Node source = NodeFactory.createURI(peer.url());
        Node copy = NodeFactory.createURI(peer.url() + "api/datasets/" + b.entry().identifier() + "/graphs");
        Node time = NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime);
        store.write(() -> {
            DatasetGraph dsg = store.dataset();
            for (Node g : b.graphs()) {
                if (!Ownership.writable(dsg, g, peer)) {
                    throw new HarvestException("Peer " + peer.url() + ": graph <" + g.getURI() + "> was taken by another source meanwhile; nothing applied");
                }
            }
            removeVersions(dsg, b.dataset());
            for (Node g : b.graphs()) {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                b.quads().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!LegacyHashes.leaks(q)) { // older peers still send the raw upload's hash: never copy it
                        dsg.add(q);
                    }
                });
                dsg.add(g, g, PV.sourceNode.asNode(), source);
                dsg.add(g, g, WAS_DERIVED_FROM, copy);
                dsg.add(g, g, GENERATED_AT_TIME, time);
            }
            return null;
        });
    }

    /** Removes a dataset withdrawn at {@code peer}; returns false when this portal holds no copy of it from that peer. */
    boolean withdraw(Peer peer, String dataset) {
        Node ds = NodeFactory.createURI(dataset);
        return store.write(() -> {
            DatasetGraph dsg = store.dataset();
            if (!Ownership.holder(dsg, ds).map(h -> h.equals(peer.url())).orElse(false)) {
                return false;
            }
            removeVersions(dsg, ds);
            dsg.deleteAny(ds, Node.ANY, Node.ANY, Node.ANY);
            return true;
        });
    }

    /** Whether this portal holds {@code dataset} from {@code peer} exactly as the feed entry describes it. */
    boolean holds(Peer peer, FeedEntry e) {
        Node ds = NodeFactory.createURI(e.uri());
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            if (!Ownership.holder(dsg, ds).map(h -> h.equals(peer.url())).orElse(false)) {
                return e.withdrawn();
            }
            if (e.withdrawn()) {
                return false;
            }
            boolean sameVersion = dsg.contains(ds, ds, BundleCheck.HAS_CURRENT_VERSION, NodeFactory.createURI(e.versionUri()));
            boolean sameTime = dsg.contains(ds, ds, org.apache.jena.vocabulary.DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(e.modified().toString(), XSDDatatype.XSDdateTime));
            return sameVersion && sameTime;
        });
    }

    private static void removeVersions(DatasetGraph dsg, Node ds) {
        List<Node> held = new ArrayList<>();
        dsg.find(ds, ds, BundleCheck.HAS_CURRENT_VERSION, Node.ANY).forEachRemaining(q -> held.add(q.getObject()));
        for (Node v : held) {
            if (v.isURI() && v.getURI().startsWith(ds.getURI() + "/")) {
                dsg.deleteAny(v, Node.ANY, Node.ANY, Node.ANY);
            }
        }
    }
}
