package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.List;

/** The legend: one entry per quantile class, then suppressed and no data; the map's script colours by the same classes. */
final class MapLegend {
    private MapLegend() {
    }

    /** The range each class covers, as text ("12 – 30"); classes are integer ranges, the last one closed. */
    static List<String> ranges(List<Long> breaks) {
        List<String> out = new ArrayList<>();
        if (breaks.size() == 1) {
            out.add(Html.number(breaks.getFirst()));
        }
        for (int i = 0; i + 1 < breaks.size(); i++) {
            long low = breaks.get(i);
            long high = i + 2 == breaks.size() ? breaks.get(i + 1) : breaks.get(i + 1) - 1;
            out.add(low == high ? Html.number(low) : Html.number(low) + " – " + Html.number(high));
        }
        return out;
    }

    /** The legend markup. */
    static String render(MapResult r, MapTexts t) {
        StringBuilder b = new StringBuilder("<div class=\"pv-legend\" id=\"pv-legend\">\n<p class=\"pv-legend-title\">")
                .append(Html.esc(t.f("map.legendTitle", t.label(r.measure().label(), t.t("map.value"))))).append("</p>\n<ul>\n");
        List<String> ranges = ranges(r.quantiles());
        for (int i = 0; i < ranges.size(); i++) {
            b.append("<li><span class=\"pv-swatch pv-q").append(i).append("\"></span>").append(Html.esc(ranges.get(i))).append("</li>\n");
        }
        b.append("<li><span class=\"pv-swatch pv-suppressed\"></span>").append(Html.esc(t.t("map.suppressed"))).append("</li>\n");
        b.append("<li><span class=\"pv-swatch pv-nodata\"></span>").append(Html.esc(t.t("map.nodataLegend"))).append("</li>\n");
        return b.append("</ul>\n</div>\n").toString();
    }
}
