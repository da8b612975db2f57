package org.pravasi.registry.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.pravasi.registry.web.ProblemException;

/**
 * {@code GET /api/openapi.json} (the server's {@link ApiDescription}) and the answer to every other request under
 * {@code /api/} that no route took: 405 with {@code Allow} for a described path asked with another method, else 404,
 * both as problem details (before, Vert.x answered an HTML 404 to API clients).
 */
public final class ApiDescriptionRoutes {
    /** Name of the catch-all route, which {@link ApiDescription#mounted} leaves out. */
    public static final String FALLBACK = "api-not-found";
    /** How long clients may keep the document. */
    public static final int MAX_AGE_SECONDS = 300;

    private final ApiDescription description;
    private final Buffer json;

    /** Creates the routes serving {@code description}. */
    public ApiDescriptionRoutes(ApiDescription description) {
        this.description = description;
        this.json = Buffer.buffer(description.json());
    }

    /** Adds the routes; the catch-all runs last, after every route mounted before or after it. */
    public void mount(Router router) {
        router.get(ApiDescription.PATH)
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                        .end(json));
        router.route(ApiDescription.PREFIX + "*").last().setName(FALLBACK).handler(this::unknown);
    }

    private void unknown(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        List<String> methods = description.methods(path);
        if (methods.isEmpty()) {
            throw new ProblemException(
                    404,
                    "No such API endpoint",
                    "There is no endpoint at " + path + ". " + ApiDescription.PATH
                            + " describes every endpoint of this server.");
        }
        throw new ProblemException(
                        405,
                        "Method not allowed",
                        path + " answers " + String.join(", ", methods) + ", not "
                                + ctx.request().method().name() + "; see " + ApiDescription.PATH + ".")
                .withHeader("Allow", String.join(", ", methods));
    }
}
