package org.pravasi.portal.workspace;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.workspace.Drafts;

/**
 * Receives an upload ({@code multipart/form-data}: the CSRF token, then the file {@code upload}) straight into an
 * owner-only file of the organisation's drafts folder, never holding it in memory: the member's role is checked before
 * the body is read, the size while it streams, and the token once the form is read (a form without it is deleted before
 * it becomes a draft). A refused upload leaves nothing behind.
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
        workers.<Path>executeBlocking(
                        () -> {
                            workspace.require(ctx, org, Need.PUBLISH);
                            return drafting.drafts.incoming(org);
                        },
                        false)
                .compose(path -> vertx.fileSystem()
                        .open(path.toString(), new OpenOptions().setWrite(true).setCreate(false))
                        .map(file -> new Receiving(ctx, session, org, ui, path, file, max)))
                .onSuccess(Receiving::start)
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

    /** One upload being received. */
    private final class Receiving {
        private final RoutingContext ctx;
        private final Session session;
        private final String org;
        private final Ui ui;
        private final Path path;
        private final AsyncFile file;
        private final long max;
        private String fileName;
        private long received;
        private boolean over;

        Receiving(RoutingContext ctx, Session session, String org, Ui ui, Path path, AsyncFile file, long max) {
            this.ctx = ctx;
            this.session = session;
            this.org = org;
            this.ui = ui;
            this.path = path;
            this.file = file;
            this.max = max;
        }

        void start() {
            HttpServerRequest req = ctx.request();
            req.setExpectMultipart(true);
            req.uploadHandler(up -> {
                if (!"upload".equals(up.name()) || fileName != null) {
                    up.handler(b -> {});
                    return;
                }
                fileName = up.filename();
                up.handler(buf -> {
                    received += buf.length();
                    if (received > max) {
                        over = true;
                        return;
                    }
                    file.write(buf);
                    if (file.writeQueueFull()) {
                        up.pause();
                        file.drainHandler(v -> up.resume());
                    }
                });
            });
            req.exceptionHandler(e -> file.close().onComplete(c -> discard()));
            req.endHandler(v -> file.close().onComplete(c -> finish()));
            req.resume();
        }

        private void finish() {
            // A refusal is answered once the file is gone, so nothing of it is left when the client reads the answer.
            if (!Sessions.tokenMatches(session, ctx.request().getFormAttribute(Workspace.CSRF_FIELD))) {
                discard().onComplete(d -> ctx.fail(new Refusal(403, "ws.refused.title", "ws.refused.csrf", back(org))));
                return;
            }
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
            return vertx.fileSystem().delete(path.toString());
        }
    }

    /** The drafts folder's upload limits, for the page. */
    static long maxMiB(Drafts drafts) {
        return drafts.limits().maxBytes() / (1024 * 1024);
    }
}
