package org.pravasi.portal.map;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The page around the map: a minimal layout, kept apart so that the portal's shared layout can replace it. Scripts
 * are external files only (the pages are served with a strict CSP).
 */
final class MapLayout {
    /**
     * How to lay the page out.
     *
     * @param embed          the embeddable version (no header, navigation or footer)
     * @param withMap        whether to load Leaflet and the map's script
     * @param leafletVersion the WebJar's version, part of its path
     * @param texts          the interface texts
     * @param path           the page's path, for the language switch
     * @param query          the raw query string of the request, for the language switch
     */
    record Options(boolean embed, boolean withMap, String leafletVersion, MapTexts texts, String path, String query) {
    }

    private MapLayout() {
    }

    /** A whole HTML document. */
    static String page(String title, String main, Options o) {
        MapTexts t = o.texts();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(title)).append(" — ").append(Html.esc(t.t("map.site"))).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n");
        if (o.withMap()) {
            b.append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/").append(o.leafletVersion()).append("/dist/leaflet.css\">\n");
        }
        b.append("<link rel=\"stylesheet\" href=\"/static/map.css\">\n");
        if (o.withMap()) {
            b.append("<script defer src=\"/webjars/leaflet/").append(o.leafletVersion()).append("/dist/leaflet.js\"></script>\n")
                    .append("<script type=\"module\" src=\"/map/map.js\"></script>\n");
        }
        b.append("</head>\n<body class=\"").append(o.embed() ? "pv-embed" : "pv-page").append("\">\n");
        if (!o.embed()) {
            b.append("<a class=\"pv-skip\" href=\"#main\">").append(Html.esc(t.t("map.skip"))).append("</a>\n<header class=\"pv-header\">")
                    .append("<a class=\"pv-site\" href=\"/\">").append(Html.esc(t.t("map.site"))).append("</a>\n<nav aria-label=\"")
                    .append(Html.esc(t.t("map.navLabel"))).append("\"><a href=\"/search\">").append(Html.esc(t.t("map.navSearch")))
                    .append("</a> <a href=\"/map\" aria-current=\"page\">").append(Html.esc(t.t("map.navMap"))).append("</a> <a href=\"/sparql\">SPARQL</a></nav>\n")
                    .append("<p class=\"pv-lang\">").append(langLink(o, "en", "English")).append(" · ").append(langLink(o, "hi", "हिन्दी"))
                    .append("</p></header>\n");
        }
        b.append("<main id=\"main\">\n").append(main).append("</main>\n");
        if (!o.embed()) {
            b.append("<footer class=\"pv-footer\"><p>").append(Html.esc(t.t("map.footer"))).append("</p></footer>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** The stylesheets and scripts the map needs, for the {@code <head>} of the portal's shared layout. */
    static String head(boolean withMap, String leafletVersion) {
        StringBuilder b = new StringBuilder();
        if (withMap) {
            b.append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/").append(leafletVersion).append("/dist/leaflet.css\">\n");
        }
        b.append("<link rel=\"stylesheet\" href=\"/static/map.css\">\n");
        if (withMap) {
            b.append("<script defer src=\"/webjars/leaflet/").append(leafletVersion).append("/dist/leaflet.js\"></script>\n")
                    .append("<script type=\"module\" src=\"/map/map.js\"></script>\n");
        }
        return b.toString();
    }

    private static String langLink(Options o, String lang, String name) {
        if (o.texts().lang().equals(lang)) {
            return "<span lang=\"" + lang + "\" aria-current=\"true\">" + name + "</span>";
        }
        String rest = Arrays.stream(o.query().split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(Collectors.joining("&"));
        String href = o.path() + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + lang;
        return "<a href=\"" + Html.esc(href) + "\" lang=\"" + lang + "\" hreflang=\"" + lang + "\">" + name + "</a>";
    }
}
