package org.pravasi.portal.pages;

import java.util.List;

/** A horizontal bar chart as inline SVG, drawn on the server so it needs no JavaScript. */
final class Chart {
    /** Most bars drawn; the table beside the chart has every figure. */
    static final int MAX_BARS = 24;
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 200;
    private static final int VALUE_WIDTH = 110;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int TOP = 8;

    private Chart() {
    }

    /** The chart of {@code points}, with an accessible title and description; empty when there is nothing to draw. */
    static String svg(String id, String title, String description, List<Totals.Point> points) {
        List<Totals.Point> shown = points.size() > MAX_BARS ? points.subList(0, MAX_BARS) : points;
        if (shown.isEmpty()) {
            return "";
        }
        long max = Math.max(1, shown.stream().mapToLong(Totals.Point::sum).max().orElse(1));
        int height = TOP * 2 + shown.size() * (BAR_HEIGHT + GAP);
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>\n");
        int y = TOP;
        for (Totals.Point p : shown) {
            int w = (int) Math.round((double) p.sum() / max * barSpace);
            String label = p.label().length() > 30 ? p.label().substring(0, 29) + "…" : p.label();
            // A category whose every cell was suppressed has no published sum: show the mark alone, not a misleading 0.
            String value = p.sum() == 0 && p.suppressed() > 0 ? "*" : Numbers.format(p.sum()) + (p.suppressed() > 0 ? "*" : "");
            sb.append("<g><title>").append(Html.escape(p.label() + ": " + value)).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 13).append("\" text-anchor=\"end\" class=\"chart-label\">")
                    .append(Html.escape(label)).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" class=\"chart-bar\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + Math.max(w, 1) + 6).append("\" y=\"").append(y + 13).append("\" class=\"chart-value\">")
                    .append(Html.escape(value)).append("</text></g>\n");
            y += BAR_HEIGHT + GAP;
        }
        return sb.append("</svg>").toString();
    }
}
