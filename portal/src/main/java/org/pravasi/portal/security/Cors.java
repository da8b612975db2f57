package org.pravasi.portal.security;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.pravasi.registry.web.ProblemException;

/**
 * Cross-origin access: {@code Access-Control-Allow-Origin: *} on reads of the public read-only endpoints (and on SPARQL
 * queries sent by POST), never on publishing, withdrawal or anything else; preflight requests are answered for SPARQL
 * and refused (403) everywhere else, so no other site's script can publish with a visitor's help.
 */
public final class Cors implements Handler<RoutingContext> {
    /** Path prefixes of the read-only endpoints open to every origin. */
    public static final List<String> READ_ONLY = List.of(
            "/sparql",
            "/api/search",
            "/api/suggest",
            "/api/datasets",
            "/api/changes",
            "/api/map",
            "/api/openapi.json",
            "/catalog",
            "/id/",
            "/code/",
            "/def",
            "/dump.nq.gz",
            "/geo/",
            "/health");

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            preflight(ctx, path);
            return;
        }
        boolean open = readOnly(path)
                && (method == HttpMethod.GET
                        || method == HttpMethod.HEAD
                        || (method == HttpMethod.POST && path.equals("/sparql")));
        ctx.addHeadersEndHandler(v -> {
            if (open) {
                ctx.response().headers().set("Access-Control-Allow-Origin", "*");
            } else {
                ctx.response().headers().remove("Access-Control-Allow-Origin");
            }
        });
        ctx.next();
    }

    private static void preflight(RoutingContext ctx, String path) {
        String wanted = ctx.request().getHeader("Access-Control-Request-Method");
        boolean sparql = path.equals("/sparql") && ("GET".equals(wanted) || "POST".equals(wanted));
        if (sparql || (readOnly(path) && ("GET".equals(wanted) || "HEAD".equals(wanted)))) {
            ctx.response()
                    .setStatusCode(204)
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", sparql ? "GET, POST" : "GET, HEAD")
                    .putHeader("Access-Control-Allow-Headers", "Accept, Content-Type")
                    .putHeader("Access-Control-Max-Age", "86400")
                    .end();
            return;
        }
        throw new ProblemException(
                403,
                "Cross-origin request refused",
                "Only the public read-only endpoints may be called from other sites. "
                        + "Publishing and withdrawal are for the organisation's own tools (pravasi-registry publish, curl), with its API key.");
    }

    private static boolean readOnly(String path) {
        return READ_ONLY.stream()
                .anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p) || path.startsWith(p + "/"));
    }
}
