package org.pravasi.registry.federation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.publish.TablesInOneWrite;
import org.pravasi.registry.publish.VersionNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One harvest of one peer: reads its change feed from the last cursor (the first time in a run, from its oldest refused
 * change if that is older), then fetches, checks and applies each changed dataset on its own, in its own write
 * transaction. A dataset that fails its checks is refused and reported ({@link DatasetRefusal}) while the others go on;
 * it is fetched again when the peer publishes a newer change of it after a back-off ({@link Rechecks}), or once after a
 * restart. The same bytes as the copy last checked are not checked again, one harvest handles each dataset at most once
 * however often the peer re-announces it, and checks at most {@link HarvestLimits#checksPerRound()} datasets or
 * {@link HarvestLimits#checkBytesPerRound()} bytes of one peer (the rest waits for the next); and once a peer's refused
 * datasets and failed harvests have used {@link HarvestLimits#refusedCpuPerMinute()} of CPU time, nothing of that peer
 * is read until its budget has refilled ({@link RefusalCpu}; the harvest fails saying until when). So a peer cannot
 * make the portal repeat expensive checks at will. Only a failure of the whole peer (unreachable, broken feed,
 * shutdown) stops the harvest, leaving the cursor where it was.
 */
final class Harvester {
    /**
     * Dataset changes processed between two moves of the cursor, and the small ones among them checked and written in
     * one write transaction ({@link #settle}): as many as one round checks by default
     * ({@link HarvestLimits#CHECKS_PER_ROUND}), so that a round of small datasets is one transaction, not two. Half as
     * many took 22 % longer to harvest 300 small datasets (a transaction's first write to each index block copies it;
     * bench/results/2026-12-07-s36-small-harvest.md).
     */
    static final int BATCH = HarvestLimits.CHECKS_PER_ROUND;
    /**
     * How far before the cursor the feed is re-read, so that changes committed with equal or skewed times are not
     * missed.
     */
    static final Duration OVERLAP = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);

    private final PeerClient client;
    private final BundleCheck check;
    private final Tombstones tombstones;
    private final HarvestWriter writer;
    private final PeerStates states;
    private final ChangeBus bus;
    private final String portalBase;
    private final int maxRefused;
    private final ReadersFirst readers;
    private final Rechecks rechecks;
    private final RefusalCpu refusalCpu;
    private final InstantSource clock;
    private final HarvestLimits limits;
    /** Heap for large versions parsed into memory, shared by the harvest threads. */
    private final HeldMemory memory;
    /** Changes refused since this portal started: not fetched again until they change. */
    private final ChangesSeen refusedThisRun = new ChangesSeen();
    /** Peers harvested to the end since this portal started: their refused changes were tried once this run. */
    private final Set<String> resumed = ConcurrentHashMap.newKeySet();
    /** Changes whose bytes were those of the copy accepted before. */
    private final ChangesSeen unchangedThisRun = new ChangesSeen();

    /** Masks personal data in refusals, which quote what the peer sent: identifiers shown publicly, details logged. */
    private final PersonalDataScreen shown;

    Harvester(
            PeerClient client,
            BundleCheck check,
            HarvestWriter writer,
            PeerStates states,
            ChangeBus bus,
            String portalBase,
            HarvestLimits limits,
            ReadersFirst readers,
            Rechecks rechecks,
            RefusalCpu refusalCpu,
            PersonalDataScreen shown,
            InstantSource clock) {
        this.shown = shown;
        this.readers = readers;
        this.refusalCpu = refusalCpu;
        this.rechecks = rechecks;
        this.clock = clock;
        this.limits = limits;
        this.memory = new HeldMemory(limits.heldMemory());
        this.client = client;
        this.check = check;
        this.tombstones = new Tombstones(client, check);
        this.writer = writer;
        this.states = states;
        this.bus = bus;
        this.portalBase = portalBase;
        this.maxRefused = limits.maxRefused();
    }

    /**
     * What one harvest of a peer came to: the changes applied, and whether it stopped at its check budget with more of
     * the peer's changes waiting (the peer may be harvested again as soon as the other peers had their turn).
     */
    record Round(int applied, boolean more) {}

    /**
     * Harvests everything {@code peer} changed since the last cursor, up to the round's check budget; applies none
     * while the peer is over its CPU budget for refused work.
     */
    Round harvest(Peer peer) {
        Instant start = clock.instant();
        if (refusalCpu.spent(peer, start)) {
            // Its refused work took its share of a core: nothing of this peer is read until the budget has refilled.
            throw HarvestException.peerWide(
                    "Peer " + peer.url() + " is not read before " + refusalCpu.resumes(peer, start)
                            + ": fetching and checking what this portal refused of it (its refused datasets, its failed"
                            + " harvests) used its CPU budget of "
                            + limits.refusedCpuPerMinute().toMillis()
                            + " ms per minute. The peer must fix what /api/peers lists as refused or failing.",
                    null);
        }
        // The CPU time since the last dataset settled: charged to the peer if the whole peer fails (a feed over its
        // cap, a refused base), so a peer that always fails as a whole has the same bound as one always refused.
        long[] mark = {refusalCpu.cpuNow()};
        boolean[] more = {false};
        try {
            return new Round(harvest(peer, mark, more), more[0]);
        } catch (HarvestException x) {
            if (x.isPeerWide()) {
                refusalCpu.charge(peer, refusalCpu.cpuNow() - mark[0], clock.instant());
            }
            throw x;
        }
    }

    private int harvest(Peer peer, long[] mark, boolean[] more) {
        NodeInfo info = client.info(peer);
        states.claimBase(peer, info.baseUri(), portalBase);
        String base = info.baseUri();
        int applied = 0;
        // Datasets handled in this harvest: each at most once, however often the peer re-announces it meanwhile.
        Set<String> seen = new HashSet<>();
        CheckBudget budget = new CheckBudget(limits);
        while (true) {
            PeerState state = states.get(peer);
            // The first harvest of a run reads from the oldest refused change, so each refusal is tried once more;
            // later ones need not (a newer change of a refused dataset lies past the cursor anyway).
            Optional<Instant> oldest = resumed.contains(peer.url()) ? Optional.empty() : state.oldestRefusal();
            Instant now = clock.instant();
            // A cursor or refusal from a clock gone wrong (a peer's, stored before times were checked) is no place to
            // resume from: the whole feed is read again.
            Optional<Instant> since = Stream.of(state.cursorInstant(), oldest)
                    .flatMap(Optional::stream)
                    .filter(c -> !PeerDates.outside(c, now))
                    .min(Instant::compareTo)
                    .map(c -> c.minus(OVERLAP));
            List<FeedEntry> feed = plausible(peer, client.changes(peer, since), now, mark);
            // Changes held back by a refusal's back-off come back once it ends, even if the cursor has moved past them.
            List<FeedEntry> pending = Stream.concat(rechecks.due(peer, now).stream(), feed.stream())
                    .distinct()
                    .filter(e -> !seen.contains(e.uri())
                            && !PeerDates.outside(e.modified(), now)
                            && !refusedThisRun.contains(peer, e)
                            && !unchangedThisRun.contains(peer, e)
                            && !writer.holds(peer, e)
                            && !rechecks.waiting(peer, e, now))
                    // One change per dataset, the newest: a held-back change and a newer one in the feed are one fetch.
                    .collect(java.util.stream.Collectors.toMap(
                            FeedEntry::uri, e -> e, (x, y) -> y.modified().isAfter(x.modified()) ? y : x))
                    .values()
                    .stream()
                    .sorted(java.util.Comparator.comparing(FeedEntry::modified))
                    .toList();
            if (pending.isEmpty()) {
                if (!feed.isEmpty()) {
                    moveCursor(peer, base, feed.getLast().modified());
                }
                resumed.add(peer.url());
                return applied;
            }
            List<FeedEntry> batch = pending.subList(0, Math.min(BATCH, pending.size()));
            FeedEntry done = null;
            // Small downloads fetched and parsed, waiting to be checked and written together.
            List<Held> group = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                FeedEntry e = batch.get(i);
                if (budget.spent() || refusalCpu.spent(peer, clock.instant())) {
                    applied += settle(peer, group, mark);
                    // This peer had its share of checking for this round, or its refused datasets their share of
                    // CPU time: the rest waits for the next round.
                    LOG.info(
                            "Harvest of {}: checking budget spent ({}{}); the rest waits for the next round",
                            peer.url(),
                            budget,
                            budget.spent() ? "" : ", and the CPU budget of its refused datasets");
                    if (done != null) {
                        moveCursor(peer, base, done.modified());
                    }
                    // Changes held back by a back-off were taken out of Rechecks: kept for the next round.
                    pending.subList(i, pending.size()).forEach(r -> rechecks.putBack(peer, r));
                    // Only a spent check budget leaves work that may go on at once, after the other peers' turns.
                    more[0] = budget.spent();
                    return applied;
                }
                seen.add(e.uri());
                done = e;
                mark[0] = refusalCpu.cpuNow();
                Step step = fetch(peer, base, e, budget);
                // Settled (accepted, or refused and charged): not counted again if the peer fails later.
                mark[0] = refusalCpu.cpuNow();
                if (step instanceof Held held) {
                    group.add(held);
                    if (group.stream().mapToLong(Held::bytes).sum() >= limits.heldBytes()) {
                        applied += settle(peer, group, mark);
                    }
                    continue;
                }
                switch ((Outcome) step) {
                    case APPLIED -> applied++;
                    case REFUSED, UNCHANGED -> {}
                    case TOO_SLOW -> {
                        // It held this thread for the whole deadline: the other peers get their turn first.
                        return applied + settle(peer, group, mark);
                    }
                }
            }
            applied += settle(peer, group, mark);
            moveCursor(peer, base, batch.getLast().modified());
            if (pending.size() <= BATCH) {
                resumed.add(peer.url());
                return applied;
            }
        }
    }

    /**
     * Checks the held changes of {@code group} and writes those that pass, in one write transaction for as many as
     * {@link #MAX_HOLD_NANOS} allows (then another for the rest), and empties it; returns how many were applied. Each
     * is checked inside the transaction, after the ones before it were written, so the checks of tables read together
     * see every table of the group; a refused change writes nothing. One transaction for many small datasets appends
     * far fewer blocks to the store than one each (TDB2 copies every index block a transaction touches), which spares
     * both the writes and the compactions they lead to. Bookkeeping (states, back-offs, refusals, events) follows the
     * commit.
     */
    private int settle(Peer peer, List<Held> group, long[] mark) {
        int applied = 0;
        while (!group.isEmpty()) {
            List<Checked> results = new ArrayList<>();
            try {
                writer.transaction(() -> {
                    long start = System.nanoTime();
                    // The publisher's tables are read once for the transaction, not once for each dataset it checks.
                    TablesInOneWrite tables = check.oneWrite();
                    for (Held h : group) {
                        if (!results.isEmpty() && System.nanoTime() - start > MAX_HOLD_NANOS) {
                            break;
                        }
                        results.add(written(peer, h, tables));
                    }
                    return null;
                });
            } catch (RuntimeException x) {
                // A write failed (the checks' failures are refusals): nothing of the transaction was stored. Each of
                // its changes is checked and written again on its own, as if it had come alone.
                LOG.warn(
                        "Writing {} harvested dataset(s) of {} together failed ({}); each is tried alone",
                        group.size(),
                        peer.url(),
                        x.toString());
                results.clear();
                for (Held h : group) {
                    results.add(written(peer, h, check.oneWrite()));
                }
            }
            group.subList(0, results.size()).clear();
            for (Checked c : results) {
                if (c.bundle().isPresent()) {
                    accepted(peer, c.held().entry(), c.held().digest());
                    new Replacement(c.bundle().get(), c.when()).apply(peer);
                    applied++;
                }
            }
            for (Checked c : results) {
                if (c.refusal().isPresent()) {
                    refuse(
                            peer,
                            c.held().entry(),
                            c.refusal().get(),
                            c.held().digest().orElse(null));
                    refusalCpu.charge(peer, c.held().cpu() + c.cpu(), clock.instant());
                }
            }
            mark[0] = refusalCpu.cpuNow();
        }
        return applied;
    }

    /**
     * Checks one held change and writes it if it passes (in the caller's transaction, or in one of its own); a graph
     * taken by another source meanwhile refuses it.
     */
    private Checked written(Peer peer, Held h, TablesInOneWrite tables) {
        Checked c = checked(peer, h, tables);
        try {
            c.bundle().ifPresent(b -> {
                writer.apply(peer, b, c.when());
                check.written(tables, b);
            });
            return c;
        } catch (HarvestException x) {
            return c.refused(x.refusal());
        }
    }

    /**
     * Checks one held change against the tables stored (and written before it in this transaction): its bundle to
     * write, or why it is refused, and the CPU time the check took.
     */
    private Checked checked(Peer peer, Held h, TablesInOneWrite tables) {
        readers.yieldToReaders();
        long cpu = refusalCpu.cpuNow();
        try {
            Bundle b = check.together(peer, h.screened(), tables);
            return new Checked(h, Optional.of(b), Optional.empty(), Instant.now(), refusalCpu.cpuNow() - cpu);
        } catch (HarvestException x) {
            return new Checked(h, Optional.empty(), Optional.of(x.refusal()), Instant.now(), refusalCpu.cpuNow() - cpu);
        } catch (RuntimeException x) {
            // A library failing on hostile input must not stop the peer's other datasets.
            LOG.error(
                    "Checking dataset {} of {} failed unexpectedly; it is refused",
                    h.entry().identifier(),
                    peer.url(),
                    x);
            return new Checked(
                    h,
                    Optional.empty(),
                    Optional.of(unexpected(peer, h.entry(), x)),
                    Instant.now(),
                    refusalCpu.cpuNow() - cpu);
        }
    }

    /** Longest time one write transaction of harvested datasets is held open for checks: local publishing waits. */
    static final long MAX_HOLD_NANOS = 1_000_000_000L;

    /** What fetching one change came to: settled at once (its {@link Outcome}), or held to be checked and written. */
    private sealed interface Step permits Outcome, Held {}

    /**
     * A small download fetched, parsed and screened, not yet checked against the stored tables; {@code cpu} is the CPU
     * time its fetch and screen took, charged with its check's if it is refused.
     */
    private record Held(FeedEntry entry, BundleCheck.Screened screened, Optional<String> digest, long bytes, long cpu)
            implements Step {}

    /** A held change checked: the bundle to write, or the refusal. */
    private record Checked(Held held, Optional<Bundle> bundle, Optional<Refusal> refusal, Instant when, long cpu) {
        Checked refused(Refusal why) {
            return new Checked(held, Optional.empty(), Optional.of(why), when, cpu);
        }
    }

    private enum Outcome implements Step {
        APPLIED,
        UNCHANGED,
        REFUSED,
        TOO_SLOW
    }

    /**
     * Fetches one change: a small download is parsed and held, to be checked and written with others ({@link #settle});
     * anything else (a large download, streamed into its own transaction; the bytes of the copy checked before; a
     * withdrawal; a refusal) is settled at once.
     */
    private Step fetch(Peer peer, String base, FeedEntry e, CheckBudget budget) {
        readers.yieldToReaders();
        Staged staged;
        AtomicReference<String> digest = new AtomicReference<>();
        long cpu = refusalCpu.cpuNow();
        try {
            staged = stage(peer, base, e, budget, digest);
        } catch (HarvestException x) {
            if (x.isPeerWide()) {
                throw x;
            }
            refuse(peer, e, x.refusal(), digest.get());
            refusalCpu.charge(peer, refusalCpu.cpuNow() - cpu, clock.instant());
            return x.endsHarvest() ? Outcome.TOO_SLOW : Outcome.REFUSED;
        } catch (RuntimeException | StackOverflowError x) {
            // A library failing on hostile input must not stop the peer's other datasets; a regular expression or a
            // parser nesting past the thread's stack on a peer's text is such a failure, refused and charged the same.
            if (x instanceof StackOverflowError) {
                LOG.error("Checking dataset {} of {} overflowed the stack; it is refused", e.identifier(), peer.url());
            } else {
                LOG.error(
                        "Checking dataset {} of {} failed unexpectedly; it is refused", e.identifier(), peer.url(), x);
            }
            refuse(peer, e, unexpected(peer, e, x), digest.get());
            refusalCpu.charge(peer, refusalCpu.cpuNow() - cpu, clock.instant());
            return Outcome.REFUSED;
        }
        if (staged instanceof ToCheck t) {
            return new Held(e, t.screened(), Optional.ofNullable(digest.get()), t.bytes(), refusalCpu.cpuNow() - cpu);
        }
        Change change = (Change) staged; // the only other kind
        try {
            change.apply(peer);
        } catch (HarvestException x) {
            if (x.isPeerWide()) {
                throw x;
            }
            refuse(peer, e, x.refusal(), digest.get());
            refusalCpu.charge(peer, refusalCpu.cpuNow() - cpu, clock.instant());
            return Outcome.REFUSED;
        }
        accepted(peer, e, Optional.ofNullable(digest.get()));
        if (change instanceof Unchanged) {
            unchangedThisRun.add(peer, e);
            return Outcome.UNCHANGED;
        }
        return Outcome.APPLIED;
    }

    /**
     * The entries of {@code feed} modified at a time a clock can show ({@link PeerDates}); each other one is refused
     * (once a run), is never fetched, and moves no cursor: a far-future one would have stopped every later change of
     * the peer being read, and been written as its dataset's time. The CPU time each refusal takes is charged to the
     * peer ({@link RefusalCpu}) and taken out of {@code mark}, so that a failure of the whole peer does not count it
     * twice.
     */
    private List<FeedEntry> plausible(Peer peer, List<FeedEntry> feed, Instant now, long[] mark) {
        List<FeedEntry> out = new ArrayList<>(feed.size());
        for (FeedEntry e : feed) {
            if (!PeerDates.outside(e.modified(), now)) {
                out.add(e);
            } else if (!refusedThisRun.contains(peer, e)) {
                long cpu = refusalCpu.cpuNow();
                refuse(
                        peer,
                        e,
                        new Refusal(
                                RefusalRule.FEED,
                                "Peer " + peer.url() + ": dataset '" + PeerClient.clip(e.identifier()) + "' refused: "
                                        + PeerDates.refusal(e.modified(), now) + ". Nothing of it was fetched."),
                        null);
                long spent = refusalCpu.cpuNow() - cpu;
                refusalCpu.charge(peer, spent, clock.instant());
                mark[0] += spent;
            }
        }
        return out;
    }

    /** Records {@code e} as accepted: its back-off and refusal end. */
    private void accepted(Peer peer, FeedEntry e, Optional<String> digest) {
        rechecks.accepted(peer, e, digest);
        states.update(peer, s -> s.accepting(e.uri()));
    }

    /** The refusal of a change whose check failed with {@code x}, not with a problem it found. */
    private static Refusal unexpected(Peer peer, FeedEntry e, Throwable x) {
        return new Refusal(
                RefusalRule.UNCHECKED,
                "Peer " + peer.url() + ": dataset " + e.identifier() + " could not be checked ("
                        + x.getClass().getSimpleName()
                        + (x.getMessage() == null ? "" : ": " + PeerClient.clip(x.getMessage()))
                        + "); nothing of it was stored");
    }

    /**
     * Records the refusal of {@code e}: its rules, with the dataset, time and retry, in the peer's public state; its
     * detail, which may name withheld cells and bounds, in the operator's log only.
     */
    private void refuse(Peer peer, FeedEntry e, Refusal refusal, String digest) {
        PeerState state = states.get(peer);
        // Both are shown publicly: bounded, checked tokens of what the peer sent, never its text (PeerTexts); an
        // org/slug may still hold personal data.
        String dataset = shown.masked(PeerTexts.dataset(state.base(), e.identifier()));
        String identifier = shown.masked(PeerTexts.identifier(e.identifier()));
        if (state.refused().size() >= maxRefused
                && state.refused().stream().noneMatch(r -> r.dataset().equals(dataset))) {
            LOG.warn("Refused dataset {} of {}: {}", identifier, peer.url(), shown.masked(refusal.logged()));
            throw HarvestException.peerWide(
                    "Peer " + peer.url() + " has more than " + maxRefused + " refused datasets (the latest, "
                            + identifier + ", under the rules " + String.join(", ", refusal.ruleNames())
                            + "); its export looks broken as a whole, so it is retried with back-off",
                    null);
        }
        refusedThisRun.add(peer, e);
        Instant now = clock.instant();
        Instant retry = rechecks.refused(
                peer, e, Optional.ofNullable(digest), new Refusal(refusal.rules(), refusal.detail(), false), now);
        states.update(
                peer,
                s -> s.refusing(DatasetRefusal.of(
                        dataset, identifier, e.modified().toString(), refusal, now.toString(), retry.toString())));
        LOG.warn("Refused dataset {} of {}: {}", identifier, peer.url(), shown.masked(refusal.logged()));
    }

    private void moveCursor(Peer peer, String base, Instant newest) {
        PeerState s = states.get(peer);
        Instant now = clock.instant();
        // A cursor from a clock gone wrong (stored before times were checked) gives way to any plausible one.
        if (s.cursorInstant()
                .filter(c -> !PeerDates.outside(c, now))
                .map(newest::isAfter)
                .orElse(true)) {
            states.put(s.advanced(base, Optional.of(newest)));
        }
    }

    /** Added to a refusal repeated without a check, because the peer sent the bytes refused before. */
    static final String SAME_BYTES = Refusal.SAME_BYTES;

    private Staged stage(Peer peer, String base, FeedEntry e, CheckBudget budget, AtomicReference<String> digest) {
        // Checked before a withdrawal too: the identifier becomes a path of the peer's URL that is fetched (its
        // tombstone), and "../" or "?" in it would make that any path or query on the peer's host.
        if (!e.identifier().matches(BundleCheck.SLUG + "/" + BundleCheck.SLUG)) {
            throw new HarvestException(
                    RefusalRule.FEED,
                    "Peer " + peer.url() + ": the change feed names dataset '" + PeerClient.clip(e.identifier())
                            + "', which is not of the form org/slug; it was not fetched.");
        }
        if (e.withdrawn()) {
            String expected = base + "id/dataset/" + e.identifier();
            if (!e.uri().equals(expected)) {
                throw new HarvestException(
                        RefusalRule.FEED,
                        "Peer " + peer.url() + " announced the withdrawal of <" + PeerClient.clip(e.uri())
                                + ">, which is not one of its datasets (<" + expected + ">); nothing was removed.");
            }
            return new Withdrawal(e, tombstones.of(peer, base, e, clock.instant()));
        }
        if (!VersionNumbers.isVersionOf(e.uri(), e.versionUri())) {
            // A large version is parsed into the graph the feed names: it must be the dataset's own, and new.
            throw notAVersion(peer, e);
        }
        Optional<Rechecks.Checked> last = rechecks.last(peer, e.uri());
        Optional<String> known = last.map(Rechecks.Checked::digest);
        budget.checking();
        int held = (int) Math.min(limits.heldBytes(), Integer.MAX_VALUE - 16);
        Fetched f = client.graphs(peer, e.identifier(), in -> {
            byte[] head = Download.head(in, held);
            if (head.length <= held) {
                return new Fetched(
                        Download.held(head, known, digest::set, s -> BundleParser.parse(peer, e.identifier(), s)),
                        Optional.empty(),
                        Optional.empty());
            }
            return streamed(peer, base, e, head, in, last, digest);
        });
        budget.read(f.download().bytes());
        if (f.failure().isPresent()) {
            throw f.failure().get();
        }
        if (f.written().isPresent()) {
            return f.written().get();
        }
        Download d = f.download();
        if (d.quads().isEmpty()) {
            budget.unchecked();
            Optional<Refusal> refusal = last.orElseThrow().refusal();
            if (refusal.isPresent()) {
                throw new HarvestException(refusal.get().repeated());
            }
            return new Unchanged();
        }
        // Every check that does not read the store's other tables runs now, outside the write transaction.
        return new ToCheck(check.screen(peer, base, e, d.quads().get(), Optional.empty()), d.bytes());
    }

    /**
     * What one graphs download came to: the download, and for a streamed one, the replacement already committed or the
     * failure of its checks (kept as a value, so that the client does not take it for a failure to read).
     */
    private record Fetched(Download download, Optional<Replacement> written, Optional<RuntimeException> failure) {}

    /** Thrown inside the write transaction of a streamed download to discard it; carries what it came to. */
    private static final class Discard extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Fetched fetched;

        Discard(Fetched fetched) {
            super(null, null, false, false);
            this.fetched = fetched;
        }
    }

    /**
     * A download larger than {@link HarvestLimits#heldBytes()}. It is written to an owner-only temporary file (under
     * the same cap, deadline and idle time) and hashed as it is read, and parsed into memory as it arrives while its
     * graphs fit what is left of the {@link HeldMemory} shared by the harvest threads; then checked while it is
     * written, in one write transaction of its own ({@link #inMemory}). A peer that sends slowly holds no write
     * transaction, and with it the node's own publishing, for as long as its deadline allows. A download whose graphs
     * do not fit is parsed again from the file straight into the store ({@link #intoStore}). When the copy checked
     * before was refused, the peer may well be sending the same bytes again: the download is then hashed whole first,
     * and not parsed at all if it is the same.
     */
    private Fetched streamed(
            Peer peer,
            String base,
            FeedEntry e,
            byte[] head,
            InputStream network,
            Optional<Rechecks.Checked> last,
            AtomicReference<String> digest) {
        Optional<String> known = last.map(Rechecks.Checked::digest);
        boolean asItArrives = last.flatMap(Rechecks.Checked::refusal).isEmpty();
        Path file;
        try {
            file = Files.createTempFile("pravasi-harvest-", ".bundle");
        } catch (IOException x) {
            throw new UncheckedIOException("Cannot create a temporary file for a large harvested version: " + x, x);
        }
        try {
            Download spooled;
            try (HeldMemory.Share share = memory.open()) {
                Optional<DatasetGraph> parsed = Optional.empty();
                try (Download.Spool spool = Download.spool(head, network, file)) {
                    HarvestException invalid = null;
                    if (asItArrives) {
                        try {
                            parsed = MemoryParse.parse(peer, e.identifier(), spool, share, refusalCpu::borrowed);
                        } catch (HarvestException x) {
                            invalid = x; // refused once the whole download is hashed, so that the refusal keeps it
                        }
                    }
                    spooled = spool.finish();
                    digest.set(spooled.digest());
                    if (known.filter(spooled.digest()::equals).isPresent()) {
                        return new Fetched(spooled, Optional.empty(), Optional.empty());
                    }
                    if (invalid != null) {
                        throw invalid;
                    }
                }
                if (!asItArrives) {
                    try (InputStream in = Files.newInputStream(file)) {
                        parsed = MemoryParse.parse(peer, e.identifier(), in, share, refusalCpu::borrowed);
                    }
                }
                if (parsed.isPresent()) {
                    return inMemory(peer, base, e, spooled.parsed(parsed.get()));
                }
            }
            // The share is given back first: the graphs that did not fit are not held.
            try (InputStream in =
                    StatementLength.capped(Files.newInputStream(file), peer, e.identifier(), StatementLength.MAX)) {
                return intoStore(peer, base, e, in, spooled);
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException x) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /**
     * A large download parsed into memory: every check that does not read the store's other tables runs first, outside
     * any transaction, so that nothing a peer's graphs make it do holds the store's one writer; then, in one write
     * transaction, this thread writes its graphs while another checks the tables read together ({@link SideCheck}) in a
     * read transaction of its own. That one sees the store as this transaction found it, since no other write can
     * commit while it is open, so it sees exactly what it would inside it. A refusal or a failure discards the
     * transaction whole, and the checking thread's CPU time counts as this thread's.
     */
    private Fetched inMemory(Peer peer, String base, FeedEntry e, Download d) {
        DatasetGraph quads = d.quads().orElseThrow();
        BundleCheck.Screened screened;
        try {
            screened = check.screen(peer, base, e, quads, Optional.empty());
        } catch (RuntimeException x) {
            return new Fetched(d, Optional.empty(), Optional.of(x));
        }
        Bundle shape = screened.bundle();
        try {
            return writer.transaction(() -> {
                SideCheck<Bundle> checking = SideCheck.start(() -> check.together(peer, screened));
                Instant now = Instant.now();
                RuntimeException failed = null;
                try {
                    writer.apply(peer, shape, now);
                } catch (RuntimeException x) {
                    failed = x;
                }
                Bundle checked = null;
                try {
                    checked = checking.join();
                } catch (RuntimeException x) {
                    failed = x; // the check's refusal says more than a write that failed beside it
                } finally {
                    refusalCpu.borrowed(checking.cpuNanos());
                }
                if (failed != null) {
                    throw new Discard(new Fetched(d, Optional.empty(), Optional.of(failed)));
                }
                return new Fetched(d, Optional.of(new Replacement(checked, now)), Optional.empty());
            });
        } catch (Discard x) {
            return x.fetched;
        }
    }

    /**
     * A large download that does not fit the held memory, in one write transaction: its version graph is parsed
     * straight into the store, the bundle is checked there and written, and the transaction commits; a refusal or a
     * failure aborts it, and nothing stored changes. Memory holds the record and publisher graphs and the checks'
     * bookkeeping, not the observations' statements. A changed copy of a version the store already holds cannot be
     * parsed into the store beside it, and does not fit memory: it is refused.
     */
    private Fetched intoStore(Peer peer, String base, FeedEntry e, InputStream in, Download spooled) {
        Node version = NodeFactory.createURI(e.versionUri());
        try {
            return writer.transaction(() -> {
                if (writer.holdsGraph(version)) {
                    throw new Discard(new Fetched(spooled, Optional.empty(), Optional.of(tooLargeToReplace(peer, e))));
                }
                Download d = spooled.parsed(
                        BundleParser.into(peer, e.identifier(), in, writer.dataset(), version, refusalCpu::borrowed));
                return checkedAndWritten(
                        d, () -> check.check(peer, base, e, d.quads().get(), Optional.of(version)), peer);
            });
        } catch (Discard x) {
            return x.fetched;
        }
    }

    private static HarvestException notAVersion(Peer peer, FeedEntry e) {
        return new HarvestException(
                RefusalRule.FEED,
                "Peer " + peer.url() + ": the change feed names <" + PeerClient.clip(e.versionUri())
                        + "> as the current version of " + e.identifier() + ", which is not of the form <"
                        + PeerClient.clip(e.uri()) + "/vN> with N from 1 to " + VersionNumbers.MAX
                        + " (no leading zero), the only version numbers this portal keeps its served tables under; it"
                        + " was not fetched.");
    }

    private HarvestException tooLargeToReplace(Peer peer, FeedEntry e) {
        return new HarvestException(
                RefusalRule.STORE,
                "Peer " + peer.url() + " sent a changed copy of version <"
                        + PeerClient.clip(e.versionUri()) + "> of " + e.identifier()
                        + ", which this portal already holds, and the copy is too large to check in memory (more than "
                        + limits.heldMemory() / (1024 * 1024)
                        + " MB of this portal's heap, shared by its harvests); nothing"
                        + " of this dataset was stored. A peer publishes changed observations as a new version.");
    }

    /** Inside a write transaction: the bundle {@code checks} pass, written; or a {@link Discard} carrying why not. */
    private Fetched checkedAndWritten(Download d, Supplier<Bundle> checks, Peer peer) {
        try {
            Bundle b = checks.get();
            Instant now = Instant.now();
            writer.apply(peer, b, now);
            return new Fetched(d, Optional.of(new Replacement(b, now)), Optional.empty());
        } catch (RuntimeException x) {
            throw new Discard(new Fetched(d, Optional.empty(), Optional.of(x)));
        }
    }

    /**
     * What staging one change came to: a change settled at once ({@link Change}), or a download to check with others.
     */
    private sealed interface Staged permits Change, ToCheck {}

    /** A change settled at once: applying it stores or announces it. */
    private sealed interface Change extends Staged permits Replacement, Withdrawal, Unchanged {
        void apply(Peer peer);
    }

    /**
     * A small download parsed and screened, to be checked against the stored tables and written with others
     * ({@link #settle}), not on its own.
     */
    private record ToCheck(BundleCheck.Screened screened, long bytes) implements Staged {}

    /** The same bytes as the copy accepted before: already stored, nothing to check or write. */
    private record Unchanged() implements Change {
        @Override
        public void apply(Peer peer) {}
    }

    /** A checked dataset already committed ({@link #settle}, {@link #streamed}): applying it announces it. */
    private final class Replacement implements Change {
        private final Bundle bundle;
        private final Instant now;

        Replacement(Bundle bundle, Instant now) {
            this.bundle = bundle;
            this.now = now;
        }

        @Override
        public void apply(Peer peer) {
            LOG.info(
                    "Harvested {} version {} from {}",
                    bundle.dataset().getURI(),
                    bundle.version().getURI(),
                    peer.url());
            bus.announce(new ChangeEvent(
                    ChangeEvent.Kind.HARVESTED,
                    bundle.dataset().getURI(),
                    bundle.version().getURI(),
                    "",
                    now));
        }
    }

    private final class Withdrawal implements Change {
        private final FeedEntry entry;
        private final Optional<Tombstone> tombstone;

        Withdrawal(FeedEntry entry, Optional<Tombstone> tombstone) {
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
