package org.pravasi.portal.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL query values, safe link targets and JSON inside a script element; HTML escaping is the templates' (jte). */
public final class Html {
    private Html() {}

    /** Encodes a query-string value. */
    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /**
     * Makes JSON safe inside {@code <script type="application/ld+json">}: no {@code </}, no {@code <!--}, no line
     * separators.
     */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** {@code href} when it is a local path, a fragment, or an http, https or mailto URL; otherwise {@code #}. */
    public static String safeHref(String href) {
        if (href == null) {
            return "#";
        }
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        boolean ok = (h.startsWith("/") && !h.startsWith("//"))
                || h.startsWith("#")
                || h.startsWith("https://")
                || h.startsWith("http://")
                || h.startsWith("mailto:");
        return ok ? href : "#";
    }
}
