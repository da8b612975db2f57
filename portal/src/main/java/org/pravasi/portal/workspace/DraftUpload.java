package org.pravasi.portal.workspace;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.workspace.Drafts;

/**
 * Receives an upload ({@code multipart/form-data}: the CSRF token, then the file {@code upload}) straight into an
 * owner-only file of the organisation's drafts folder, never holding it in memory: the member's role is checked before
 * the body is read, the token (the form's first part, {@link FormToken}) before any file is created, and the size while
 * the file streams. A refused upload leaves nothing behind.
 */
final class DraftUpload {
    /** Room for the token, the part headers and the boundaries around the file. */
    static final long MULTIPART_SLACK = 64 * 1024;

    private final Workspace workspace;
    private final Drafting drafting;
    private final WorkerExecutor workers;
    private final Vertx vertx;

    DraftUpload(Workspace workspace, Drafting drafting, WorkerExecutor workers, Vertx vertx) {
        this.workspace = workspace;
        this.drafting = drafting;
        this.workers = workers;
        this.vertx = vertx;
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String org = ctx.pathParam("org");
        Ui ui = workspace.ui(ctx);
        Session session = Workspace.session(ctx).orElse(null);
        long max = drafting.drafts.limits().maxBytes();
        if (session == null) {
            refuse(ctx, new Refusal(403, "ws.refused.title", "ws.refused.csrf", "/publish"));
            return;
        }
        String length = req.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max + MULTIPART_SLACK) {
            refuse(ctx, tooLarge(org, max));
            return;
        }
        String type = req.getHeader("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            refuse(ctx, new Refusal(415, "ws.refused.input", "ws.upload.notMultipart", back(org)));
            return;
        }
        req.pause();
        workers.executeBlocking(() -> workspace.require(ctx, org, Need.PUBLISH), false)
                .onSuccess(m -> new Receiving(ctx, session, org, ui, type, max).start())
                .onFailure(e -> refuse(ctx, e));
    }

    /** Refuses without reading the body: what was sent is dropped, never stored. */
    private static void refuse(RoutingContext ctx, Throwable why) {
        Workspace.refuseUnread(ctx, why);
    }

    private static Refusal tooLarge(String org, long max) {
        return new Refusal(413, "ws.refused.input", "ws.upload.tooLarge", back(org), max / (1024 * 1024));
    }

    private static String back(String org) {
        return "/publish/org/" + org + "/drafts";
    }

    /**
     * One upload being received: nothing is written until its first part, the token, has been checked; then the file
     * for it is created and the file part streams into it.
     */
    private final class Receiving implements FormToken.Parts {
        private final RoutingContext ctx;
        private final Session session;
        private final String org;
        private final Ui ui;
        private final String type;
        private final long max;
        private final List<Buffer> queued = new ArrayList<>();
        private FormToken reader;
        private Future<AsyncFile> opening;
        private Path path;
        private AsyncFile file;
        private boolean inFile;
        private boolean stopped;
        private String fileName;
        private long received;
        private boolean over;

        Receiving(RoutingContext ctx, Session session, String org, Ui ui, String type, long max) {
            this.ctx = ctx;
            this.session = session;
            this.org = org;
            this.ui = ui;
            this.type = type;
            this.max = max;
        }

        void start() {
            HttpServerRequest req = ctx.request();
            reader = FormToken.of(type, this);
            if (reader == null) {
                refuse(ctx, new Refusal(415, "ws.refused.input", "ws.upload.notMultipart", back(org)));
                return;
            }
            req.handler(reader::feed);
            req.exceptionHandler(e -> {
                stopped = true;
                discard();
            });
            req.endHandler(v -> ended());
            req.resume();
        }

        @Override
        public void token(String presented) {
            if (!Sessions.tokenMatches(session, presented)) {
                reader.stop();
                stopWith(new Refusal(403, "ws.refused.title", "ws.refused.csrf", back(org)));
                return;
            }
            // Only now is a file created for the upload; the request waits until it is open.
            HttpServerRequest req = ctx.request();
            req.pause();
            opening = workers.<Path>executeBlocking(() -> drafting.drafts.incoming(org), false)
                    .compose(p -> {
                        path = p;
                        return vertx.fileSystem()
                                .open(
                                        p.toString(),
                                        new OpenOptions().setWrite(true).setCreate(false));
                    })
                    .onSuccess(f -> {
                        file = f;
                        queued.forEach(this::write);
                        queued.clear();
                        if (!f.writeQueueFull()) {
                            req.resume();
                        }
                    })
                    .onFailure(e -> {
                        reader.stop();
                        stopWith(e);
                    });
        }

        @Override
        public void part(String name, String partFileName) {
            inFile = "upload".equals(name) && fileName == null && partFileName != null;
            if (inFile) {
                fileName = partFileName;
            }
        }

        @Override
        public void data(Buffer b) {
            if (!inFile || over) {
                return;
            }
            received += b.length();
            if (received > max) {
                over = true;
            } else if (file == null) {
                queued.add(b);
            } else {
                write(b);
            }
        }

        @Override
        public void refused(boolean forged) {
            stopWith(
                    forged
                            ? new Refusal(403, "ws.refused.title", "ws.refused.csrf", back(org))
                            : new Refusal(400, "ws.refused.input", "ws.upload.malformed", back(org)));
        }

        private void write(Buffer b) {
            file.write(b);
            if (file.writeQueueFull()) {
                ctx.request().pause();
                file.drainHandler(v -> ctx.request().resume());
            }
        }

        /** Stops reading (the rest is dropped), removes any file begun, then answers {@code why}. */
        private void stopWith(Throwable why) {
            if (stopped) {
                return;
            }
            stopped = true;
            HttpServerRequest req = ctx.request();
            if (!req.isEnded()) {
                req.handler(b -> {});
                req.resume();
            }
            Future<Void> gone = opening == null ? Future.succeededFuture() : opening.transform(x -> discard());
            gone.onComplete(d -> ctx.fail(why));
        }

        private void ended() {
            if (stopped) {
                return;
            }
            if (opening == null) {
                refused(true);
                return;
            }
            if (!reader.complete()) {
                refused(false);
                return;
            }
            stopped = true;
            opening.compose(AsyncFile::close).onComplete(c -> finish());
        }

        private void finish() {
            // A refusal is answered once the file is gone, so nothing of it is left when the client reads the answer.
            if (over) {
                discard().onComplete(d -> ctx.fail(tooLarge(org, max)));
                return;
            }
            if (fileName == null || fileName.isBlank() || received == 0) {
                discard()
                        .onComplete(d -> workspace.send(
                                ctx,
                                refusedPage(List.of(Finding.error(
                                        fileName == null ? "" : fileName,
                                        "upload",
                                        "No file was sent, or the file is empty.",
                                        "Choose the CSV or .xlsx file that holds the table, then press Upload.")))));
                return;
            }
            workspace.answer(ctx, () -> {
                var r = drafting.drafts.create(org, fileName, path, drafting.reader);
                if (r.draft().isEmpty()) {
                    return refusedPage(r.findings());
                }
                return new Answer.Redirect(back(org) + "/" + r.draft().get().id() + "/read");
            });
        }

        private Answer refusedPage(List<Finding> findings) {
            return new Answer.Page(
                    422, ui.t("ws.upload.refused"), "uploadRefused.jte", Map.of("orgId", org, "findings", findings));
        }

        private Future<Void> discard() {
            if (path == null) {
                return Future.succeededFuture();
            }
            Future<Void> closed =
                    file == null ? Future.succeededFuture() : file.close().recover(e -> Future.succeededFuture());
            return closed.compose(v -> vertx.fileSystem().delete(path.toString()));
        }
    }

    /** The drafts folder's upload limits, for the page. */
    static long maxMiB(Drafts drafts) {
        return drafts.limits().maxBytes() / (1024 * 1024);
    }
}
