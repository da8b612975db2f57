package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetches and screens what a peer keeps of a dataset it withdrew, for the portal to keep as the tombstone. */
final class Tombstones {
    private static final Logger LOG = LoggerFactory.getLogger(Tombstones.class);

    /**
     * The most bytes of a withdrawn dataset's graphs read: its record alone (the observations are gone), a few hundred
     * statements. More is never parsed: a peer's 256 KB of gzip once made a portal parse 256 MiB into memory per
     * withdrawal, outside every bound of a harvest.
     */
    static final int MAX_BYTES = 1024 * 1024;

    private final PeerClient client;
    private final BundleCheck check;

    Tombstones(PeerClient client, BundleCheck check) {
        this.client = client;
        this.check = check;
    }

    /**
     * The peer's record of a withdrawn dataset, kept as the tombstone: only the record graph's triples about resources
     * under the peer's base that name nothing outside it but their types ({@link #pointsNowhereElse}), and only when it
     * says the dataset is withdrawn and names no current version. Empty when the peer sends no such record, or one
     * whose texts look like personal data (the portal then keeps its own copy of the record, marked withdrawn): the
     * observations go in every case.
     */
    Optional<Graph> of(Peer peer, String base, FeedEntry e, Instant now) {
        Node ds = NodeFactory.createURI(e.uri());
        Kept kept;
        try {
            kept = client.graphs(peer, e.identifier(), in -> {
                byte[] head = Download.head(in, MAX_BYTES);
                if (head.length > MAX_BYTES) {
                    throw new HarvestException("its record is longer than " + MAX_BYTES / 1024
                            + " KiB, more than any record of a withdrawn dataset");
                }
                return Kept.parse(peer, e.identifier(), head, ds, base);
            });
        } catch (HarvestException ex) {
            LOG.warn(
                    "No tombstone for {} from {}: {}; keeping this portal's copy of the record",
                    e.uri(),
                    peer.url(),
                    ex.getMessage());
            return Optional.empty();
        }
        if (!kept.withdrawn() || kept.current()) {
            return Optional.empty();
        }
        Graph g = kept.graph();
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
        List<String> times = new ArrayList<>();
        PeerDates.checkGraph(ds, g.find(), now, times);
        if (!times.isEmpty()) {
            LOG.warn(
                    "The tombstone of {} from {} states a time no clock can show ({}); keeping this portal's copy of"
                            + " the record",
                    e.uri(),
                    peer.url(),
                    times);
            return Optional.empty();
        }
        return Optional.of(g);
    }

    /**
     * Whether a statement of a tombstone names nothing outside the peer's base but its types: a literal, a type, or a
     * resource of the peer's own. A tombstone is checked for personal data only, not as a bundle is, so a link out of
     * it (a {@code dct:publisher} of this portal's organisation, a {@code dcat:hasVersion} of this portal's dataset)
     * would make the portal's own checks read it as that organisation's table.
     */
    static boolean pointsNowhereElse(Quad q, String base) {
        Node o = q.getObject();
        return o.isLiteral()
                || o.isURI() && (o.getURI().startsWith(base) || q.getPredicate().equals(RDF.type.asNode()));
    }

    /**
     * What a withdrawn dataset's graphs say of it: only the record graph's statements about resources under the peer's
     * base are kept, parsed as they stream (never the whole bundle in memory).
     */
    private record Kept(Graph graph, boolean withdrawn, boolean current) {
        static Kept parse(Peer peer, String identifier, byte[] bytes, Node ds, String base) {
            Graph g = GraphFactory.createGraphMem();
            boolean[] seen = {false, false};
            StreamRDFBase sink = new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    throw BundleParser.outsideGraphs(peer, identifier);
                }

                @Override
                public void quad(Quad q) {
                    if (q.isDefaultGraph()) {
                        throw BundleParser.outsideGraphs(peer, identifier);
                    }
                    if (!q.getGraph().equals(ds)) {
                        return;
                    }
                    if (q.getSubject().equals(ds)) {
                        seen[0] |= q.getPredicate().equals(PV.withdrawn.asNode())
                                && q.getObject().equals(HarvestWriter.TRUE);
                        seen[1] |= q.getPredicate().equals(DCAT3.hasCurrentVersion.asNode());
                    }
                    if (q.getSubject().isURI()
                            && q.getSubject().getURI().startsWith(base)
                            && pointsNowhereElse(q, base)) {
                        g.add(q.asTriple());
                    }
                }
            };
            try {
                RDFParser.source(new ByteArrayInputStream(bytes))
                        .lang(Lang.NQUADS)
                        .checking(true)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                        .parse(sink);
            } catch (RiotException ex) {
                throw BundleParser.invalid(peer, identifier, ex);
            }
            return new Kept(g, seen[0], seen[1]);
        }
    }
}
