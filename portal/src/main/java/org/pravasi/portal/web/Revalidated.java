package org.pravasi.portal.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers built from published data, sent so that every cache asks again before reusing them: {@code Cache-Control:
 * no-cache} with a strong {@code ETag} of the body, and {@code 304 Not Modified} when the client holds that body. A
 * withdrawal or a replacement then reaches every reader at once, a shared cache (a CDN, a proxy) included, where a
 * {@code max-age} let a cache serve withdrawn figures until it ran out (review 38b); an unchanged answer still costs a
 * reader no bytes.
 */
public final class Revalidated {
    private Revalidated() {}

    /** Sends {@code body} as {@code contentType} to {@code ctx}, or 304 when its {@code If-None-Match} names it. */
    public static void send(RoutingContext ctx, String contentType, String body) {
        send(ctx, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code body} as {@code contentType} to {@code ctx}, or 304 when its {@code If-None-Match} names it. */
    public static void send(RoutingContext ctx, String contentType, byte[] body) {
        String etag = etag(body);
        HttpServerResponse response = ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", "no-cache");
        if (matches(ctx.request().getHeader("If-None-Match"), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", contentType).end(Buffer.buffer(body));
    }

    /** A strong entity tag of {@code body}: the first 128 bits of its SHA-256, quoted. */
    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks for GET). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
