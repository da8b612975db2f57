package org.pravasi.registry.federation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Lets the portal's readers go first while peers are harvested: the HTTP layer reports each request's arrival and
 * departure ({@link #readerArrived()}, {@link #readerLeft()}; {@code registry.api.ReadersFirstRoute}), and harvest work
 * calls {@link #yieldToReaders()} between small steps (every {@link #STEP_BYTES} read from a peer, every dataset, every
 * check). While a request is in flight, the harvest pauses {@link #PAUSE_PER_STEP} times as long as its last step ran,
 * at most {@link #MAX_PAUSE_NANOS}, and goes on as soon as no request is left: it keeps at least a fifth of the time
 * under a read load that never stops, so peers' deadlines still hold. On top of that a harvest thread's own CPU time is
 * capped while requests are in flight: a step that used more than {@link #CPU_SHARE_PERCENT} % of a core since the
 * share was last measured (a long check, a large parse) is followed by a pause that brings it back to that share (at
 * most {@link #MAX_CPU_PAUSE_NANOS} per pause), whatever the priority the operating system gives the thread.
 */
public final class ReadersFirst {
    /** Bytes read from a peer between two yields. */
    static final int STEP_BYTES = 64 * 1024;
    /** Pause per step while readers are in flight, as a multiple of the step's own time. */
    static final int PAUSE_PER_STEP = 4;
    /** Longest single pause: 50 ms. */
    static final long MAX_PAUSE_NANOS = 50_000_000L;

    /** Share of one core a harvest thread may use while readers are in flight, in percent. */
    static final int CPU_SHARE_PERCENT = 20;
    /** How long CPU use is measured before the share is measured afresh: 100 ms. */
    static final long CPU_WINDOW_NANOS = 100_000_000L;
    /** Longest single pause for the CPU share: 1 s, so a peer's deadlines still hold under any read load. */
    static final long MAX_CPU_PAUSE_NANOS = 1_000_000_000L;

    private static final long POLL_NANOS = 200_000L;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongSupplier wall;
    private final LongSupplier cpu;
    private final LongConsumer park;
    /** Per harvest thread: start of its last step, and the wall and CPU time when its CPU share was last measured. */
    private final ThreadLocal<long[]> marks;

    private ReadersFirst(LongSupplier wall, LongSupplier cpu, LongConsumer park) {
        this.wall = wall;
        this.cpu = cpu;
        this.park = park;
        this.marks = ThreadLocal.withInitial(() -> {
            long now = wall.getAsLong();
            return new long[] {now, now, cpu.getAsLong()};
        });
    }

    /** A gate with no request in flight until some are reported. */
    public static ReadersFirst create() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean measured = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        // Without a per-thread CPU clock the wall clock stands in: every step then counts as CPU time.
        return new ReadersFirst(
                System::nanoTime,
                measured ? threads::getCurrentThreadCpuTime : System::nanoTime,
                LockSupport::parkNanos);
    }

    /** A gate on other clocks (tests): {@code wall} and {@code cpu} in nanoseconds, {@code park} sleeps so long. */
    static ReadersFirst withClocks(LongSupplier wall, LongSupplier cpu, LongConsumer park) {
        return new ReadersFirst(wall, cpu, park);
    }

    /** A request has arrived: harvest work pauses until it has left. */
    public void readerArrived() {
        inFlight.incrementAndGet();
    }

    /** A request has been answered (or its connection closed). */
    public void readerLeft() {
        inFlight.decrementAndGet();
    }

    /** Requests in flight now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Marks a request in flight until the returned handle is closed (for tests and non-HTTP readers). */
    AutoCloseable reading() {
        inFlight.incrementAndGet();
        return inFlight::decrementAndGet;
    }

    /** Called by harvest work between steps: pauses while readers are in flight, in proportion to the step just run. */
    void yieldToReaders() {
        long now = wall.getAsLong();
        long[] m = marks.get();
        if (inFlight.get() > 0) {
            long step = now + Math.min(MAX_PAUSE_NANOS, Math.max(POLL_NANOS, (now - m[0]) * PAUSE_PER_STEP));
            long end = Math.max(step, now + Math.min(MAX_CPU_PAUSE_NANOS, cpuDebt(m, now)));
            while (inFlight.get() > 0 && wall.getAsLong() < end) {
                park.accept(POLL_NANOS);
            }
        }
        long after = wall.getAsLong();
        if (after - m[1] >= CPU_WINDOW_NANOS) {
            m[1] = after;
            m[2] = cpu.getAsLong();
        }
        m[0] = after;
    }

    /** How long this thread must wait for its CPU use since the last measure to be within its share (0 when it is). */
    private long cpuDebt(long[] m, long now) {
        long used = cpu.getAsLong() - m[2];
        long allowed = used * 100 / CPU_SHARE_PERCENT;
        return Math.max(0, m[1] + allowed - now);
    }

    /** {@code in}, yielding to readers every {@link #STEP_BYTES} read. */
    InputStream stepped(InputStream in) {
        return new FilterInputStream(in) {
            private long sinceYield;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) {
                sinceYield += n;
                if (sinceYield >= STEP_BYTES) {
                    sinceYield = 0;
                    yieldToReaders();
                }
            }
        };
    }
}
