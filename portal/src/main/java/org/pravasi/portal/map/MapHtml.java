package org.pravasi.portal.map;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pravasi.ontology.geo.Geography;
import org.pravasi.registry.web.Json;

/**
 * The content of the map page and of its embeddable version: heading, form, map, time control, legend, notes,
 * table, credits. Every block the script replaces when the selection changes carries {@code data-swap} and an id.
 */
final class MapHtml {
    /** Where operators read how to install the reference geography. */
    static final String GEOGRAPHY_HELP = "docs/map.md";
    private static final String HATCH = "<svg class=\"pv-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>"
            + "<pattern id=\"pv-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#e6e6e6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#595959\" stroke-width=\"2\"/>"
            + "</pattern></defs></svg>\n";

    private MapHtml() {
    }

    /** The page's title. */
    static String title(PageModel m) {
        MapTexts t = m.texts();
        return m.result() == null ? t.t("map.title") : t.f("map.titleOf", t.label(m.result().title(), t.t("map.title")));
    }

    /** The main content. */
    static String main(PageModel m) {
        MapTexts t = m.texts();
        StringBuilder b = new StringBuilder();
        if (m.result() == null) {
            b.append("<div id=\"pv-map-head\" data-swap><h1>").append(Html.esc(t.t("map.title"))).append("</h1>\n");
            problems(b, m);
            return b.append("<p>").append(Html.esc(t.t("map.noIndicators"))).append("</p></div>\n").toString();
        }
        MapResult r = m.result();
        b.append("<div id=\"pv-map-head\" data-swap>\n<h1").append(m.embed() ? " class=\"pv-embed-title\"" : "").append('>')
                .append(Html.esc(t.label(r.title(), t.t("map.title")))).append("</h1>\n");
        b.append("<p class=\"pv-map-subtitle\" id=\"pv-map-subtitle\">").append(Html.esc(subtitle(m.selection(), t))).append("</p>\n");
        problems(b, m);
        if (r.illustrative()) {
            b.append("<p class=\"pv-notice pv-illustrative\">").append(Html.esc(t.t("map.illustrative"))).append("</p>\n");
        }
        b.append("</div>\n");
        if (!m.embed()) {
            b.append(MapForm.render(m));
        }
        map(b, m);
        source(b, m);
        String caption = t.f("map.tableCaption", t.label(r.measure().label(), t.t("map.value")), subtitle(m.selection(), t));
        String table = MapTable.render(m, caption);
        if (m.embed()) {
            b.append("<details class=\"pv-embed-table\" id=\"pv-figures\" data-swap><summary>").append(Html.esc(t.t("map.tableSummary")))
                    .append("</summary>\n").append(table).append("</details>\n");
            b.append("<p class=\"pv-map-links\" id=\"pv-map-share\" data-swap><a id=\"pv-permalink\" href=\"").append(Html.esc(m.permalink()))
                    .append("\" target=\"_top\">").append(Html.esc(t.t("map.openFull"))).append("</a></p>\n");
        } else {
            b.append("<section id=\"pv-figures\" data-swap aria-labelledby=\"pv-table-heading\"><h2 id=\"pv-table-heading\">")
                    .append(Html.esc(t.t("map.figures"))).append("</h2>\n").append(table);
            if (m.params().state().isEmpty() && !m.params().all()) {
                b.append("<p><a id=\"pv-list-all\" href=\"").append(Html.esc(m.link(m.selection().period(), m.params().sort(), true)))
                        .append("\">").append(Html.esc(t.f("map.listAll", r.districts().size()))).append("</a></p>\n");
            }
            b.append("</section>\n");
            links(b, m);
        }
        return b.toString();
    }

    /** What the figures are: measure, period and how each dimension was treated. */
    static String subtitle(Selection s, MapTexts t) {
        String dims = s.choices().stream().map(c -> t.label(c.dimension().label(), c.dimension().param()) + ": " + switch (c.mode()) {
            case TOTAL -> t.t("map.total");
            case ALL -> t.t("map.allSummed");
            case CHOSEN -> c.codes().stream().map(code -> t.label(code.label(), code.notation())).collect(Collectors.joining(" + "));
        }).collect(Collectors.joining("; "));
        return t.label(s.indicator().measure().label(), t.t("map.value")) + ", " + s.period().label() + (dims.isEmpty() ? "" : "; " + dims);
    }

