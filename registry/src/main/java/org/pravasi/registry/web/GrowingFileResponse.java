package org.pravasi.registry.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerResponse;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

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
 */
public final class GrowingFileResponse {
    /** Bytes read from the file and written to the response at a time. */
    static final int CHUNK = 256 * 1024;
    /** Bytes the writer's stream buffers before they go to the file. */
    private static final int BUFFER = 64 * 1024;

    private final Vertx vertx;
    private final Context context;
    private final HttpServerResponse response;
    private final Path file;
    private final Consumer<HttpServerResponse> head;

    // Fields below are touched on the event loop only.
    private AsyncFile reader;
    private long available;
    private long sent;
    private boolean writerDone;
    private boolean stopped;
    private boolean reading;
    private boolean deleted;

    /**
     * A response for {@code file}, written by another thread; {@code head} sets the status and headers before the first
     * bytes (the body is sent chunked).
     */
    public GrowingFileResponse(
            Vertx vertx, Context context, HttpServerResponse response, Path file, Consumer<HttpServerResponse> head) {
        this.vertx = vertx;
        this.context = context;
        this.response = response;
        this.file = file;
        this.head = head;
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
            boolean started = response.headWritten();
            stopped = true;
            cleanUp();
            if (started) {
                response.reset();
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
                response.drainHandler(v -> pump());
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
            response.end();
            cleanUp();
        }
    }

    private void broken(Throwable t) {
        reading = false;
        stopped = true;
        cleanUp();
        response.reset();
    }

    /** Closes the reader and, once the writer is done too, deletes the file. */
    private void cleanUp() {
        if (!stopped || !writerDone || deleted) {
            return;
        }
        deleted = true;
        if (reader != null) {
            reader.close();
        }
        vertx.fileSystem().delete(file.toString());
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

        private void moved(int n) {
            count += n;
            if (count - reported >= CHUNK) {
                reported = count;
                grown(count);
            }
        }
    }
}
