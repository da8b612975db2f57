package org.pravasi.portal.map;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pravasi.portal.pages.Html;
import org.pravasi.portal.pages.Templates;
import org.pravasi.registry.web.Json;

/**
 * The content of the map page and of its embeddable version ({@code map/main.jte} and its partials): heading, form,
 * map, time control, legend, notes, table, credits. Every block the script replaces when the selection changes carries
 * {@code data-swap} and an id. This class holds the texts the templates compute.
 */
final class MapHtml {
    /** Where operators read how to install the reference geography. */
    static final String GEOGRAPHY_HELP = "docs/map.md";

    private MapHtml() {}

    /** The page's title. */
    static String title(PageModel m) {
        MapTexts t = m.texts();
        return m.result() == null
                ? t.t("map.title")
                : t.f("map.titleOf", t.label(m.result().title(), t.t("map.title")));
    }

    /** The main content, rendered at once (the caller runs on a worker thread). */
    static Content main(PageModel m) {
        return Templates.renderNow("map/main.jte", Map.of("m", m));
    }

    /** What the figures are: measure, period and how each dimension was treated. */
    static String subtitle(Selection s, MapTexts t) {
        String dims = s.choices().stream()
                .map(c -> t.label(c.dimension().label(), c.dimension().param()) + ": "
                        + switch (c.mode()) {
                            case TOTAL -> t.t("map.total");
                            case ALL -> t.t("map.allSummed");
                            case CHOSEN ->
                                c.codes().stream()
                                        .map(code -> t.label(code.label(), code.notation()))
                                        .collect(Collectors.joining(" + "));
                        })
                .collect(Collectors.joining("; "));
        return t.label(s.indicator().measure().label(), t.t("map.value")) + ", "
                + s.period().labelIn(t.lang()) + (dims.isEmpty() ? "" : "; " + dims);
    }

    /** The texts the map's script shows, as JSON for {@code data-texts}. */
    static String tips(MapTexts t) {
        return json(Map.ofEntries(
                Map.entry("yearWithheld", t.t("map.yearWithheld")),
                Map.entry("yearIncomplete", t.t("map.yearIncomplete")),
                Map.entry("quarters", t.t("map.quarters")),
                Map.entry("months", t.t("map.months")),
                Map.entry("tapAgain", t.t("map.tapAgain")),
                Map.entry("symbols", t.t("map.symbols")),
                Map.entry("suppressed", t.t("map.suppressed")),
                Map.entry("nodata", t.t("map.nodata")),
                Map.entry("source", t.t("map.source")),
                Map.entry("includes", t.t("map.tipIncludes")),
                Map.entry("loading", t.t("map.loading")),
                Map.entry("failed", t.t("map.failed"))));
    }

    /**
     * The 2011 polygons drawn with the districts carved out of them since, "Parent (with A, B); …", named in the page's
     * language (English names on a Hindi page marked as English); empty when there are none.
     */
    static List<Content> drawnTogether(MapResult r, MapTexts t) {
        return r.parents().stream()
                .map(p -> (Content) out -> {
                    name(r, p.lgd(), t).writeTo(out);
                    Escape.htmlContent(" (" + t.t("map.with") + " ", out);
                    joined(
                                    p.includes().stream()
                                            .filter(l -> !l.equals(p.lgd()))
                                            .map(l -> name(r, l, t))
                                            .toList(),
                                    ", ")
                            .writeTo(out);
                    Escape.htmlContent(")", out);
                })
                .toList();
    }

    /** Districts with figures but no polygon of their own or of a 2011 parent: shown in the table only. */
    static List<Content> tableOnly(MapResult r, MapTexts t) {
        return r.districts().stream()
                .filter(d -> !d.boundary() && d.mapsTo2011() == null && d.status() != Status.NODATA)
                .map(d -> Html.named(d.nameIn(t.lang()), t.lang()))
                .toList();
    }

    /** {@code parts} one after another, {@code separator} (escaped) between them. */
    static Content joined(List<Content> parts, String separator) {
        return out -> {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    Escape.htmlContent(separator, out);
                }
                parts.get(i).writeTo(out);
            }
        };
    }

    /** The markup a site copies to embed the map (shown as text in the page). */
    static String embedCode(PageModel m) {
        return Templates.render("map/embedCode.jte", Map.of("src", m.embedLink(), "title", title(m)));
    }

    /** {@code value} as JSON, for a data attribute. */
    static String json(Object value) {
        return Json.MAPPER.writeValueAsString(value);
    }

    private static Content name(MapResult r, String lgd, MapTexts t) {
        String name = r.districts().stream()
                .filter(d -> d.lgd().equals(lgd))
                .map(d -> d.nameIn(t.lang()))
                .findFirst()
                .orElse(lgd);
        return Html.named(name, t.lang());
    }
}
