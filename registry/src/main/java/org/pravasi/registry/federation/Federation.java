package org.pravasi.registry.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.node.RegistryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's peers, harvested on start, every {@code --harvest-interval} seconds and on {@link #trigger()}. A bounded
 * pool ({@link HarvestLimits#threads()}) harvests them, each peer at most once at a time and queued at most once; a
 * failing peer is retried with exponential back-off (capped at {@link #MAX_BACKOFF}). Every read from a peer is bounded
 * in bytes and time ({@link HarvestLimits}), and {@link #close()} cuts the reads in flight.
 */
public final class Federation implements AutoCloseable {
    /** Longest wait between retries of a failing peer. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /** How often the scheduler looks for peers that are due. */
    static final Duration TICK = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Federation.class);

    private final RegistryNode node;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final PeerStates states;
    private final Harvester harvester;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor workers;
    private final PeerClient client;
    /** Masks personal data in what a peer's failure quotes, shown publicly as its last error. */
    private final PersonalDataScreen shown;

    private final AtomicBoolean closed = new AtomicBoolean();

    private Federation(
            RegistryNode node,
            List<Peer> peers,
            Duration interval,
            HarvestLimits limits,
            ReadersFirst readers,
            InstantSource clock,
            LongSupplier threadCpu) {
        this.node = node;
        this.interval = interval;
        this.states = new PeerStates(node.config().dataDir());
        this.client = new PeerClient(limits, readers);
        ContentCheck content =
                new ContentCheck(node.ontology(), node.config().threshold(), limits.maxObservations(), readers);
        this.shown = PersonalDataScreen.withThreshold(node.config().threshold());
        this.harvester = new Harvester(
                client,
                new BundleCheck(node.store(), content, node.tables(), clock),
                new HarvestWriter(node.store(), node.archive()),
                states,
                node.bus(),
                node.config().baseUri(),
                limits,
                readers,
                new Rechecks(interval),
                new RefusalCpu(limits.refusedCpuPerMinute(), threadCpu),
                shown,
                clock);
        peers.forEach(p -> slots.putIfAbsent(p.url(), new Slot(p)));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(named("pravasi-harvest-scheduler"));
        int threads = Math.max(1, Math.min(slots.size(), limits.threads()));
        this.workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                LowPriority.threads("pravasi-harvest"));
    }

    /** The federation of {@code node}'s configured peers ({@code --peer}, {@code --peers-file}); not started. */
    public static Federation create(RegistryNode node) {
        return create(node, ReadersFirst.create());
    }

    /**
     * The federation of {@code node}'s configured peers, whose harvests yield to the requests {@code readers} counts.
     */
    public static Federation create(RegistryNode node, ReadersFirst readers) {
        return create(node, HarvestLimits.DEFAULTS, readers);
    }

    /** The federation with other limits (tests shrink them). */
    static Federation create(RegistryNode node, HarvestLimits limits) {
        return create(node, limits, ReadersFirst.create());
    }

    static Federation create(RegistryNode node, HarvestLimits limits, ReadersFirst readers) {
        return create(node, limits, readers, InstantSource.system());
    }

    /** The federation whose refusal back-offs follow {@code clock} (tests move it on). */
    static Federation create(RegistryNode node, HarvestLimits limits, ReadersFirst readers, InstantSource clock) {
        return create(node, limits, readers, clock, RefusalCpu.threadCpuClock());
    }

    /**
     * The federation whose refusal back-offs and CPU budgets follow {@code clock}, measuring the CPU time of checks
     * with {@code threadCpu} (tests advance both by hand).
     */
    static Federation create(
            RegistryNode node,
            HarvestLimits limits,
            ReadersFirst readers,
            InstantSource clock,
            LongSupplier threadCpu) {
        return new Federation(
                node,
                node.config().peers().stream().map(Peer::parse).toList(),
                Duration.ofSeconds(node.config().harvestIntervalSeconds()),
                limits,
                readers,
                clock,
                threadCpu);
    }

    /** Harvests every peer now and then on schedule; returns at once. Does nothing without peers. */
    public void start() {
        if (slots.isEmpty()) {
            return;
        }
        LOG.info("Harvesting {} peer(s) every {} s: {}", slots.size(), interval.toSeconds(), slots.keySet());
        workers.execute(() -> LowPriority.niceOfCurrentThread().ifPresent(nice -> {
            if (nice <= 0) {
                LOG.warn(
                        "Harvest threads run at normal priority (nice {}): a peer that makes the portal work hard slows its readers; "
                                + "start the JVM with {} to run them at nice 19",
                        nice,
                        LowPriority.JVM_FLAGS);
            }
        }));
        scheduler.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Makes every peer due now except those failing as a whole, which stay due at the end of their back-off (a trigger
     * must not turn a peer that floods or breaks every harvest into one read per trigger); a peer being harvested is
     * harvested again right after.
     */
    public void trigger() {
        Instant now = Instant.now();
        slots.values().stream().filter(s -> !s.backoffUntil.isAfter(now)).forEach(s -> {
            s.due = now;
            submit(s);
        });
    }

    /** The peers and their harvest state. */
    public List<PeerStatus> status() {
        List<PeerStatus> out = new ArrayList<>();
        for (Slot s : slots.values()) {
            PeerState st = states.get(s.peer);
            String status = s.running.get()
                    ? "harvesting"
                    : !st.lastError().isEmpty()
                            ? "failing"
                            : st.lastSuccess().isEmpty()
                                    ? "pending"
                                    : !st.refused().isEmpty() ? "partial" : "ok";
            out.add(PeerStatus.of(st, status, s.due.toString(), datasets(s.peer)));
        }
        return out;
    }

    /** Harvests one configured peer on the calling thread and returns its status (for tests and tools). */
    PeerStatus harvestNow(String url) {
        Slot s = slots.get(new Peer(url).url());
        if (s == null) {
            throw new IllegalArgumentException("Not a configured peer: " + url);
        }
        // A harvest already in flight may have read the feed before the caller's last change: wait for it, then run
        // one.
        while (!closed.get() && !s.running.compareAndSet(false, true)) {
            try {
                Thread.sleep(BUSY_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "Interrupted while waiting for the harvest of " + url + " in flight", e);
            }
        }
        if (!closed.get()) {
            try {
                once(s);
            } finally {
                s.running.set(false);
            }
        }
        return status().stream()
                .filter(p -> p.url().equals(s.peer.url()))
                .findFirst()
                .orElseThrow();
    }

    /** How often {@link #harvestNow} looks whether the harvest in flight has ended. */
    private static final long BUSY_WAIT_MS = 20;

    /** Harvests waiting for a thread: never more than one per peer. */
    int queuedHarvests() {
        return workers.getQueue().size();
    }

    private void tick() {
        Instant now = Instant.now();
        slots.values().stream()
                .filter(s -> !s.due.isAfter(now) && !s.running.get())
                .forEach(this::submit);
    }

    /**
     * Queues a harvest of {@code s} unless one is queued already: the queue never holds more than one task per peer.
     */
    private void submit(Slot s) {
        if (!closed.get() && s.queued.compareAndSet(false, true)) {
            try {
                workers.execute(() -> {
                    s.queued.set(false);
                    run(s);
                });
            } catch (RejectedExecutionException e) {
                s.queued.set(false);
            }
        }
    }

    private void run(Slot s) {
        if (closed.get()) {
            return;
        }
        if (!s.running.compareAndSet(false, true)) {
            s.again.set(true);
            return;
        }
        boolean more = false;
        try {
            do {
                s.again.set(false);
                more = once(s);
            } while (s.again.get() && !closed.get());
        } finally {
            s.running.set(false);
        }
        if (more) {
            // Stopped at its check budget with changes waiting: queued again behind the peers already waiting, so
            // that each peer gets a round in turn and none waits an interval for the next of its own.
            submit(s);
        }
    }

    /** One harvest of {@code s}; returns whether it stopped at its check budget with more changes waiting. */
    private boolean once(Slot s) {
        Instant started = Instant.now();
        states.put(states.get(s.peer).attempted(started));
        try {
            Harvester.Round round = harvester.harvest(s.peer);
            int applied = round.applied();
            states.put(states.get(s.peer).succeeded(Instant.now()));
            // A round that stopped at its check budget goes on as soon as the peers queued before it had theirs
            // (run() queues it again); otherwise a peer with many changes would get one round per interval.
            s.due = round.more() ? Instant.now() : Instant.now().plus(interval);
            s.backoffUntil = Instant.EPOCH;
            if (applied > 0) {
                LOG.info(
                        "Harvest of {}: {} change(s) applied in {} ms",
                        s.peer.url(),
                        applied,
                        Duration.between(started, Instant.now()).toMillis());
            }
            return round.more();
        } catch (RuntimeException | StackOverflowError e) {
            // A stack overflow on a peer's input (a parser or pattern nesting too deep) fails the round like any
            // other error, backed off, instead of ending the harvest thread with the peer due again at once.
            PeerState failed = states.get(s.peer)
                    .failed(shown.masked(PeerTexts.error(e.getMessage() == null ? e.toString() : e.getMessage())));
            states.put(failed);
            s.due = Instant.now().plus(backoff(failed.failures()));
            s.backoffUntil = s.due;
            if (e instanceof HarvestException) {
                LOG.warn(
                        "Harvest of {} failed ({} in a row; next try in {} s): {}",
                        s.peer.url(),
                        failed.failures(),
                        backoff(failed.failures()).toSeconds(),
                        e.getMessage());
            } else {
                LOG.error("Harvest of {} failed unexpectedly; nothing was applied", s.peer.url(), e);
            }
            return false;
        }
    }

    /**
     * The wait after {@code failures} failures in a row: the interval, doubled each time, at most {@link #MAX_BACKOFF}.
     */
    Duration backoff(int failures) {
        Duration d = interval;
        for (int i = 1; i < failures && d.compareTo(MAX_BACKOFF) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private long datasets(Peer peer) {
        Node source = NodeFactory.createURI(peer.url());
        return node.store().read(() -> {
            long[] n = {0};
            node.store()
                    .dataset()
                    .find(Node.ANY, Node.ANY, PV.sourceNode.asNode(), source)
                    .forEachRemaining(q -> {
                        if (q.getGraph().equals(q.getSubject())
                                && node.store()
                                        .dataset()
                                        .contains(
                                                q.getGraph(), q.getSubject(), RDF.type.asNode(), DCAT.Dataset.asNode())
                                && !node.store()
                                        .dataset()
                                        .contains(
                                                q.getGraph(),
                                                q.getSubject(),
                                                PV.withdrawn.asNode(),
                                                HarvestWriter.TRUE)) {
                            n[0]++;
                        }
                    });
            return n[0];
        });
    }

    /**
     * Stops scheduling, cuts every exchange with a peer in flight (so no thread waits on a peer) and waits briefly for
     * the harvest threads to finish (each change is applied whole or not at all).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            scheduler.shutdownNow();
            client.close();
            // Not shutdownNow(): an interrupt inside a TDB2 write would close the store's file channels.
            workers.shutdown();
            try {
                if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("Harvest threads still running 10 s after shutdown; leaving them (they are daemons)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final class Slot {
        final Peer peer;
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
        final AtomicBoolean queued = new AtomicBoolean();
        volatile Instant due = Instant.EPOCH;
        /** When the back-off after a failure of the whole peer ends ({@link Instant#EPOCH} when it did not fail). */
        volatile Instant backoffUntil = Instant.EPOCH;

        Slot(Peer peer) {
            this.peer = peer;
        }
    }
}
