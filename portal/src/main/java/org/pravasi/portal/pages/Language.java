package org.pravasi.portal.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the interface language: {@code ?lang=} (remembered in the {@code lang} cookie), then the cookie, then
 * Accept-Language.
 */
final class Language {
    /** The cookie that remembers the choice. */
    static final String COOKIE = "lang";
    /** How long the choice is remembered: one year. */
    static final long MAX_AGE_SECONDS = 365L * 24 * 3600;

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private Language() {}

    /** The language the visitor chose: a valid {@code ?lang=}, else the cookie; empty when neither says. */
    static Optional<String> chosen(RoutingContext ctx) {
        String asked = ctx.request().getParam("lang");
        if (asked != null && Messages.LANGUAGES.contains(asked)) {
            return Optional.of(asked);
        }
        Cookie c = ctx.request().getCookie(COOKIE);
        return c != null && Messages.LANGUAGES.contains(c.getValue()) ? Optional.of(c.getValue()) : Optional.empty();
    }

    /**
     * The language a text is written in, as far as its script tells: Hindi for any Devanagari, else English for Latin
     * letters; empty for neither (digits, punctuation).
     */
    static Optional<String> ofText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (DEVANAGARI.matcher(text).find()) {
            return Optional.of("hi");
        }
        return LATIN.matcher(text).find() ? Optional.of("en") : Optional.empty();
    }

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
