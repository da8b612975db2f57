package org.pravasi.portal.map;

import java.util.List;
import java.util.stream.Collectors;
import org.pravasi.ontology.geo.Geography;

/** The content of the map page and of its embeddable version: heading, form, map, legend, notes, table, credits. */
final class MapHtml {
    /** Where operators read how to install the reference geography. */
    static final String GEOGRAPHY_HELP = "docs/map.md";
    private static final String HATCH = "<svg class=\"pv-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>"
            + "<pattern id=\"pv-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#e0e0e0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#6b6b6b\" stroke-width=\"2\"/>"
            + "</pattern></defs></svg>\n";

    private MapHtml() {
    }

    /** The page's title. */
    static String title(PageModel m) {
        return m.result() == null ? "District map" : "Map: " + m.result().title().best("District map");
    }

    /** The main content. */
    static String main(PageModel m) {
        StringBuilder b = new StringBuilder();
        if (m.result() == null) {
            b.append("<h1>District map</h1>\n");
            problems(b, m.resolution().problems());
            return b.append("<p>No dataset with figures by district has been published yet. Once an organisation publishes one, it can be mapped here.</p>\n").toString();
        }
        MapResult r = m.result();
        b.append(m.embed() ? "<h1 class=\"pv-embed-title\">" : "<h1>").append(Html.esc(r.title().best("District map"))).append("</h1>\n");
        b.append("<p class=\"pv-map-subtitle\" id=\"pv-map-subtitle\">").append(Html.esc(subtitle(m.selection()))).append("</p>\n");
        problems(b, m.resolution().problems());
        if (r.illustrative()) {
            b.append("<p class=\"pv-notice pv-illustrative\">Illustrative figures: the split by district and period was made up for demonstration")
                    .append(" and is not published by the organisation.</p>\n");
        }
        if (!m.embed()) {
            b.append(MapForm.render(m.path(), m.indicators(), m.selection(), m.geography().states(), m.params()));
        }
        map(b, m);
        source(b, m);
        String caption = r.measure().label().best("Figures") + " by district — " + subtitle(m.selection());
        String table = MapTable.render(r, MapTable.rows(r, m.params()), m.params(), caption, m.geography().installed(), m::sortLink);
        if (m.embed()) {
            b.append("<details class=\"pv-embed-table\"><summary>Table of the figures</summary>\n").append(table).append("</details>\n");
            b.append("<p class=\"pv-map-links\"><a href=\"").append(Html.esc(m.permalink())).append("\" target=\"_top\">")
                    .append("Open this map on Pravasi Data Commons</a></p>\n");
        } else {
            b.append("<section aria-labelledby=\"pv-table-heading\"><h2 id=\"pv-table-heading\">The figures</h2>\n").append(table);
            if (m.params().state().isEmpty() && !m.params().all()) {
                b.append("<p><a href=\"").append(Html.esc(m.path() + "?" + MapLinks.query(m.selection(), "", m.params().sort()) + "&all=1"))
                        .append("\">List all ").append(r.districts().size()).append(" districts, with those without data</a></p>\n");
            }
            b.append("</section>\n");
            links(b, m);
        }
        return b.toString();
    }

    /** What the figures are: measure, period and how each dimension was treated. */
    static String subtitle(Selection s) {
        String dims = s.choices().stream().map(c -> c.dimension().label().best(c.dimension().param()) + ": " + switch (c.mode()) {
            case TOTAL -> "Total";
            case ALL -> "All (summed)";
            case CHOSEN -> c.codes().stream().map(code -> code.label().best(code.notation())).collect(Collectors.joining(" + "));
        }).collect(Collectors.joining("; "));
        return s.indicator().measure().label().best("value") + ", " + s.period().label() + (dims.isEmpty() ? "" : "; " + dims);
    }

