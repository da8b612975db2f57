package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small checks on HTML responses shared by the page tests. */
final class PageAssertions {
    private PageAssertions() {}

    /** Asserts a 200 HTML page with the security headers. */
    static String okPage(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), () -> r.uri() + ": " + r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                r.uri().toString());
        assertSecure(r);
        return r.body();
    }

    /** Asserts the CSP (no inline script), nosniff and referrer policy headers. */
    static void assertSecure(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), r.uri() + " CSP: " + csp);
        assertTrue(!csp.contains("unsafe-inline"), r.uri() + " CSP: " + csp);
        assertEquals(
                "nosniff",
                r.headers().firstValue("X-Content-Type-Options").orElse(""),
                r.uri().toString());
        assertTrue(
                r.headers().firstValue("Referrer-Policy").isPresent(), r.uri().toString());
    }

    /** Every match of group 1 of {@code regex} in {@code text}. */
    static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Asserts the page has no inline script: every script element has a src or is JSON-LD data. */
    static void noInlineScript(String html) {
        for (String tag : all("(<script[^>]*>)", html)) {
            assertTrue(tag.contains(" src=") || tag.contains("application/ld+json"), "inline script: " + tag);
        }
    }
}
