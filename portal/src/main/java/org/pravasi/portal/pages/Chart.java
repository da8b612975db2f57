package org.pravasi.portal.pages;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.disclosure.ShownText;

/** A horizontal bar chart as inline SVG ({@code pages/chart.jte}), drawn on the server so it needs no JavaScript. */
final class Chart {
    /** Most bars drawn; the table beside the chart has every figure. */
    static final int MAX_BARS = 24;
    /** The longest category label a bar shows, in characters; the bar's title holds it whole. */
    static final int MAX_LABEL = 30;

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 200;
    static final int BAR_HEIGHT = 18;
    private static final int VALUE_WIDTH = 110;
    private static final int GAP = 6;
    private static final int TOP = 8;

    /**
     * One bar.
     *
     * @param title its tooltip: the full label and the value
     * @param label the label drawn (cut when long)
     * @param y its top
     * @param width its length
     * @param value the value drawn
     */
    record Bar(String title, String label, int y, int width, String value) {}

    /**
     * What the template draws.
     *
     * @param id the prefix of the title and description ids
     * @param title the accessible title
     * @param description the accessible description
     * @param height the drawing's height
     * @param bars the bars, top to bottom
     */
    record Drawing(String id, String title, String description, int height, List<Bar> bars) {}

    private Chart() {}

    /** The chart of {@code points}, with an accessible title and description; empty when there is nothing to draw. */
    static String svg(String id, String title, String description, List<Totals.Point> points) {
        return points.isEmpty()
                ? ""
                : Templates.render("pages/chart.jte", Map.of("c", drawing(id, title, description, points)));
    }

    /** The chart as template content; nothing when there is nothing to draw. */
    static Content of(String id, String title, String description, List<Totals.Point> points) {
        return points.isEmpty()
                ? PageContent.NONE
                : Templates.of("pages/chart.jte", Map.of("c", drawing(id, title, description, points)));
    }

    private static Drawing drawing(String id, String title, String description, List<Totals.Point> points) {
        List<Totals.Point> shown = points.size() > MAX_BARS ? points.subList(0, MAX_BARS) : points;
        // A point with any cell withheld has no published total: no bar and no partial sum, only the mark, so that a
        // sum
        // of the published cells is never read as the total (issue 21).
        long max = Math.max(
                1,
                shown.stream()
                        .filter(p -> p.suppressed() == 0)
                        .mapToLong(Totals.Point::sum)
                        .max()
                        .orElse(1));
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Totals.Point p : shown) {
            boolean published = p.suppressed() == 0;
            int w = published ? Math.max(1, (int) Math.round((double) p.sum() / max * barSpace)) : 0;
            String label = ShownText.shorten(p.label(), MAX_LABEL);
            String value = published ? Numbers.format(p.sum()) : "*";
            bars.add(new Bar(p.label() + ": " + value, label, y, w, value));
            y += BAR_HEIGHT + GAP;
        }
        return new Drawing(id, title, description, TOP * 2 + shown.size() * (BAR_HEIGHT + GAP), bars);
    }
}
