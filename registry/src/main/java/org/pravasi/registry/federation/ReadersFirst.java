package org.pravasi.registry.federation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets the portal's readers go first while peers are harvested: the HTTP layer reports each request's arrival and
 * departure ({@link #readerArrived()}, {@link #readerLeft()}; {@code registry.api.ReadersFirstRoute}), and harvest work
 * calls {@link #yieldToReaders()} between small steps (every {@link #STEP_BYTES} read from a peer, every dataset, every
 * check). While a request is in flight, the harvest pauses {@link #PAUSE_PER_STEP} times as long as its last step ran,
 * at most {@link #MAX_PAUSE_NANOS}, and goes on as soon as no request is left: it keeps at least a fifth of the time
 * under a read load that never stops, so peers' deadlines still hold.
 */
public final class ReadersFirst {
    /** Bytes read from a peer between two yields. */
    static final int STEP_BYTES = 64 * 1024;
    /** Pause per step while readers are in flight, as a multiple of the step's own time. */
    static final int PAUSE_PER_STEP = 4;
    /** Longest single pause: 50 ms. */
    static final long MAX_PAUSE_NANOS = 50_000_000L;

    private static final long POLL_NANOS = 200_000L;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final ThreadLocal<long[]> stepStart = ThreadLocal.withInitial(() -> new long[] {System.nanoTime()});

    private ReadersFirst() {}

    /** A gate with no request in flight until some are reported. */
    public static ReadersFirst create() {
        return new ReadersFirst();
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
        long now = System.nanoTime();
        long[] start = stepStart.get();
        if (inFlight.get() > 0) {
            long end = now + Math.min(MAX_PAUSE_NANOS, Math.max(POLL_NANOS, (now - start[0]) * PAUSE_PER_STEP));
            while (inFlight.get() > 0 && System.nanoTime() < end) {
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        start[0] = System.nanoTime();
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
