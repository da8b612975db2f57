package org.pravasi.registry.api;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import org.pravasi.registry.web.ProblemException;

/**
 * Answers 400 when a multipart body has ended but the body handler never finishes it (a file part without its closing
 * boundary leaves Vert.x waiting for the part's end forever), so such a request neither hangs nor holds a connection.
 * Mount it just before the body handler; the next handler after the body handler marks the body read.
 */
final class TruncatedBodyGuard implements PlatformHandler {
    /** How long after the request's last byte the body must have been handed on. */
    static final long GRACE_MS = 3000;

    private static final String READ = "pravasi.bodyRead";

    @Override
    public void handle(RoutingContext ctx) {
        long[] endedAt = {0};
        long timer = ctx.vertx().setPeriodic(250, id -> {
            if (ctx.response().ended()
                    || ctx.get(READ) != null
                    || ctx.response().closed()) {
                ctx.vertx().cancelTimer(id);
                return;
            }
            if (ctx.request().isEnded()) {
                long now = System.currentTimeMillis();
                if (endedAt[0] == 0) {
                    endedAt[0] = now;
                } else if (now - endedAt[0] > GRACE_MS) {
                    ctx.vertx().cancelTimer(id);
                    ctx.fail(new ProblemException(
                            400,
                            "Incomplete upload",
                            "The multipart body ended before its closing boundary, so a file in it is "
                                    + "incomplete. Send the whole request again (curl -F builds a correct one)."));
                    // After the answer: cancelling makes the body handler fail the request, which must not answer
                    // first.
                    for (var upload : ctx.fileUploads()) {
                        upload.cancel();
                        ctx.vertx().fileSystem().delete(upload.uploadedFileName());
                    }
                }
            }
        });
        ctx.addEndHandler(v -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }

    /** Marks the body as read: call first thing in the handler that follows the body handler. */
    static void bodyRead(RoutingContext ctx) {
        ctx.put(READ, Boolean.TRUE);
    }
}
