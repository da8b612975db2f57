package org.pravasi.portal.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the interface language: {@code ?lang=} (remembered in the {@code lang} cookie), then the cookie, then
 * Accept-Language.
 */
final class Language {
    /** The cookie that remembers the choice. */
    static final String COOKIE = "lang";
    /** How long the choice is remembered: one year. */
    static final long MAX_AGE_SECONDS = 365L * 24 * 3600;

    private Language() {}

    /** The language for this request; sets the cookie when {@code ?lang=} chose one. */
    static String of(RoutingContext ctx) {
        String asked = ctx.request().getParam("lang");
        if (asked != null && Messages.LANGUAGES.contains(asked)) {
            ctx.response()
                    .addCookie(Cookie.cookie(COOKIE, asked)
                            .setPath("/")
                            .setMaxAge(MAX_AGE_SECONDS)
                            .setSameSite(CookieSameSite.LAX)
                            .setHttpOnly(true));
            return asked;
        }
        Cookie c = ctx.request().getCookie(COOKIE);
        if (c != null && Messages.LANGUAGES.contains(c.getValue())) {
            return c.getValue();
        }
        String accept = ctx.request().getHeader("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].strip().toLowerCase();
                if (tag.startsWith("hi")) {
                    return "hi";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return Messages.LANGUAGES.getFirst();
    }
}
