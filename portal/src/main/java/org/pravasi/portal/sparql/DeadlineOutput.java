package org.pravasi.portal.sparql;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.apache.jena.query.QueryCancelledException;

/**
 * Collects a query's answer in memory and stops writing it once the query's deadline has passed, so that the timeout
 * bounds the whole answer (a capped result of wide rows can take longer to write than to find).
 */
final class DeadlineOutput extends OutputStream {
    /** How many bytes are written between two looks at the clock. */
    private static final int CHECK_EVERY = 64 * 1024;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long deadlineNanos;
    private int sinceCheck;

    /** An empty answer that must be complete before {@code deadlineNanos} ({@link System#nanoTime()}). */
    DeadlineOutput(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void write(int b) {
        bytes.write(b);
        tick(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        tick(len);
    }

    private void tick(int n) {
        sinceCheck += n;
        if (sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            if (System.nanoTime() > deadlineNanos) {
                throw new QueryCancelledException();
            }
        }
    }

    /** The answer written so far. */
    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