    private static void map(StringBuilder b, PageModel m) {
        MapTexts t = m.texts();
        MapResult r = m.result();
        if (!m.geography().installed()) {
            b.append("<div class=\"pv-notice pv-map-missing\" id=\"pv-map-missing\" role=\"note\"><h2>").append(Html.esc(t.t("map.missingTitle")))
                    .append("</h2>\n<p>").append(t.f("map.missingHelp", "<code>--geo DIR</code>", "<code>DIR</code>",
                            "<code>" + GEOGRAPHY_HELP + "</code>")).append("</p></div>\n");
            return;
        }
        Map<String, String> tips = Map.of("suppressed", t.t("map.suppressed"), "nodata", t.t("map.nodata"), "source", t.t("map.source"),
                "includes", t.t("map.tipIncludes"), "loading", t.t("map.loading"), "failed", t.t("map.failed"));
        b.append(HATCH).append("<div class=\"pv-map-wrap\">\n<div id=\"pv-map\" class=\"pv-map\" role=\"region\" aria-label=\"")
                .append(Html.esc(t.f("map.mapLabel", t.label(r.measure().label(), t.t("map.value"))))).append('"');
        attr(b, "data-api", MapLinks.api(m.selection()));
        attr(b, "data-districts", "/geo/districts.geojson");
        attr(b, "data-states", "/geo/states.geojson");
        attr(b, "data-state", m.params().state());
        attr(b, "data-embed", String.valueOf(m.embed()));
        attr(b, "data-lang", t.lang());
        attr(b, "data-texts", json(tips));
        b.append(">\n<p class=\"pv-map-nojs\">").append(Html.esc(t.t("map.noScript"))).append("</p>\n</div>\n")
                .append("<div class=\"pv-map-side\" id=\"pv-map-side\" data-swap>\n");
        timeControl(b, m);
        b.append(MapLegend.render(r, t));
        notes(b, m);
        b.append("</div>\n</div>\n<p class=\"pv-attribution\" id=\"pv-attribution\">").append(Html.esc(Geography.ATTRIBUTION)).append("</p>\n");
    }

    /** The time control: hidden until the script shows it (the form's period list does the job without script). */
    private static void timeControl(StringBuilder b, PageModel m) {
        MapTexts t = m.texts();
        List<PeriodInfo> periods = m.selection().indicator().periods();
        int at = periods.indexOf(m.selection().period());
        b.append("<div class=\"pv-time\" id=\"pv-time\" hidden>\n<p class=\"pv-time-label\" id=\"pv-time-label\">").append(Html.esc(t.t("map.period")))
                .append(": <output id=\"pv-time-value\" for=\"pv-time-range\">").append(Html.esc(m.selection().period().label())).append("</output></p>\n")
                .append("<button type=\"button\" id=\"pv-time-prev\" aria-label=\"").append(Html.esc(t.t("map.previous"))).append("\"")
                .append(at <= 0 ? " disabled" : "").append(">‹</button>\n<input type=\"range\" id=\"pv-time-range\" min=\"0\" max=\"")
                .append(periods.size() - 1).append("\" step=\"1\" value=\"").append(at).append("\" aria-labelledby=\"pv-time-label\" aria-valuetext=\"")
                .append(Html.esc(m.selection().period().label())).append('"');
        attr(b, "data-links", json(periods.stream().map(p -> m.link(p, m.params().sort(), m.params().all())).toList()));
        attr(b, "data-labels", json(periods.stream().map(PeriodInfo::label).toList()));
        b.append(">\n<button type=\"button\" id=\"pv-time-next\" aria-label=\"").append(Html.esc(t.t("map.next"))).append("\"")
                .append(at >= periods.size() - 1 ? " disabled" : "").append(">›</button>\n<button type=\"button\" id=\"pv-time-play\"");
        attr(b, "data-play", t.t("map.play"));
        attr(b, "data-pause", t.t("map.pause"));
        b.append(periods.size() < 2 ? " disabled" : "").append('>').append(Html.esc(t.t("map.play"))).append("</button>\n</div>\n");
    }