    private static void map(StringBuilder b, PageModel m) {
        MapResult r = m.result();
        if (!m.geography().installed()) {
            b.append("<div class=\"pv-notice pv-map-missing\" role=\"note\"><h2>No map on this portal yet</h2>\n<p>The district boundaries")
                    .append(" (reference geography) are not installed here, so only the table is shown. An operator adds them by starting")
                    .append(" the portal once with <code>--geo DIR</code>, where <code>DIR</code> holds the district boundaries and LGD")
                    .append(" code tables; see <code>").append(GEOGRAPHY_HELP).append("</code> and the README (\"Reference geography\").</p></div>\n");
            return;
        }
        b.append(HATCH).append("<div class=\"pv-map-wrap\">\n<div id=\"pv-map\" class=\"pv-map\" role=\"region\" aria-label=\"")
                .append(Html.esc("Map of " + r.measure().label().best("figures") + " by district; the table below has the same figures"))
                .append("\" data-api=\"").append(Html.esc(MapLinks.api(m.selection())))
                .append("\" data-districts=\"/geo/districts.geojson\" data-states=\"/geo/states.geojson\" data-state=\"")
                .append(Html.esc(m.params().state())).append("\" data-embed=\"").append(m.embed()).append("\" data-sort=\"")
                .append(Html.esc(m.params().sort())).append("\" data-all=\"").append(m.params().all()).append("\">\n")
                .append("<p class=\"pv-map-nojs\">The map needs JavaScript; the table below has every figure.</p>\n</div>\n")
                .append(MapLegend.render(r));
        notes(b, m);
        b.append("<p class=\"pv-attribution\">").append(Html.esc(Geography.ATTRIBUTION)).append("</p>\n</div>\n");
    }

    private static void notes(StringBuilder b, PageModel m) {
        MapResult r = m.result();
        long without = m.geography().districts().values().stream().filter(d -> !d.boundary()).count();
        b.append("<div class=\"pv-map-notes\" id=\"pv-map-notes\"><p>Boundaries are those of the 2011 Census: ").append(without)
                .append(" districts created since have no polygon of their own. Their figures are drawn on the 2011 district they")
                .append(" were carved out of, where there is one, and are always in the table.</p>\n");
        List<String> drawn = r.parents().stream().map(p -> name(r, p.lgd()) + " (with " + p.includes().stream()
                .filter(l -> !l.equals(p.lgd())).map(l -> name(r, l)).collect(Collectors.joining(", ")) + ")").toList();
        if (!drawn.isEmpty()) {
            b.append("<p>Drawn together on a 2011 boundary here: ").append(Html.esc(String.join("; ", drawn))).append(".</p>\n");
        }
        List<String> tableOnly = r.districts().stream().filter(d -> !d.boundary() && d.mapsTo2011() == null && d.status() != Status.NODATA)
                .map(DistrictValue::name).toList();
        if (!tableOnly.isEmpty()) {
            b.append("<p>In the table only (no boundary, no single 2011 parent): ").append(Html.esc(String.join(", ", tableOnly))).append(".</p>\n");
        }
        b.append("</div>\n");
    }

    private static void source(StringBuilder b, PageModel m) {
        MapResult r = m.result();
        b.append("<p class=\"pv-source\" id=\"pv-source\">Source: <a href=\"").append(Html.esc(MapLinks.local(r.dataset(), m.baseUri())))
                .append("\">").append(Html.esc(r.title().best(r.dataset()))).append("</a>");
        if (r.org().uri() != null) {
            b.append(", published by <a href=\"").append(Html.esc(MapLinks.local(r.org().uri(), m.baseUri()))).append("\">")
                    .append(Html.esc(r.org().label().best(r.org().uri()))).append("</a>");
        }
        b.append(". Counts from 1 to ").append(r.threshold() - 1).append(" are suppressed to protect privacy, and so is any figure")
                .append(" that would include one; such districts are marked, never shown as a partial sum.</p>\n");
    }

    private static void links(StringBuilder b, PageModel m) {
        String embed = "<iframe src=\"" + m.embedLink() + "\" width=\"100%\" height=\"560\" title=\""
                + Html.esc(title(m)) + "\" loading=\"lazy\"></iframe>";
        b.append("<section class=\"pv-map-share\" aria-label=\"Share\"><p><a id=\"pv-permalink\" href=\"").append(Html.esc(m.permalink()))
                .append("\">Permalink to this map</a> · <a id=\"pv-json\" href=\"").append(Html.esc(MapLinks.api(m.selection())))
                .append("\">Figures as JSON</a></p>\n<details><summary>Embed this map</summary>\n<label for=\"pv-embed-code\">")
                .append("Copy this code into your page:</label>\n<textarea id=\"pv-embed-code\" readonly rows=\"3\">").append(Html.esc(embed))
                .append("</textarea></details></section>\n");
    }

    private static void problems(StringBuilder b, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        b.append("<div class=\"pv-notice\" role=\"status\"><p>Some choices did not apply to this dataset and were reset:</p><ul>\n");
        problems.forEach(p -> b.append("<li>").append(Html.esc(p)).append("</li>\n"));
        b.append("</ul></div>\n");
    }

    private static String name(MapResult r, String lgd) {
        return r.districts().stream().filter(d -> d.lgd().equals(lgd)).map(DistrictValue::name).findFirst().orElse(lgd);
    }
}
