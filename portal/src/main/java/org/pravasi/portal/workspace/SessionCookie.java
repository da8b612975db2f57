package org.pravasi.portal.workspace;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The session cookie: {@code HttpOnly}, {@code SameSite=Lax}, path {@code /publish} (so no other route ever receives
 * it), no {@code Max-Age} (the server ends sessions), and {@code Secure} whenever the browser reached the portal over
 * TLS: the connection is TLS, or it comes from a proxy on this machine (a loopback address, the only proxy trusted)
 * that says {@code X-Forwarded-Proto: https}.
 */
final class SessionCookie {
    /** The cookie's name. */
    static final String NAME = "pdc_session";
    /** Only the workspace's routes receive the cookie. */
    static final String PATH = "/publish";

    private SessionCookie() {}

    /** The session id the browser sent, if any. */
    static Optional<String> read(RoutingContext ctx) {
        Cookie c = ctx.request().getCookie(NAME);
        return c == null ? Optional.empty() : Optional.of(c.getValue());
    }

    /** Sets the cookie to {@code session}'s id. */
    static void set(RoutingContext ctx, Session session) {
        ctx.response().addCookie(cookie(ctx, session.id()));
    }

    /** Tells the browser to forget the cookie. */
    static void clear(RoutingContext ctx) {
        ctx.response().addCookie(cookie(ctx, "").setMaxAge(0));
    }

    private static Cookie cookie(RoutingContext ctx, String value) {
        return Cookie.cookie(NAME, value)
                .setPath(PATH)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(overTls(ctx));
    }

    /** Whether the browser's connection is TLS, as far as this portal can trust what it is told. */
    static boolean overTls(RoutingContext ctx) {
        if (ctx.request().isSSL()) {
            return true;
        }
        String proto = ctx.request().getHeader("X-Forwarded-Proto");
        return proto != null && proto.strip().equalsIgnoreCase("https") && fromLoopback(ctx);
    }

    private static boolean fromLoopback(RoutingContext ctx) {
        if (ctx.request().remoteAddress() == null
                || ctx.request().remoteAddress().hostAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.request().remoteAddress().hostAddress())
                    .isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
