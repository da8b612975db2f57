package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The map's figures as an accessible table, sorted on the server so that sorting works without JavaScript. */
final class MapTable {
    /** What a suppressed figure reads as, everywhere. */
    static final String SUPPRESSED = "Suppressed to protect privacy";
    /** What a missing figure reads as, everywhere. */
    static final String NODATA = "No data";

    private MapTable() {
    }

    /** The rows shown: every district of the state zoomed to, else those with data (or all, when asked). */
    static List<DistrictValue> rows(MapResult r, PageParams p) {
        return r.districts().stream()
                .filter(d -> p.state().isEmpty() ? p.all() || d.status() != Status.NODATA : d.stateLgd().equals(p.state()))
                .sorted(order(p.sort())).toList();
    }

    /** The comparator for a sort order of {@link PageParams#SORTS}; figures before suppressed before no data. */
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

    /** The table; {@code sortLink} gives the URL of the page sorted by a given order. */
    static String render(MapResult r, List<DistrictValue> rows, PageParams p, String caption, boolean geography,
                         Function<String, String> sortLink) {
        Map<String, String> names = r.districts().stream().collect(Collectors.toMap(DistrictValue::lgd, DistrictValue::name, (a, b) -> a));
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"pv-map-table\" id=\"pv-map-table\">\n<caption>").append(Html.esc(caption)).append("</caption>\n<thead><tr>");
        header(b, "District", "name", p.sort(), sortLink);
        header(b, "State", "state", p.sort(), sortLink);
        header(b, r.measure().label().best("Value"), "value", p.sort(), sortLink);
        b.append("<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        for (DistrictValue d : rows) {
            b.append("<tr class=\"pv-").append(d.status().id()).append("\"><th scope=\"row\"><a href=\"")
                    .append(Html.esc(MapLinks.district(d.lgd()))).append("\">").append(Html.esc(d.name())).append("</a></th><td>")
                    .append(Html.esc(d.state())).append("</td><td class=\"pv-num\">").append(Html.esc(cell(d)))
                    .append("</td><td>").append(geography ? Html.esc(note(d, names)) : "").append("</td></tr>\n");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"4\">No district has figures for this selection.</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** A figure as the table shows it. */
    static String cell(DistrictValue d) {
        return switch (d.status()) {
            case VALUE -> Html.number(d.value());
            case SUPPRESSED -> SUPPRESSED;
            case NODATA -> NODATA;
        };
    }

    /** Why a district is not on the map as itself, if it is not. */
    static String note(DistrictValue d, Map<String, String> names) {
        if (d.boundary()) {
            return "";
        }
        if (d.mapsTo2011() != null) {
            return "Created after 2011: drawn on " + names.getOrDefault(d.mapsTo2011(), d.mapsTo2011()) + " (2011 boundary)";
        }
        return "No boundary on the map";
    }

    private static void header(StringBuilder b, String label, String column, String sort, Function<String, String> sortLink) {
        boolean ascending = sort.equals(column);
        boolean descending = sort.equals("-" + column);
        String aria = ascending ? " aria-sort=\"ascending\"" : descending ? " aria-sort=\"descending\"" : "";
        String next = ascending ? "-" + column : column.equals("value") && !descending ? "-value" : column;
        b.append("<th scope=\"col\"").append(aria).append(" data-sort=\"").append(column).append("\"><a href=\"")
                .append(Html.esc(sortLink.apply(next))).append("\">").append(Html.esc(label))
                .append(ascending ? " ▲" : descending ? " ▼" : "").append("</a></th>");
    }
}
