package org.pravasi.registry.federation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pravasi.ontology.PV;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One harvest of one peer: reads its change feed from the last cursor, fetches and checks a batch of changed
 * datasets, and only when the whole batch passes applies each change in its own write transaction, announces it,
 * and moves the cursor past the batch. A failure anywhere leaves the store and the cursor as they were.
 */
final class Harvester {
    /** Dataset changes fetched, checked and applied together. */
    static final int BATCH = 16;
    /** How far before the cursor the feed is re-read, so that changes committed with equal or skewed times are not missed. */
    static final Duration OVERLAP = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);

    private final PeerClient client;
    private final BundleCheck check;
    private final HarvestWriter writer;
    private final PeerStates states;
    private final ChangeBus bus;
    private final String portalBase;
    private final PersonalDataScreen screen = PersonalDataScreen.standard();

    Harvester(PeerClient client, BundleCheck check, HarvestWriter writer, PeerStates states, ChangeBus bus, String portalBase) {
        this.client = client;
        this.check = check;
        this.writer = writer;
        this.states = states;
        this.bus = bus;
        this.portalBase = portalBase;
    }

    /** Harvests everything {@code peer} changed since the last cursor; returns how many changes were applied. */
    int harvest(Peer peer) {
        NodeInfo info = client.info(peer);
        states.claimBase(peer, info.baseUri(), portalBase);
        String base = info.baseUri();
        int applied = 0;
        while (true) {
            Optional<Instant> since = states.get(peer).cursorInstant().map(c -> c.minus(OVERLAP));
            List<FeedEntry> feed = client.changes(peer, since);
            List<FeedEntry> pending = feed.stream().filter(e -> !writer.holds(peer, e)).toList();
            if (pending.isEmpty()) {
                if (!feed.isEmpty()) {
                    moveCursor(peer, base, feed.getLast().modified());
                }
                return applied;
            }
            List<FeedEntry> batch = pending.subList(0, Math.min(BATCH, pending.size()));
            List<Change> staged = new ArrayList<>();
            for (FeedEntry e : batch) {
                staged.add(stage(peer, base, e));
            }
            for (Change c : staged) {
                c.apply(peer);
                applied++;
            }
            moveCursor(peer, base, batch.getLast().modified());
            if (pending.size() <= BATCH) {
                return applied;
            }
        }
    }

    private void moveCursor(Peer peer, String base, Instant newest) {
        PeerState s = states.get(peer);
        if (s.cursorInstant().map(newest::isAfter).orElse(true)) {
            states.put(s.advanced(base, Optional.of(newest)));
        }
    }

    private Change stage(Peer peer, String base, FeedEntry e) {
        if (e.withdrawn()) {
            String expected = base + "id/dataset/" + e.identifier();
            if (!e.uri().equals(expected)) {
                throw new HarvestException("Peer " + peer.url() + " announced the withdrawal of <" + e.uri()
                        + ">, which is not one of its datasets (<" + expected + ">); nothing of this batch was applied.");
            }
            return new Withdrawal(e, tombstone(peer, base, e));
        }
        Path file = client.graphs(peer, e.identifier());
        try {
            DatasetGraph quads = BundleParser.parse(peer, e.identifier(), file);
            return new Replacement(check.check(peer, base, e, quads));
        } finally {
            PeerClient.delete(file);
        }
    }

    /**
     * The peer's record of a withdrawn dataset, kept as the tombstone: only the record graph's triples about
     * resources under the peer's base, and only when it says the dataset is withdrawn and names no current version.
     * Empty when the peer sends no such record, or one whose texts look like personal data (the portal then keeps its
     * own copy of the record, marked withdrawn): the observations go in every case.
     */
    private Optional<Graph> tombstone(Peer peer, String base, FeedEntry e) {
        Path file;
        try {
            file = client.graphs(peer, e.identifier());
        } catch (HarvestException ex) {
            LOG.warn("No tombstone for {} from {}: {}; keeping this portal's copy of the record", e.uri(), peer.url(), ex.getMessage());
            return Optional.empty();
        }
        try {
            DatasetGraph quads = BundleParser.parse(peer, e.identifier(), file);
            Node ds = NodeFactory.createURI(e.uri());
            if (!quads.contains(ds, ds, PV.withdrawn.asNode(), HarvestWriter.TRUE) || quads.contains(ds, ds, BundleCheck.HAS_CURRENT_VERSION, Node.ANY)) {
                return Optional.empty();
            }
            Graph g = GraphFactory.createGraphMem();
            List<String> personal = new ArrayList<>();
            quads.find(ds, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(base)) {
                    g.add(q.asTriple());
                    if (q.getObject().isLiteral() && !screen.checkText(q.getObject().getLiteralLexicalForm()).isEmpty()) {
                        personal.add(q.getPredicate().getLocalName());
                    }
                }
            });
            if (!personal.isEmpty()) {
                LOG.warn("The tombstone of {} from {} looks like it holds personal data (in {}); keeping this portal's copy of the record",
                        e.uri(), peer.url(), personal);
                return Optional.empty();
            }
            return Optional.of(g);
        } finally {
            PeerClient.delete(file);
        }
    }

    private sealed interface Change permits Replacement, Withdrawal {
        void apply(Peer peer);
    }

    private final class Replacement implements Change {
        private final Bundle bundle;

        Replacement(Bundle bundle) {
            this.bundle = bundle;
        }

        @Override
        public void apply(Peer peer) {
            Instant now = Instant.now();
            writer.apply(peer, bundle, now);
            LOG.info("Harvested {} version {} from {}", bundle.dataset().getURI(), bundle.version().getURI(), peer.url());
            bus.announce(new ChangeEvent(ChangeEvent.Kind.HARVESTED, bundle.dataset().getURI(), bundle.version().getURI(), "", now));
        }
    }

    private final class Withdrawal implements Change {
        private final FeedEntry entry;
        private final Optional<Graph> tombstone;

        Withdrawal(FeedEntry entry, Optional<Graph> tombstone) {
            this.entry = entry;
            this.tombstone = tombstone;
        }

        @Override
        public void apply(Peer peer) {
            if (writer.withdraw(peer, entry.uri(), tombstone, entry.modified(), Instant.now())) {
                LOG.info("Removed {}: withdrawn at {}", entry.uri(), peer.url());
                bus.announce(new ChangeEvent(ChangeEvent.Kind.HARVESTED, entry.uri(), "", "", Instant.now()));
            }
        }
    }
}
