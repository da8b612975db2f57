package org.pravasi.registry.api;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to a problem-details answer; unexpected exceptions are logged, never shown in full. */
public final class FailureHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    private final long maxUploadBytes;

    /** Creates the handler; {@code maxUploadBytes} is quoted in the 413 answer. */
    public FailureHandler(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (status == 413) {
            Problems.send(ctx, 413, "Upload too large", "The upload is larger than this node accepts (" + maxUploadBytes
                    + " bytes). Split the dataset, or ask the operator to raise --max-upload.");
        } else if (status >= 400 && status < 500) {
            Problems.send(ctx, status, "Bad request", failure == null || failure.getMessage() == null
                    ? "The request could not be handled (HTTP " + status + "). Check the method, path, headers and body against the API docs."
                    : failure.getMessage());
        } else {
            LOG.error("Request {} {} failed", ctx.request().method(), ctx.request().path(), failure);
            Problems.send(ctx, 500, "Internal error", "Something went wrong on the server; nothing was changed. The operator can find details in the log.");
        }
    }
}
