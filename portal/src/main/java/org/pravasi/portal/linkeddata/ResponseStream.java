package org.pravasi.portal.linkeddata;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An output stream over a chunked HTTP response, for a worker thread: writes in chunks, waits while the connection's
 * write queue is full, and fails once the client has gone.
 */
final class ResponseStream extends OutputStream {
    /** Bytes sent per chunk. */
    static final int CHUNK = 64 * 1024;
    /** How long a write waits for a slow client before giving up. */
    static final long DRAIN_TIMEOUT_SECONDS = 60;

    private final HttpServerResponse response;
    private final byte[] buffer = new byte[CHUNK];
    private int used;
    private volatile boolean gone;
    private volatile CompletableFuture<Void> drained = CompletableFuture.completedFuture(null);

    /** Wraps {@code response}; call from the event loop before handing the stream to a worker. */
    ResponseStream(HttpServerResponse response) {
        this.response = response;
        response.setChunked(true);
        response.closeHandler(v -> {
            gone = true;
            drained.complete(null);
        });
        response.drainHandler(v -> drained.complete(null));
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            flushChunk();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == buffer.length) {
                flushChunk();
            }
            int n = Math.min(len, buffer.length - used);
            System.arraycopy(b, off, buffer, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk() throws IOException {
        if (gone) {
            throw new IOException("The client closed the connection");
        }
        if (used == 0) {
            return;
        }
        Buffer chunk = Buffer.buffer(used).appendBytes(buffer, 0, used);
        used = 0;
        CompletableFuture<Void> wait = new CompletableFuture<>();
        drained = wait;
        response.write(chunk);
        if (!response.writeQueueFull() || gone) {
            wait.complete(null);
        }
        try {
            wait.get(DRAIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The client is not reading", e);
        }
    }

    /** Sends what is buffered and ends the response. */
    @Override
    public void close() throws IOException {
        flushChunk();
        if (!gone) {
            response.end();
        }
    }
}
