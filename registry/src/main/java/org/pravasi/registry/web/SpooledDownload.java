package org.pravasi.registry.web;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A download written by a worker to a temporary file at the disk's pace and sent as the file grows
 * ({@link GrowingFileResponse}), within {@link DownloadSlots}: the worker's store transaction never waits for the
 * client, and however many clients ask and however slowly they read, the server holds at most the slots' files and
 * workers.
 */
public final class SpooledDownload {
    /** Writes the download; returns false when there is nothing to send. */
    @FunctionalInterface
    public interface Writer {
        boolean write(OutputStream out) throws Exception;
    }

    private final WorkerExecutor workers;
    private final DownloadSlots slots;
    private final Duration stall;

    /** Downloads written on {@code workers}, bounded by {@code slots}, a client silent for {@code stall} cut off. */
    public SpooledDownload(WorkerExecutor workers, DownloadSlots slots, Duration stall) {
        this.workers = workers;
        this.slots = slots;
        this.stall = stall;
    }

    /**
     * Answers {@code ctx} with what {@code writer} writes ({@code head} sets the status and headers before the first
     * bytes), or with {@code none}'s problem when it writes nothing.
     *
     * @throws ProblemException 503 or 429 when the slots are taken: nothing was started
     */
    public void send(
            RoutingContext ctx, Consumer<HttpServerResponse> head, Writer writer, Supplier<ProblemException> none) {
        send(ctx, slots.take(ctx), head, writer, none);
    }

    /** As above, in a slot the caller took already (to bound work done before the download starts). */
    public void send(
            RoutingContext ctx,
            DownloadSlots.Slot slot,
            Consumer<HttpServerResponse> head,
            Writer writer,
            Supplier<ProblemException> none) {
        ctx.vertx()
                .fileSystem()
                .createTempFile("pravasi-download", ".tmp")
                .onFailure(e -> {
                    slot.release();
                    ctx.fail(e);
                })
                .onSuccess(tmp -> {
                    GrowingFileResponse out = new GrowingFileResponse(
                            ctx.vertx(),
                            ctx.vertx().getOrCreateContext(),
                            ctx.request(),
                            Path.of(tmp),
                            head,
                            stall,
                            slot::release);
                    workers.<Boolean>executeBlocking(
                                    () -> {
                                        try (OutputStream file = out.output()) {
                                            return writer.write(file);
                                        }
                                    },
                                    false)
                            .onSuccess(found -> {
                                if (found) {
                                    out.finished();
                                } else {
                                    out.nothing(() -> ctx.fail(none.get()));
                                }
                            })
                            .onFailure(e -> out.failed(() -> ctx.fail(e)));
                });
    }
}