    private static void notes(StringBuilder b, PageModel m) {
        MapTexts t = m.texts();
        MapResult r = m.result();
        long without = m.geography().districts().values().stream().filter(d -> !d.boundary()).count();
        b.append("<div class=\"pv-map-notes\" id=\"pv-map-notes\"><p>").append(Html.esc(t.f("map.notes2011", without))).append("</p>\n");
        List<String> drawn = r.parents().stream().map(p -> name(r, p.lgd()) + " (" + t.t("map.with") + " " + p.includes().stream()
                .filter(l -> !l.equals(p.lgd())).map(l -> name(r, l)).collect(Collectors.joining(", ")) + ")").toList();
        if (!drawn.isEmpty()) {
            b.append("<p>").append(Html.esc(t.f("map.drawnTogether", String.join("; ", drawn)))).append("</p>\n");
        }
        List<String> tableOnly = r.districts().stream().filter(d -> !d.boundary() && d.mapsTo2011() == null && d.status() != Status.NODATA)
                .map(DistrictValue::name).toList();
        if (!tableOnly.isEmpty()) {
            b.append("<p>").append(Html.esc(t.f("map.tableOnly", String.join(", ", tableOnly)))).append("</p>\n");
        }
        b.append("</div>\n");
    }

    private static void source(StringBuilder b, PageModel m) {
        MapTexts t = m.texts();
        MapResult r = m.result();
        String dataset = "<a href=\"" + Html.esc(MapLinks.local(r.dataset(), m.baseUri())) + "\"" + (m.embed() ? " target=\"_top\"" : "") + ">"
                + Html.esc(t.label(r.title(), r.dataset())) + "</a>";
        b.append("<p class=\"pv-source\" id=\"pv-source\" data-swap>");
        if (r.org().uri() != null) {
            String org = "<a href=\"" + Html.esc(MapLinks.local(r.org().uri(), m.baseUri())) + "\"" + (m.embed() ? " target=\"_top\"" : "") + ">"
                    + Html.esc(t.label(r.org().label(), r.org().uri())) + "</a>";
            b.append(t.f("map.sourceBy", dataset, org));
        } else {
            b.append(t.f("map.sourceOnly", dataset));
        }
        b.append(' ').append(Html.esc(t.f("map.suppressionNote", r.threshold() - 1))).append("</p>\n");
    }

    private static void links(StringBuilder b, PageModel m) {
        MapTexts t = m.texts();
        String embed = "<iframe src=\"" + m.embedLink() + "\" width=\"100%\" height=\"600\" title=\""
                + Html.esc(title(m)) + "\" loading=\"lazy\"></iframe>";
        b.append("<section class=\"pv-map-share\" id=\"pv-map-share\" data-swap aria-label=\"").append(Html.esc(t.t("map.share")))
                .append("\"><p><a id=\"pv-permalink\" href=\"").append(Html.esc(m.permalink())).append("\">").append(Html.esc(t.t("map.permalink")))
                .append("</a> · <a id=\"pv-json\" href=\"").append(Html.esc(MapLinks.api(m.selection()))).append("\">")
                .append(Html.esc(t.t("map.json"))).append("</a></p>\n<details><summary>").append(Html.esc(t.t("map.embed")))
                .append("</summary>\n<label for=\"pv-embed-code\">").append(Html.esc(t.t("map.embedCopy")))
                .append("</label>\n<textarea id=\"pv-embed-code\" readonly rows=\"3\">").append(Html.esc(embed))
                .append("</textarea>\n<p><a id=\"pv-embed-preview\" href=\"").append(Html.esc(m.embedLink())).append("\">")
                .append(Html.esc(t.t("map.embedPreview"))).append("</a></p></details></section>\n");
    }

    private static void problems(StringBuilder b, PageModel m) {
        List<String> problems = m.resolution().problems();
        if (problems.isEmpty()) {
            return;
        }
        b.append("<div class=\"pv-notice\" role=\"status\"><p>").append(Html.esc(m.texts().t("map.reset"))).append("</p><ul>\n");
        problems.forEach(p -> b.append("<li>").append(Html.esc(p)).append("</li>\n"));
        b.append("</ul></div>\n");
    }

    private static void attr(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(Html.esc(value)).append('"');
    }

    private static String json(Object value) {
        return Json.MAPPER.writeValueAsString(value);
    }

    private static String name(MapResult r, String lgd) {
        return r.districts().stream().filter(d -> d.lgd().equals(lgd)).map(DistrictValue::name).findFirst().orElse(lgd);
    }
}
