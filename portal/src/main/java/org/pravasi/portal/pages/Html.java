package org.pravasi.portal.pages;

import gg.jte.Content;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

    /**
     * The {@code lang} attribute of a name on a page in {@code pageLang}: {@code "en"} when a Hindi page shows a name
     * the data have only in English (Latin letters, no Devanagari), so that it is read out as English; otherwise
     * {@code null}, which leaves the attribute out.
     */
    public static String fallBackLang(String name, String pageLang) {
        if (!"hi".equals(pageLang) || name == null) {
            return null;
        }
        boolean latin = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.DEVANAGARI) {
                return null;
            }
            latin |= script == Character.UnicodeScript.LATIN && Character.isLetter(c);
        }
        return latin ? "en" : null;
    }

    /**
     * {@code name} as markup on a page in {@code pageLang}: escaped, and inside {@code <span lang="en">} when it is an
     * English fall-back ({@link #fallBackLang}); for a name inside a sentence, where no element of its own holds it.
     */
    public static Content named(String name, String pageLang) {
        return Templates.of(
                "pages/named.jte",
                Map.of("name", name == null ? "" : name, "pageLang", pageLang == null ? "" : pageLang));
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
