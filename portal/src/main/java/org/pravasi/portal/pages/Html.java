package org.pravasi.portal.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for HTML text, attributes, URL query values and JSON inside a script element. */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so the text is safe in element content and in quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Encodes a query-string value. */
    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** Makes JSON safe inside {@code <script type="application/ld+json">}: no {@code </}, no {@code <!--}, no line separators. */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** A link: {@code <a href="href">text</a>}, both escaped; a target other than a path, http(s) or mailto becomes {@code #}. */
    public static String link(String href, String text) {
        return "<a href=\"" + escape(safeHref(href)) + "\">" + escape(text) + "</a>";
    }

    /** {@code href} when it is a local path, a fragment, or an http, https or mailto URL; otherwise {@code #}. */
    public static String safeHref(String href) {
        if (href == null) {
            return "#";
        }
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        boolean ok = (h.startsWith("/") && !h.startsWith("//")) || h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://")
                || h.startsWith("mailto:");
        return ok ? href : "#";
    }
}
