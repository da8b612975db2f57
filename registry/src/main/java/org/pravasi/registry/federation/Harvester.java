package org.pravasi.registry.federation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
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
            return new Withdrawal(e);
        }
        Path file = client.graphs(peer, e.identifier());
        try {
            DatasetGraph quads = BundleParser.parse(peer, e.identifier(), file);
            return new Replacement(check.check(peer, base, e, quads));
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

        Withdrawal(FeedEntry entry) {
            this.entry = entry;
        }

        @Override
        public void apply(Peer peer) {
            if (writer.withdraw(peer, entry.uri())) {
                LOG.info("Removed {}: withdrawn at {}", entry.uri(), peer.url());
                bus.announce(new ChangeEvent(ChangeEvent.Kind.HARVESTED, entry.uri(), "", "", Instant.now()));
            }
        }
    }
}
