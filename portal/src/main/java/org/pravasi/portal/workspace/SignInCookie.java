package org.pravasi.portal.workspace;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The sign-in form's cookie: the form's token ({@link SignInTokens}), kept by the browser for
 * {@link SignInTokens#LIFETIME}; {@code HttpOnly}, {@code SameSite=Lax}, path {@code /publish} and {@code Secure} as
 * the session cookie is ({@link SessionCookie}). Only the sign-in page sets it and only a sign-in reads it.
 */
final class SignInCookie {
    /** The cookie's name. */
    static final String NAME = "pdc_signin";

    private SignInCookie() {}

    /** The token the browser sent, if any. */
    static Optional<String> read(RoutingContext ctx) {
        Cookie c = ctx.request().getCookie(NAME);
        return c == null ? Optional.empty() : Optional.of(c.getValue());
    }

    /** Gives the browser {@code token}. */
    static void set(RoutingContext ctx, String token) {
        ctx.response().addCookie(cookie(ctx, token).setMaxAge(SignInTokens.LIFETIME.toSeconds()));
    }

    /** Tells the browser to forget the token (after it signed in). */
    static void clear(RoutingContext ctx) {
        ctx.response().addCookie(cookie(ctx, "").setMaxAge(0));
    }

    private static Cookie cookie(RoutingContext ctx, String value) {
        return Cookie.cookie(NAME, value)
                .setPath(SessionCookie.PATH)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(SessionCookie.overTls(ctx));
    }
}
