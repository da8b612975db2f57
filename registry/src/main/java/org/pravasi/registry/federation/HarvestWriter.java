package org.pravasi.registry.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.registry.publish.LegacyHashes;
import org.pravasi.registry.publish.VersionArchive;
import org.pravasi.registry.store.GraphEraser;
import org.pravasi.registry.store.QuadLoader;
import org.pravasi.registry.store.Store;

/**
 * Applies one checked peer dataset change to the store in one write transaction: a new or replaced dataset replaces its
 * record, version and organisation graphs (each marked with its source node and harvest time in PROV); a withdrawal
 * removes the version graph and keeps this portal's copy of the record as the tombstone, marked withdrawn, with the
 * peer's withdrawal and its reason when it sent one ({@link Tombstone}). Ownership is checked again inside the
 * transaction.
 */
final class HarvestWriter {
    static final Node WAS_DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    static final Node GENERATED_AT_TIME = PROV.generatedAtTime.asNode();
    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final Store store;
    private final VersionArchive archive;

    /**
     * A writer to {@code store} that keeps the table of every version it removes (replaced or withdrawn at its peer) in
     * {@code archive}, for the checks of the versions harvested later ({@link VersionArchive#keepHarvested}).
     */
    HarvestWriter(Store store, VersionArchive archive) {
        this.store = store;
        this.archive = archive;
    }

