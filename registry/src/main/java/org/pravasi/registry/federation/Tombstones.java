package org.pravasi.registry.federation;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what a peer keeps of a dataset it withdrew and keeps of it only the withdrawal ({@link Tombstone}), checked
 * as any text this portal shows is.
 */
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
     * The withdrawal the peer's record of a withdrawn dataset states, kept as the tombstone: only what
     * {@link Tombstone#allows} of the record graph, and only when the record says the dataset is withdrawn and names no
     * current version; every other statement is dropped (counted in the log, never shown). Empty when the peer sends no
     * such record, or when what is kept fails a check of what a portal shows: personal data, a text too long, a bare
     * count, a digest, a time no clock can show (the portal then keeps its own copy of the record, marked withdrawn,
     * with no reason). The observations go in every case.
     */
    Optional<Tombstone> of(Peer peer, String base, FeedEntry e, Instant now) {
        Node ds = NodeFactory.createURI(e.uri());
        Kept kept;
        try {
            kept = client.graphs(peer, e.identifier(), in -> {
                byte[] head = Download.head(in, MAX_BYTES);
                if (head.length > MAX_BYTES) {
                    throw new HarvestException("its record is longer than " + MAX_BYTES / 1024
                            + " KiB, more than any record of a withdrawn dataset");
                }
                return Kept.parse(peer, e.identifier(), head, new Tombstone(ds, base, GraphFactory.createGraphMem()));
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
        Tombstone t = Tombstone.of(ds, base, kept.allowed().facts());
        long dropped =
                kept.dropped() + kept.allowed().facts().size() - t.facts().size();
        if (dropped > 0) {
            LOG.info(
                    "The tombstone of {} from {}: kept {} statement(s) of the withdrawal, dropped {} others",
                    e.uri(),
                    peer.url(),
                    t.facts().size(),
                    dropped);
        }
        List<String> problems = new ArrayList<>();
        check.checkTombstone(t, problems);
        PeerDates.checkGraph(ds, t.facts().find(), now, problems);
        if (!problems.isEmpty()) {
            LOG.warn(
                    "The tombstone of {} from {} fails the checks of what this portal shows ({}); keeping this"
                            + " portal's copy of the record",
                    e.uri(),
                    peer.url(),
                    problems);
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /**
     * What a withdrawn dataset's graphs say of it, parsed as they stream (never the whole bundle in memory): whether
     * the record says it is withdrawn and names a current version, the statements of the record graph that
     * {@link Tombstone#allows}, and how many others it holds.
     */
    private record Kept(Tombstone allowed, boolean withdrawn, boolean current, long dropped) {
        static Kept parse(Peer peer, String identifier, byte[] bytes, Tombstone allowed) {
            Node ds = allowed.dataset();
            boolean[] seen = {false, false};
            long[] dropped = {0};
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
                    if (allowed.allows(q.asTriple())) {
                        allowed.facts().add(q.asTriple());
                    } else {
                        dropped[0]++;
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
            return new Kept(allowed, seen[0], seen[1], dropped[0]);
        }
    }
}
