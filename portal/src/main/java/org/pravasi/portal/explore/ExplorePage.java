package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.pages.Html;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.catalog.figures.Rollup;

/**
 * What the explorer page shows.
 *
 * @param ui the request's language and place
 * @param e the selection, computed (for a refused selection: the dataset unfiltered, for the form)
 * @param path the page's path, {@code /explore/{org}/{slug}}
 * @param datasetPath the dataset page's path
 * @param query the selection as a query string (no {@code view}, no {@code lang}), empty or starting with {@code ?}
 * @param view {@code table}, {@code chart} or {@code map}
 * @param error why the selection was refused, if it was
 * @param chart the chart, or null when there is nothing to draw
 * @param mapSrc the address of the map of the selection, or empty when it cannot be mapped (with why in
 *     {@code mapNote})
 * @param mapNote message key saying why there is no map, or empty
 */
record ExplorePage(
        Ui ui,
        Exploration e,
        String path,
        String datasetPath,
        String query,
        String view,
        Optional<String> error,
        ExploreChart.Drawing chart,
        String mapSrc,
        String mapNote) {

    /** Most rows the page's table shows; the downloads and the API have every row. */
    static final int MAX_TABLE_ROWS = 1000;

    /** The views, in order. */
    static final List<String> VIEWS = List.of("table", "chart", "map");

    /** The address of this selection in {@code view}. */
    String viewHref(String v) {
        String q = query.isEmpty() ? "?" : query + "&";
        return path + q + "view=" + v;
    }

    /** The API's address of this selection in {@code format} ({@code json}, {@code csv}, {@code csvw}). */
    String apiHref(String format) {
        String base = path.replaceFirst("^/explore/", "/api/data/");
        String q = query.isEmpty() ? "?" : query + "&";
        return format.equals("json") ? base + query : base + q + "format=" + format;
    }

    /** The rows the table shows: the first {@link #MAX_TABLE_ROWS}. */
    List<Exploration.Cell> tableCells() {
        return e.cells().size() > MAX_TABLE_ROWS ? e.cells().subList(0, MAX_TABLE_ROWS) : e.cells();
    }

    /**
     * How many places the page names in English for want of a name in its language: the dataset's areas offered in the
     * area box and those in the table, each name once.
     */
    long englishPlaceNames() {
        java.util.Set<String> names = new java.util.HashSet<>(e.areaNames());
        for (int i = 0; i < e.columns().size(); i++) {
            if (e.columns().get(i).role().equals("area")) {
                int at = i;
                tableCells().forEach(c -> names.add(c.keys().get(at).label()));
            }
        }
        return names.stream()
                .filter(n -> "en".equals(Html.fallBackLang(n, ui.lang())))
                .count();
    }

    /** The figure as shown. */
    String shown(Rollup r) {
        return Wording.shown(r, ui.texts());
    }

    /** Why a figure is not shown, or empty. */
    String reason(Rollup r) {
        return Wording.reason(r, ExploreJson.partSpan(e), ui.texts());
    }

    /** {@code value}, {@code withheld}, {@code incomplete} or {@code nodata}. */
    String status(Rollup r) {
        return Wording.status(r);
    }

    /** The area asked for, as typed, or empty. */
    String areaValue() {
        return e.selection().area().map(Exploration.Area::query).orElse("");
    }

    /** The selection's query string from request parameters (parameter → values), without the given names. */
    static String query(Map<String, List<String>> params, List<String> without) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, vs) -> {
            if (!without.contains(k)) {
                vs.stream().filter(v -> !v.isBlank()).forEach(v -> parts.add(Html.url(k) + "=" + Html.url(v)));
            }
        });
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