    /**
     * Writes {@code b} harvested from {@code peer} at {@code when}; its {@link Bundle#stored() stored} graph is already
     * in this transaction and only gets its provenance.
     */
    void apply(Peer peer, Bundle b, Instant when) {
        Node source = NodeFactory.createURI(peer.url());
        Node copy =
                NodeFactory.createURI(peer.url() + "api/datasets/" + b.entry().identifier() + "/graphs");
        Node time = NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime);
        store.write(() -> {
            DatasetGraph dsg = store.dataset();
            for (Node g : b.graphs()) {
                if (b.stored().filter(g::equals).isEmpty() && !Ownership.writable(dsg, g, peer)) {
                    throw new HarvestException(
                            RefusalRule.STORE,
                            "Peer " + peer.url() + ": graph <" + g.getURI()
                                    + "> was taken by another source meanwhile; nothing applied");
                }
            }
            removeVersions(dsg, b.dataset(), Optional.of(b.version()));
            for (Node g : b.graphs()) {
                if (b.stored().filter(g::equals).isEmpty()) {
                    GraphEraser.erase(dsg, g);
                } else {
                    // Streamed in whole: the peer's own times of the graph go, as below (before the loader's helper
                    // thread writes the indexes).
                    dsg.deleteAny(g, g, GENERATED_AT_TIME, Node.ANY);
                }
            }
            // The emptied graphs are filled on two threads, as publishing writes a version (QuadLoader).
            try (QuadLoader load = QuadLoader.start(dsg)) {
                for (Node g : b.graphs()) {
                    if (b.stored().filter(g::equals).isEmpty()) {
                        b.quads().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                            // Older peers still send the raw upload's hash, or a replaced version's table hash:
                            // never copy them. The graph's
                            // generation time is this portal's alone (the harvest's, below): StoredTables knows
                            // a rewritten graph by it, and a peer's own times could make a changed copy look
                            // unchanged.
                            if (!LegacyHashes.leaks(q)
                                    && !LegacyHashes.replacedTableHash(q, b.version())
                                    && !StatedDigests.unchecked(q, b)
                                    && !isGenerationTime(g, q)) {
                                load.add(
                                        g,
                                        q.getSubject(),
                                        q.getPredicate(),
                                        ActivityTimes.toTheMinute(q.getPredicate(), q.getObject()));
                            }
                        });
                    }
                    load.add(g, g, PV.sourceNode.asNode(), source);
                    load.add(g, g, WAS_DERIVED_FROM, copy);
                    load.add(g, g, GENERATED_AT_TIME, time);
                }
                load.finish();
            }
            return null;
        });
    }

    private static boolean isGenerationTime(Node g, Quad q) {
        return q.getSubject().equals(g) && q.getPredicate().equals(GENERATED_AT_TIME);
    }

    /**
     * Runs {@code action} in one write transaction of the store, which the writes of {@link #apply} join: it commits
     * when {@code action} returns and is discarded whole when it throws.
     */
    <T> T transaction(Supplier<T> action) {
        return store.write(action);
    }

    /** Whether the store holds a graph named {@code g}; call inside a transaction. */
    boolean holdsGraph(Node g) {
        return store.dataset().containsGraph(g);
    }

    /** The store's dataset, to parse into inside {@link #transaction}. */
    DatasetGraph dataset() {
        return store.dataset();
    }

    /**
     * Drops the observations of a dataset withdrawn at {@code peer} and keeps its record as the tombstone: this
     * portal's copy (checked when it was harvested) marked withdrawn at {@code modified} as a node marks its own, with
     * the withdrawal {@code tombstone} states when present (its reason, its time, the version it invalidated). Writes
     * of {@code tombstone} only what {@link Tombstone#allows}, whatever the graph holds. Returns false when this portal
     * holds no copy of the dataset from that peer.
     */
    boolean withdraw(Peer peer, String dataset, Optional<Tombstone> tombstone, Instant modified, Instant when) {
        Node ds = NodeFactory.createURI(dataset);
        return store.write(() -> {
            DatasetGraph dsg = store.dataset();
            if (!Ownership.holder(dsg, ds).map(h -> h.equals(peer.url())).orElse(false)) {
                return false;
            }
            removeVersions(dsg, ds, Optional.empty());
            dsg.deleteAny(ds, ds, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
            dsg.deleteAny(ds, ds, PV.withdrawn.asNode(), Node.ANY);
            dsg.deleteAny(ds, ds, DCTerms.modified.asNode(), Node.ANY);
            // A withdrawn version is no longer public: nor is the hash that would let anyone rebuild it (as a node
            // withdrawing its own dataset drops it).
            dsg.deleteAny(ds, Node.ANY, PV.tableSha256.asNode(), Node.ANY);
            tombstone
                    .filter(t -> t.dataset().equals(ds) && dataset.startsWith(t.base() + "id/dataset/"))
                    .ifPresent(t -> withdrawal(dsg, t));
            dsg.add(ds, ds, PV.withdrawn.asNode(), TRUE);
            dsg.add(
                    ds,
                    ds,
                    DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
            dsg.deleteAny(ds, ds, GENERATED_AT_TIME, Node.ANY);
            dsg.add(ds, ds, GENERATED_AT_TIME, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
            return true;
        });
    }

    /**
     * Adds to the record what {@code t} states of the withdrawal, as far as {@link Tombstone#allows}: of a version,
     * only one the record lists; of an activity, only one the record does not describe already (a withdrawal is an
     * activity of its own, not the one that published a version).
     */
    private static void withdrawal(DatasetGraph dsg, Tombstone t) {
        Node ds = t.dataset();
        Set<Node> taken = new HashSet<>();
        t.activities().stream()
                .filter(a -> dsg.contains(ds, a, Node.ANY, Node.ANY))
                .forEach(taken::add);
        List<Triple> facts = t.facts().find().toList();
        for (Triple f : facts) {
            Node s = f.getSubject();
            boolean listed = !t.isVersion(s) || dsg.contains(ds, ds, DCAT3.hasVersion.asNode(), s);
            if (t.allows(f) && listed && !taken.contains(s) && !taken.contains(f.getObject())) {
                dsg.add(ds, s, f.getPredicate(), f.getObject());
            }
        }
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
                return dsg.contains(ds, ds, PV.withdrawn.asNode(), TRUE)
                        && !dsg.contains(ds, ds, DCAT3.hasCurrentVersion.asNode(), Node.ANY);
            }
            boolean sameVersion =
                    dsg.contains(ds, ds, DCAT3.hasCurrentVersion.asNode(), NodeFactory.createURI(e.versionUri()));
            boolean sameTime = dsg.contains(
                    ds,
                    ds,
                    org.apache.jena.vocabulary.DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(e.modified().toString(), XSDDatatype.XSDdateTime));
            return sameVersion && sameTime;
        });
    }

    /**
     * Removes the current version of {@code ds} from the store, keeping its published table first: it was served here,
     * anyone may have kept it, and what it withheld must stay withheld in what the peer publishes next
     * (docs/disclosure.md, "What a harvesting portal does"). Nothing kept is served. The version {@code rewritten} is
     * written again under its own URI: its check found the same table ({@code StoredTables#rewritesCurrent}), so there
     * is nothing to keep of it, and a kept copy would only be read beside itself.
     */
    private void removeVersions(DatasetGraph dsg, Node ds, Optional<Node> rewritten) {
        List<Node> held = new ArrayList<>();
        dsg.find(ds, ds, DCAT3.hasCurrentVersion.asNode(), Node.ANY).forEachRemaining(q -> held.add(q.getObject()));
        for (Node v : held) {
            if (v.isURI() && v.getURI().startsWith(ds.getURI() + "/")) {
                if (dsg.containsGraph(v) && rewritten.filter(v::equals).isEmpty()) {
                    archive.keepHarvested(dsg, v);
                }
                GraphEraser.erase(dsg, v);
            }
        }
    }
}
