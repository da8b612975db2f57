package org.pravasi.registry.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a file to an HTTP response while another thread is still writing it, so that the client receives the first
 * bytes as soon as they are written instead of after the whole file. The writer writes through {@link #output} and then
 * calls {@link #finished}; the response is sent in chunks on the request's event loop, at the pace the client reads (no
 * more than the response's write queue is held in memory), read back from the file. The writer's pace is the disk's,
 * not the client's: a slow client holds no store transaction, only the temporary file, which is deleted once both sides
 * are done.
 *
 * <p>The status and headers go out with the first bytes: until then the writer may still decide that there is nothing
 * to send ({@link #nothing}). A failure after the first bytes cuts the connection, so that the client cannot take a
 * truncated body for a whole one.
 *
 * <p>A client that stops reading for longer than the stall time is cut off, and a client gone (cut off or closed) stops
 * the writer at its next write: neither the file nor the writer's thread outlives the client for long.
 */
public final class GrowingFileResponse {
    private static final Logger LOG = LoggerFactory.getLogger(GrowingFileResponse.class);
    /**
     * Bytes read from the file and written to the response at a time. Vert.x queues up to a number of writes per
     * connection before it reports the queue full, so the chunk bounds what a client that reads nothing holds in
     * memory.
     */
    static final int CHUNK = 64 * 1024;
    /** Bytes the writer's stream buffers before they go to the file. */
    private static final int BUFFER = 64 * 1024;
    /** How long a client may leave the response's write queue full before it is cut off. */
    public static final Duration STALL = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final Context context;
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final Path file;
    private final Consumer<HttpServerResponse> head;
    private final long stallMillis;
    private final Runnable gone;
    /** Set once the client is gone: the writer's next write fails, so that it stops. */
    private volatile boolean abandoned;

    // Fields below are touched on the event loop only.
    private AsyncFile reader;
    private long available;
    private long sent;
    private boolean writerDone;
    private boolean stopped;
    private boolean reading;
    private boolean deleted;
    private long stallTimer = -1;

    /**
     * The response to {@code request} with {@code file}, written by another thread; {@code head} sets the status and
     * headers before the first bytes (the body is sent chunked). A client that reads nothing for {@code stall} is cut
     * off; {@code gone} runs once the response is over and the writer done, as the file is deleted.
     */
    public GrowingFileResponse(
            Vertx vertx,
            Context context,
            HttpServerRequest request,
            Path file,
            Consumer<HttpServerResponse> head,
            Duration stall,
            Runnable gone) {
        this.vertx = vertx;
        this.context = context;
        this.request = request;
        this.response = request.response();
        this.file = file;
        this.head = head;
        this.stallMillis = Math.max(1, stall.toMillis());
        this.gone = gone;
        response.closeHandler(v -> stop());
    }

    /** The stream the writer writes the file through; bytes reach the client as they reach the file. */
    public OutputStream output() throws IOException {
        return new BufferedOutputStream(new Counting(Files.newOutputStream(file)), BUFFER);
    }

    /** The writer wrote the whole file: the rest is sent and the response ended. Call on any thread. */
    public void finished() {
        context.runOnContext(v -> {
            writerDone = true;
            if (stopped) {
                cleanUp(); // the client went away meanwhile
            } else {
                pump();
            }
        });
    }

    /**
     * The writer stopped before writing anything that should be sent; {@code answer} answers instead (an error page).
     * Call on any thread, only when nothing was written.
     */
    public void nothing(Runnable answer) {
        context.runOnContext(v -> {
            writerDone = true;
            stopped = true;
            cleanUp();
            answer.run();
        });
    }

    /**
     * The writer failed: before the first bytes {@code answer} answers; after them the connection is cut, so that the
     * client sees a broken download rather than a short one. Call on any thread.
     */
    public void failed(Runnable answer) {
        context.runOnContext(v -> {
            writerDone = true;
            boolean clientGone = stopped; // the writer failed because the client went: nobody to answer
            boolean started = response.headWritten();
            stopped = true;
            cleanUp();
            if (clientGone) {
                return;
            }
            if (started) {
                cut();
            } else {
                answer.run();
            }
        });
    }

    private void grown(long total) {
        context.runOnContext(v -> {
            available = Math.max(available, total);
            pump();
        });
    }

    private void stop() {
        stopped = true;
        abandoned = true;
        cleanUp();
    }

    /** Sends what the file holds past what was sent, a chunk at a time while the client keeps up. */
    private void pump() {
        if (stopped || reading) {
            return;
        }
        if (sent < available) {
            if (!response.headWritten()) {
                head.accept(response);
                response.setChunked(true);
            }
            if (response.writeQueueFull()) {
                armStallTimer();
                response.drainHandler(v -> {
                    // progress: a new stall time starts (the end's, if the last bytes are queued by now)
                    vertx.cancelTimer(stallTimer);
                    stallTimer = -1;
                    if (stopped) {
                        if (!deleted) {
                            armStallTimer();
                        }
                    } else {
                        pump();
                    }
                });
                return;
            }
            reading = true;
            if (reader == null) {
                vertx.fileSystem()
                        .open(file.toString(), new OpenOptions().setRead(true).setWrite(false))
                        .onSuccess(f -> {
                            reader = f;
                            reading = false;
                            pump();
                        })
                        .onFailure(this::broken);
                return;
            }
            int length = (int) Math.min(CHUNK, available - sent);
            reader.read(Buffer.buffer(length), 0, sent, length)
                    .onSuccess(chunk -> {
                        reading = false;
                        if (stopped) {
                            return;
                        }
                        sent += chunk.length();
                        response.write(chunk);
                        pump();
                    })
                    .onFailure(this::broken);
        } else if (writerDone) {
            if (!response.headWritten()) {
                head.accept(response);
            }
            stopped = true;
            // Over once the last bytes have left, not when they are queued: until then the client that does not read
            // holds them, and is cut off after the stall time like any other.
            armStallTimer();
            response.end().onComplete(sentAll -> cleanUp());
        }
    }

    private void broken(Throwable t) {
        reading = false;
        stopped = true;
        abandoned = true;
        cleanUp();
        cut();
    }

    /**
     * Ends the connection now, so that the client cannot take what it received for the whole file. Over HTTP/1.x,
     * Vert.x's {@code reset()} closes the connection only once the bytes already queued are written, which a client
     * that reads nothing may never let happen (the connection, its queued chunk and the client's idle socket would
     * stay): the channel is closed at once instead. An HTTP/2 stream is reset alone.
     */
    private void cut() {
        if (request.version() != HttpVersion.HTTP_2) {
            Connections.closeNow(request.connection());
        } else {
            response.reset();
        }
    }

    private void armStallTimer() {
        if (stallTimer < 0) {
            stallTimer = vertx.setTimer(stallMillis, id -> stalled());
        }
    }

    /** The client read nothing for the stall time: it is cut off. */
    private void stalled() {
        stallTimer = -1;
        if (!deleted) {
            broken(null);
        }
    }

    /** Closes the reader and, once the writer is done too, deletes the file. */
    private void cleanUp() {
        if (!stopped || !writerDone || deleted) {
            return;
        }
        deleted = true;
        if (stallTimer >= 0) {
            vertx.cancelTimer(stallTimer);
            stallTimer = -1;
        }
        if (reader != null) {
            reader.close();
        }
        // The place is given back now, the response over and the writer done, not once the deletion has run: on a
        // busy file-system queue it lagged behind a client that asked again at once, and a portal harvesting many small
        // datasets one after another got 429 from a node ten times in 200 downloads. The file goes right after.
        gone.run();
        vertx.fileSystem()
                .delete(file.toString())
                .onFailure(e -> LOG.warn("Could not delete the download's temporary file {}: {}", file, e.toString()));
    }

    /** Counts the bytes that reached the file, and reports them every {@link #CHUNK} and at the end. */
    private final class Counting extends FilterOutputStream {
        private long count;
        private long reported;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            moved(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            moved(len);
        }

        @Override
        public void close() throws IOException {
            super.close();
            grown(count);
        }

        private void moved(int n) throws IOException {
            if (abandoned) {
                throw new IOException("The client of this download is gone; the rest is not written");
            }
            count += n;
            if (count - reported >= CHUNK) {
                reported = count;
                grown(count);
            }
        }
    }
}
