package org.pravasi.registry.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure handler: renders a {@link ProblemException} as {@code application/problem+json}, and maps every other
 * failure to a problem too: a body over the limit (413, from Vert.x's body handler), other 4xx failures of Vert.x
 * handlers, and unexpected exceptions (500, logged; the answer never shows the exception). Mount it last with
 * {@code router.route().failureHandler(ProblemHandler.create(maxUploadBytes))}; a route with a body limit of its own
 * mounts {@code ProblemHandler.create(tooLarge)} as its failure handler to say which limit was exceeded.
 */
public final class ProblemHandler implements Handler<RoutingContext> {
    /** Media type of problem answers. */
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final ProblemException tooLarge;

    private ProblemHandler(ProblemException tooLarge) {
        if (tooLarge.status() != 413) {
            throw new IllegalArgumentException(
                    "The answer to a body over the limit is a 413, not " + tooLarge.status());
        }
        this.tooLarge = tooLarge;
    }

    /** Creates the handler; {@code maxBodyBytes} (the upload limit) is quoted in the 413 answer. */
    public static ProblemHandler create(long maxBodyBytes) {
        return new ProblemHandler(new ProblemException(
                413,
                "Upload too large",
                "The upload is larger than this node accepts (" + maxBodyBytes
                        + " bytes). Split the dataset, or ask the operator to raise --max-upload."));
    }

    /** Creates the handler answering a body over the limit with {@code tooLarge} (a 413). */
    public static ProblemHandler create(ProblemException tooLarge) {
        return new ProblemHandler(tooLarge);
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.response().closed()) {
            // The client is gone (or was cut off as too slow, by ConnectionGuard): no one to answer, nothing to alarm.
            LOG.debug(
                    "Request {} {} ended with its connection closed",
                    ctx.request().method(),
                    ctx.request().path());
            return;
        }
        render(ctx, problem(ctx));
    }

    private ProblemException problem(RoutingContext ctx) {
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (failure instanceof ProblemException p) {
            return p;
        }
        if (status == 413) {
            return tooLarge;
        }
        if (status >= 400 && status < 500) {
            return new ProblemException(
                    status,
                    "Bad request",
                    failure == null || failure.getMessage() == null
                            ? "The request could not be handled (HTTP " + status
                                    + "). Check the method, path, headers and body against the API docs."
                            : failure.getMessage());
        }
        LOG.error("Request {} {} failed", ctx.request().method(), ctx.request().path(), failure);
        return new ProblemException(
                500,
                "Internal error",
                "Something went wrong on the server; nothing was changed. The operator can find details in the log.");
    }

    /** Ends the request with the problem, unless an answer has already been sent. */
    private static void render(RoutingContext ctx, ProblemException problem) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        problem.headers().forEach(ctx.response()::putHeader);
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", CONTENT_TYPE)
                .end(Json.MAPPER.writeValueAsString(problem.body()));
    }
}
