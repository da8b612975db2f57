package org.pravasi.registry.api;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.Requests;

/**
 * Limits publishing and the workspace API (per API key and per client IP), the browser forms that publish (per session
 * and per client IP), and SPARQL queries (per client IP) with token buckets; a request over a limit gets 429 with
 * {@code Retry-After} and is not processed, not even its body read. Mount it before the routes.
 */
public final class RateLimiter implements Handler<RoutingContext> {
    private final RateLimits limits;
    private final Forms forms;
    private final TokenBuckets publishByKey;
    private final TokenBuckets publishByIp;
    private final TokenBuckets sparqlByIp;

    /**
     * Browser forms that share the publishing buckets (an upload, a mapping, a cell fix, publishing itself), counted
     * per client IP and per signed-in session.
     *
     * @param paths which POSTs' paths are such forms
     * @param session the session id the request carries, if any (it is hashed before it names a bucket)
     */
    public record Forms(Predicate<String> paths, Function<RoutingContext, Optional<String>> session) {
        /** No forms: a node without a browser workspace. */
        public static final Forms NONE = new Forms(path -> false, ctx -> Optional.empty());

        boolean covers(HttpMethod m, String path) {
            return m == HttpMethod.POST && paths.test(path);
        }
    }

    /** Creates the limiter for a node's API; a limit of 0 is no limit. */
    public RateLimiter(RateLimits limits) {
        this(limits, Forms.NONE);
    }

    /** Creates the limiter for the API and the browser {@code forms}; a limit of 0 is no limit. */
    public RateLimiter(RateLimits limits, Forms forms) {
        this.limits = limits;
        this.forms = forms;
        this.publishByKey = new TokenBuckets(Math.max(1, limits.publishPerKey()));
        this.publishByIp = new TokenBuckets(Math.max(1, limits.publishPerIp()));
        this.sparqlByIp = new TokenBuckets(Math.max(1, limits.sparqlPerIp()));
    }

    /** Mounts the limiter on every route of {@code router} (unless every limit is 0). */
    public void mount(Router router) {
        if (!limits.equals(RateLimits.OFF)) {
            router.route().handler(this);
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod m = ctx.request().method();
        String ip = Requests.client(ctx);
        if (isPublishing(m, path)) {
            if (refusePublishing(ctx, ip, Requests.apiKey(ctx).map(RateLimiter::hash), "per API key")) {
                return;
            }
        } else if (forms.covers(m, path)) {
            Optional<String> session = forms.session().apply(ctx).map(id -> hash("session " + id));
            if (refusePublishing(ctx, ip, session, "per signed-in session")) {
                return;
            }
        } else if (isSparqlQuery(ctx, m, path)
                && limits.sparqlPerIp() > 0
                && refuse(
                        ctx,
                        sparqlByIp.take(ip),
                        limits.sparqlPerIp() + " SPARQL queries per minute from one address")) {
            return;
        }
        ctx.next();
    }

    /** Takes a token from the client's bucket and the caller's ({@code caller}, if known); false when both had one. */
    private boolean refusePublishing(RoutingContext ctx, String ip, Optional<String> caller, String callerLimit) {
        if (limits.publishPerIp() > 0
                && refuse(
                        ctx,
                        publishByIp.take(ip),
                        limits.publishPerIp() + " publishing requests per minute from one address")) {
            return true;
        }
        return caller.isPresent()
                && limits.publishPerKey() > 0
                && refuse(
                        ctx,
                        publishByKey.take(caller.get()),
                        limits.publishPerKey() + " publishing requests per minute " + callerLimit);
    }

    /**
     * Publishing, withdrawing, and the workspace API's previews and saved mappings: each reads an upload or writes the
     * organisation's files on a worker, so they share the publishing buckets.
     */
    static boolean isPublishing(HttpMethod m, String path) {
        return (m == HttpMethod.POST
                        && (path.equals("/api/datasets")
                                || path.equals("/api/stories")
                                || path.startsWith("/api/workspace/")))
                || (m == HttpMethod.DELETE && path.startsWith("/api/datasets/"));
    }

    /** A query to {@code /sparql} (not the query page, which is a GET without {@code query=}). */
    private static boolean isSparqlQuery(RoutingContext ctx, HttpMethod m, String path) {
        return path.equals("/sparql")
                && (m == HttpMethod.POST
                        || (m == HttpMethod.GET && ctx.request().getParam("query") != null));
    }

    private static boolean refuse(RoutingContext ctx, long retryAfter, String limit) {
        if (retryAfter == 0) {
            return false;
        }
        ctx.fail(new ProblemException(
                        429,
                        "Too many requests",
                        "This node allows " + limit + ". Try again in " + retryAfter
                                + " s; for bulk work, space the requests out or ask the operator (--rate-publish, --rate-sparql).")
                .withHeader("Retry-After", Long.toString(retryAfter)));
        return true;
    }

    /** Buckets are named by the key's hash, so no secret is kept in memory longer than the request. */
    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
