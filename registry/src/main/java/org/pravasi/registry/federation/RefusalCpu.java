package org.pravasi.registry.federation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per peer, the CPU time that fetching and checking what the portal refused of it took (its refused datasets, and its
 * harvests that failed as a whole: a feed over its cap, a refused base), against a budget that refills at
 * {@link HarvestLimits#refusedCpuPerMinute()} per minute, up to one minute's worth. While a peer is over it, nothing of
 * it is read, so a peer whose data is always refused takes a bounded share of a core however many datasets it announces
 * and however it changes their bytes (the per-dataset back-off of {@link Rechecks} and the per-round
 * {@link CheckBudget} bound the number of checks; this bounds their cost). A check that costs more than the balance
 * leaves a debt that is paid back before the next one. Accepted datasets are not counted: they are the work the portal
 * is for. Kept in memory only.
 */
final class RefusalCpu {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final long perMinute;
    private final LongSupplier threadCpu;
    private final Map<String, Balance> balances = new ConcurrentHashMap<>();
    /** CPU time helper threads spent for each harvest thread (a parse's second half, an index writer): its own. */
    private final ThreadLocal<long[]> borrowed = ThreadLocal.withInitial(() -> new long[1]);

    private static final class Balance {
        long nanos;
        Instant refilled;

        Balance(long nanos, Instant refilled) {
            this.nanos = nanos;
            this.refilled = refilled;
        }
    }

    /**
     * A budget of {@code perMinute} CPU time per peer and minute, measured with {@code threadCpu} (the calling thread's
     * CPU time in nanoseconds).
     */
    RefusalCpu(Duration perMinute, LongSupplier threadCpu) {
        this.perMinute = perMinute.toNanos();
        this.threadCpu = Objects.requireNonNull(threadCpu, "threadCpu");
        if (this.perMinute <= 0) {
            throw new IllegalArgumentException("the CPU budget must be positive: " + perMinute);
        }
    }

    /** The calling thread's CPU time (ThreadMXBean), or the wall clock where the JVM cannot measure it. */
    static LongSupplier threadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads::getCurrentThreadCpuTime
                : System::nanoTime;
    }

    /**
     * The calling thread's CPU time now, with what its helper threads spent for it ({@link #borrowed}), in nanoseconds:
     * read before and after one dataset's check.
     */
    long cpuNow() {
        return threadCpu.getAsLong() + borrowed.get()[0];
    }

    /**
     * Counts {@code nanos} of CPU time a helper thread spent for the calling thread as the caller's own, so that work
     * spread over threads is charged whole when the dataset is refused.
     */
    void borrowed(long nanos) {
        borrowed.get()[0] += Math.max(0, nanos);
    }

    /** Whether {@code peer}'s refused datasets used up its budget: its changes wait until {@link #resumes}. */
    synchronized boolean spent(Peer peer, Instant now) {
        return refill(peer, now).nanos <= 0;
    }

    /** Counts {@code cpuNanos} of CPU time spent on a refused dataset of {@code peer}. */
    synchronized void charge(Peer peer, long cpuNanos, Instant now) {
        Balance b = refill(peer, now);
        b.nanos -= Math.max(0, cpuNanos);
    }

    /** When {@code peer}'s budget is positive again ({@code now} when it is). */
    synchronized Instant resumes(Peer peer, Instant now) {
        Balance b = refill(peer, now);
        if (b.nanos > 0) {
            return now;
        }
        double minutes = (1.0 - b.nanos) / perMinute;
        return now.plusNanos((long) Math.ceil(minutes * MINUTE_NANOS));
    }

    private Balance refill(Peer peer, Instant now) {
        Balance b = balances.computeIfAbsent(peer.url(), k -> new Balance(perMinute, now));
        if (now.isAfter(b.refilled)) {
            long elapsed = Duration.between(b.refilled, now).toNanos();
            double gained = (double) elapsed * perMinute / MINUTE_NANOS;
            b.nanos = (long) Math.min(perMinute, b.nanos + gained);
            b.refilled = now;
        }
        return b;
    }
}
