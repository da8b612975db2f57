package org.pravasi.registry.federation;

import java.io.InputStream;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.pravasi.registry.publish.LegacyHashes;
import org.pravasi.registry.store.QuadLoader;

/**
 * Parses a peer's N-Quads strictly: any syntax error, bad IRI or triple outside a named graph refuses the whole
 * document.
 */
final class BundleParser {
    /**
     * Statements outside the version graph parsed into memory when the version goes to the store: a record and a
     * publisher take hundreds; more is refused, so a peer cannot move its bulk into the graphs held in memory.
     */
    static final int MAX_HELD_QUADS = 100_000;

    private BundleParser() {}

    static DatasetGraph parse(Peer peer, String identifier, InputStream in) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            RDFParser.source(in)
                    .lang(Lang.NQUADS)
                    .checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .parse(dsg);
        } catch (RiotException e) {
            throw invalid(peer, identifier, e);
        }
        if (!dsg.getDefaultGraph().isEmpty()) {
            throw outsideGraphs(peer, identifier);
        }
        return dsg;
    }

    /**
     * Parses as {@link #parse}, but adds the statements of graph {@code version} straight to {@code store} (inside the
     * caller's write transaction, on a graph the store does not hold) instead of memory, leaving out the raw upload
     * hashes older peers send ({@link LegacyHashes}), as the harvest writer would. Returns the bundle's graphs as one
     * dataset: the others, in memory (at most {@link #MAX_HELD_QUADS} statements), and {@code version}, read from the
     * store.
     */
    static DatasetGraph into(
            Peer peer, String identifier, InputStream in, DatasetGraph store, Node version, LongConsumer helpers) {
        DatasetGraph held = DatasetGraphFactory.create();
        // The version's statements go into the store's indexes on two threads, as publishing writes them.
        QuadLoader load = QuadLoader.start(store);
        boolean[] outside = {false};
        boolean[] stored = {false};
        long[] inMemory = {0};
        long[] altered = {0};
        Quad[] firstAltered = {null};
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                outside[0] = true;
            }

            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph()) {
                    outside[0] = true;
                } else if (q.getGraph().equals(version)) {
                    stored[0] = true;
                    if (!stored(q.getObject())) {
                        altered[0]++;
                        firstAltered[0] = firstAltered[0] == null ? q : firstAltered[0];
                    }
                    if (!LegacyHashes.leaks(q)) {
                        load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    }
                } else if (++inMemory[0] > MAX_HELD_QUADS) {
                    throw new HarvestException(
                            RefusalRule.DOWNLOAD,
                            "Peer " + peer.url() + " sent more than " + MAX_HELD_QUADS
                                    + " statements outside the version graph for " + identifier
                                    + " (a record and a publisher"
                                    + " take hundreds); nothing of this dataset was stored. Observations belong in the version's"
                                    + " graph.");
                } else {
                    held.add(q);
                }
            }
        };
        try {
            RDFParser.source(in)
                    .lang(Lang.NQUADS)
                    .checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .parse(sink);
            load.finish();
        } catch (RiotException e) {
            throw invalid(peer, identifier, e);
        } finally {
            load.close(); // after a failure: stops the index writer before the caller's transaction aborts
            helpers.accept(load.helperCpuNanos());
        }
        if (outside[0]) {
            throw outsideGraphs(peer, identifier);
        }
        if (altered[0] > 0) {
            Quad q = firstAltered[0];
            throw new HarvestException(
                    RefusalRule.DOWNLOAD,
                    "Peer " + peer.url() + " sent " + altered[0]
                            + " value(s) in the version graph of "
                            + identifier + " that are not in canonical form, e.g. <"
                            + PeerClient.clip(q.getSubject().toString())
                            + "> <" + PeerClient.clip(q.getPredicate().getURI()) + "> "
                            + PeerClient.clip(q.getObject().toString())
                            + " (written \"" + PeerClient.clip(q.getObject().getLiteralLexicalForm()) + "\" for "
                            + NodeIdInline.extract(NodeIdInline.inline(q.getObject()))
                                    .getLiteralLexicalForm()
                            + "); nothing of this dataset was stored. Numbers, dates and times are written in canonical form"
                            + " (a count as \"40\"^^xsd:integer).");
        }
        DatasetGraph bundle = DatasetGraphFactory.createGeneral();
        held.listGraphNodes().forEachRemaining(g -> bundle.addGraph(g, held.getGraph(g)));
        if (stored[0]) {
            bundle.addGraph(version, store.getGraph(version));
        }
        return bundle;
    }

    /**
     * Whether the store keeps {@code object} as sent: it stores numbers, dates and booleans by value, so a
     * non-canonical form ({@code "040"^^xsd:integer}) would come back canonical, and a check reading the store would
     * not see what the peer sent.
     */
    private static boolean stored(Node object) {
        if (!object.isLiteral()) {
            return true;
        }
        NodeId id = NodeIdInline.inline(object);
        return id == null || NodeIdInline.extract(id).equals(object);
    }

    static HarvestException invalid(Peer peer, String identifier, RiotException e) {
        return new HarvestException(
                RefusalRule.DOWNLOAD,
                "Peer " + peer.url() + " sent graphs for " + identifier
                        + " that are not valid N-Quads: " + PeerClient.clip(e.getMessage())
                        + ". Nothing of this dataset was stored; the peer must fix its export.");
    }

    static HarvestException outsideGraphs(Peer peer, String identifier) {
        return new HarvestException(
                RefusalRule.DOWNLOAD,
                "Peer " + peer.url() + " sent triples outside any named graph for " + identifier
                        + ": every harvested triple must belong to the dataset's record, version or organisation graph.");
    }
}
