package org.pravasi.portal.map;

/**
 * The page around the map: a minimal layout linking the portal's stylesheet, kept apart so that the portal's
 * shared layout can replace it. Scripts are external files only (the pages are served with a strict CSP).
 */
final class MapLayout {
    private MapLayout() {
    }

    /** A whole HTML document; the map's scripts are included only when {@code withMap}. */
    static String page(String title, String main, boolean embed, boolean withMap, String leafletVersion) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(title)).append(" — Pravasi Data Commons</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/style.css\">\n");
        if (withMap) {
            b.append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/").append(leafletVersion).append("/dist/leaflet.css\">\n");
        }
        b.append("<link rel=\"stylesheet\" href=\"/static/map.css\">\n");
        if (withMap) {
            b.append("<script defer src=\"/webjars/leaflet/").append(leafletVersion).append("/dist/leaflet.js\"></script>\n")
                    .append("<script type=\"module\" src=\"/map/map.js\"></script>\n");
        }
        b.append("</head>\n<body class=\"").append(embed ? "pv-embed" : "pv-page").append("\">\n");
        if (!embed) {
            b.append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\"><a class=\"site-name\" href=\"/\">")
                    .append("Pravasi Data Commons</a>\n<nav aria-label=\"Main\"><a href=\"/search\">Search</a> <a href=\"/map\" aria-current=\"page\">")
                    .append("Map</a> <a href=\"/sparql\">SPARQL</a></nav></header>\n");
        }
        b.append("<main id=\"main\">\n").append(main).append("</main>\n");
        if (!embed) {
            b.append("<footer class=\"site-footer\"><p>Figures are anonymised aggregates published by partner organisations.")
                    .append(" Every figure links to its dataset and publisher.</p></footer>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }
}
