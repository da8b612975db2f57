package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The map's figures as an accessible table, sorted on the server so that sorting works without JavaScript. */
final class MapTable {
    private MapTable() {
    }

    /** The rows shown: every district of the state zoomed to, else those with data (or all, when asked). */
    static List<DistrictValue> rows(MapResult r, PageModel.Params p) {
        return r.districts().stream()
                .filter(d -> p.state().isEmpty() ? p.all() || d.status() != Status.NODATA : d.stateLgd().equals(p.state()))
                .sorted(order(p.sort())).toList();
    }

    /** The comparator for a sort order of {@link PageModel.Params#SORTS}; figures before suppressed before no data. */
    static Comparator<DistrictValue> order(String sort) {
        Comparator<DistrictValue> byName = Comparator.comparing(DistrictValue::name, String.CASE_INSENSITIVE_ORDER);
        Comparator<DistrictValue> byState = Comparator.comparing(DistrictValue::state, String.CASE_INSENSITIVE_ORDER).thenComparing(byName);
        Comparator<DistrictValue> byStatus = Comparator.comparing(DistrictValue::status);
        Comparator<DistrictValue> byValue = Comparator.comparing(d -> d.value() == null ? 0L : d.value());
        return switch (sort) {
            case "value" -> byStatus.thenComparing(byValue).thenComparing(byName);
            case "name" -> byName;
            case "-name" -> byName.reversed();
            case "state" -> byState;
            case "-state" -> byState.reversed();
            default -> byStatus.thenComparing(byValue.reversed()).thenComparing(byName);
        };
    }

    /** The table of the page's figures. */
    static String render(PageModel m, String caption) {
        MapTexts t = m.texts();
        MapResult r = m.result();
        List<DistrictValue> rows = rows(r, m.params());
        boolean geography = m.geography().installed();
        String target = m.embed() ? " target=\"_top\"" : "";
        Map<String, String> names = r.districts().stream().collect(Collectors.toMap(DistrictValue::lgd, DistrictValue::name, (a, b) -> a));
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"pv-map-table\" id=\"pv-map-table\">\n<caption>").append(Html.esc(caption)).append("</caption>\n<thead><tr>");
        header(b, m, t.t("map.district"), "name");
        header(b, m, t.t("map.state"), "state");
        header(b, m, capitalise(t.label(r.measure().label(), t.t("map.value"))), "value");
        b.append("<th scope=\"col\">").append(Html.esc(t.t("map.note"))).append("</th></tr></thead>\n<tbody>\n");
        for (DistrictValue d : rows) {
            b.append("<tr class=\"pv-").append(d.status().id()).append("\" data-lgd=\"").append(Html.esc(d.lgd()))
                    .append("\"><th scope=\"row\"><a href=\"").append(Html.esc(MapLinks.district(d.lgd()))).append('"').append(target).append('>')
                    .append(Html.esc(d.name())).append("</a></th><td>").append(Html.esc(d.state()))
                    .append("</td><td class=\"pv-num\" data-status=\"").append(d.status().id()).append("\">").append(Html.esc(cell(d, t)))
                    .append("</td><td>").append(geography ? Html.esc(note(d, names, t)) : "").append("</td></tr>\n");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"4\">").append(Html.esc(t.t("map.noRows"))).append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** A figure as the table shows it. */
    static String cell(DistrictValue d, MapTexts t) {
        return switch (d.status()) {
            case VALUE -> Html.number(d.value());
            case SUPPRESSED -> t.t("map.suppressed");
            case NODATA -> t.t("map.nodata");
        };
    }

    /** Why a district is not on the map as itself, if it is not. */
    static String note(DistrictValue d, Map<String, String> names, MapTexts t) {
        if (d.boundary()) {
            return "";
        }
        if (d.mapsTo2011() != null) {
            return t.f("map.noteDrawnOn", names.getOrDefault(d.mapsTo2011(), d.mapsTo2011()));
        }
        return t.t("map.noteNoBoundary");
    }

    private static void header(StringBuilder b, PageModel m, String label, String column) {
        String sort = m.params().sort();
        boolean ascending = sort.equals(column);
        boolean descending = sort.equals("-" + column);
        String aria = ascending ? " aria-sort=\"ascending\"" : descending ? " aria-sort=\"descending\"" : "";
        String next = ascending ? "-" + column : column.equals("value") && !descending ? "-value" : column;
        b.append("<th scope=\"col\"").append(aria).append(" data-sort=\"").append(column).append("\"><a class=\"pv-sort\" href=\"")
                .append(Html.esc(m.link(m.selection().period(), next, m.params().all()))).append("\">").append(Html.esc(label))
                .append(ascending ? " ▲" : descending ? " ▼" : "").append("</a></th>");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
