package org.pravasi.registry.federation;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A peer's response body read under limits: at most {@code cap} bytes on the wire and, for a gzip body, at most
 * {@code cap} bytes after decompression; nothing after the deadline; no silence longer than the idle time. Crossing a
 * limit closes the connection and makes every later read fail, so a parser reading from {@link #stream()} stops
 * wherever it is. {@link #check()} is called by a watchdog so that a read blocked on a silent peer is cut off too.
 */
final class BoundedBody implements Closeable {
    /** Why reading stopped early. */
    enum Stop {
        TOO_LARGE,
        DEADLINE,
        IDLE,
        CANCELLED
    }

    /** Thrown by reads once a limit is crossed; {@link #stop()} says which. */
    static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        Stopped(Stop why) {
            super("reading stopped: " + why);
        }
    }

    private final InputStream raw;
    private final boolean gzip;
    private final long cap;
    private final long deadline;
    private final long idleNanos;
    private final InputStream onWire;
    private InputStream stream;
    private volatile long lastProgress = System.nanoTime();
    private volatile Stop stop;
    private volatile long wire;
    private volatile long decoded;
    private volatile IOException broken;

    /** Wraps {@code raw}; {@code gzip} when the peer declared {@code Content-Encoding: gzip}. */
    BoundedBody(InputStream raw, boolean gzip, long cap, long deadlineNanos, long idleNanos) {
        this.raw = raw;
        this.gzip = gzip;
        this.cap = cap;
        this.deadline = deadlineNanos;
        this.idleNanos = idleNanos;
        this.onWire = new Capped(raw, true);
    }

    /** The body, decoded, to read once (reading a gzip header already reads from the peer, hence lazily). */
    synchronized InputStream stream() throws IOException {
        if (stream == null) {
            stream = gzip ? new Capped(new GZIPInputStream(onWire, 8192), false) : onWire;
        }
        return stream;
    }

    /** Why reading stopped early, if it did. */
    Optional<Stop> stop() {
        return Optional.ofNullable(stop);
    }

    /** The I/O error the connection failed with (reset, closed by the peer mid-body), if it did. */
    Optional<IOException> broken() {
        return Optional.ofNullable(broken);
    }

    /** Bytes received on the wire so far. */
    long wireBytes() {
        return wire;
    }

    /** Bytes handed to the reader so far (after decompression). */
    long bytes() {
        return gzip ? decoded : wire;
    }

    /** The cap. */
    long cap() {
        return cap;
    }

    /** Stops reading if the deadline passed or the peer has been silent too long; called by the watchdog. */
    void check() {
        long now = System.nanoTime();
        if (now - deadline > 0) {
            halt(Stop.DEADLINE);
        } else if (now - lastProgress > idleNanos) {
            halt(Stop.IDLE);
        }
    }

    /** Stops reading because the portal is shutting down. */
    void cancel() {
        halt(Stop.CANCELLED);
    }

    private void halt(Stop why) {
        if (stop == null) {
            stop = why;
        }
        close();
    }

    @Override
    public void close() {
        try {
            raw.close();
        } catch (IOException e) {
            // Closing only cancels the exchange; nothing to report.
        }
    }

    private final class Capped extends FilterInputStream {
        final boolean onWire;

        Capped(InputStream in, boolean onWire) {
            super(in);
            this.onWire = onWire;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            ensureGoing();
            long seen = onWire ? wire : decoded;
            // Never ask for more than one byte past the cap: enough to know the cap was crossed.
            int n;
            try {
                n = super.read(b, off, (int) Math.min(len, cap + 1 - seen));
            } catch (Stopped e) {
                throw e;
            } catch (IOException e) {
                ensureGoing();
                if (onWire && broken == null) {
                    broken = e;
                }
                throw e;
            }
            ensureGoing();
            if (n > 0) {
                lastProgress = System.nanoTime();
                if (onWire) {
                    wire += n;
                } else {
                    decoded += n;
                }
                if (seen + n > cap) {
                    halt(Stop.TOO_LARGE);
                    throw new Stopped(Stop.TOO_LARGE);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int len = (int) Math.max(0, Math.min(n, 8192));
            return len == 0 ? 0 : Math.max(0, read(new byte[len], 0, len));
        }

        private void ensureGoing() throws IOException {
            if (stop == null && System.nanoTime() - deadline > 0) {
                halt(Stop.DEADLINE);
            }
            if (stop != null) {
                throw new Stopped(stop);
            }
        }
    }
}
