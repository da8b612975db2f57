package org.pravasi.portal.sparql;

import io.vertx.core.buffer.Buffer;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.jena.query.QueryCancelledException;

/**
 * Collects a query's answer in memory within a byte budget and by the query's deadline: a write that would take the
 * answer past the budget is refused before a byte of it is kept ({@link AnswerTooLargeException}), and writing stops
 * once the deadline has passed, so that neither a huge answer nor a slow one outlives its limits (a capped result of
 * wide rows can take longer to write than to find, and be larger than the heap).
 */
final class BoundedOutput extends OutputStream {
    /** How many bytes are written between two looks at the clock. */
    private static final int CHECK_EVERY = 64 * 1024;

    // a Vert.x buffer, so that the answer is sent as it is, never copied
    private final Buffer bytes = Buffer.buffer();
    private final long budget;
    private final long deadlineNanos;
    private int sinceCheck;

    /**
     * An empty answer of at most {@code budget} bytes that must be complete before {@code deadlineNanos}
     * ({@link System#nanoTime()}).
     */
    BoundedOutput(long budget, long deadlineNanos) {
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void write(int b) {
        reserve(1);
        bytes.appendByte((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        reserve(len);
        bytes.appendBytes(b, off, len);
    }

    private void reserve(int n) {
        if (bytes.length() + (long) n > budget) {
            throw new AnswerTooLargeException(budget);
        }
        sinceCheck += n;
        if (sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            if (System.nanoTime() > deadlineNanos) {
                throw new QueryCancelledException();
            }
        }
    }

    /** The answer written so far. */
    Buffer answer() {
        return bytes;
    }
}
