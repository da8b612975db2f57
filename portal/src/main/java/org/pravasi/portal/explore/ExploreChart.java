package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Numbers;
import org.pravasi.portal.pages.Texts;
import org.pravasi.registry.disclosure.ShownText;

/**
 * The chart of a selection, drawn on the server as SVG ({@code explore/chart.jte}): a line per series over time when
 * the selection spans several periods, else a bar per figure. A figure that is not published is never drawn as a
 * number: the line breaks there and a hollow mark says why, a bar is left out and its label says why.
 */
final class ExploreChart {
    static final int WIDTH = 720;
    /** The longest category label a bar shows, in characters. */
    static final int MAX_LABEL = 34;

    static final int LEFT = 220;
    static final int PLOT_HEIGHT = 240;
    static final int TOP = 16;
    static final int BAR_HEIGHT = 18;
    static final int GAP = 6;
    /** Most series drawn on a line chart, most bars on a bar chart; the table has every figure. */
    static final int MAX_SERIES = 6;

    static final int MAX_BARS = 30;

    /**
     * A drawing.
     *
     * @param line whether it is a line chart
     * @param height its height
     * @param title its accessible title
     * @param series the lines (line chart)
     * @param ticks the period labels along the bottom (line chart)
     * @param bars the bars (bar chart)
     * @param max the largest figure, labelling the top of the scale
     */
    record Drawing(
            boolean line,
            int height,
            String title,
            List<Series> series,
            List<Tick> ticks,
            List<Bar> bars,
            String max) {}

    /**
     * One line: its name, its drawn segments ({@code x,y x,y ...}) and its points.
     *
     * @param name the series' name
     * @param css its class ({@code s0} to {@code s5})
     * @param segments polylines between gaps
     * @param points every point, published or not
     */
    record Series(String name, String css, List<String> segments, List<Point> points) {}

    /**
     * One point: where, and what it says.
     *
     * @param x across
     * @param y down
     * @param published whether the figure is published
     * @param title its tooltip
     */
    record Point(int x, int y, boolean published, String title) {}

    /** A period label at {@code x}. */
    record Tick(int x, String label) {}

    /**
     * One bar.
     *
     * @param y its top
     * @param width its length (0 when not published)
     * @param label its label
     * @param value the figure or the reason it is not shown
     */
    record Bar(int y, int width, String label, String value) {}

    private ExploreChart() {}

    /** The chart of {@code e}; {@code null} when there is nothing to draw. */
    static Drawing of(Exploration e, Texts t) {
        if (e.cells().isEmpty()) {
            return null;
        }
        int period = -1;
        for (int i = 0; i < e.columns().size(); i++) {
            if (e.columns().get(i).role().equals("period")) {
                period = i;
            }
        }
        Set<String> periods = new LinkedHashSet<>();
        if (period >= 0) {
            for (Exploration.Cell c : e.cells()) {
                periods.add(c.keys().get(period).notation());
            }
        }
        long max = Math.max(
                1,
                e.cells().stream()
                        .mapToLong(c -> c.rollup().value().orElse(0))
                        .max()
                        .orElse(1));
        String title = t.f("explore.chartTitle", e.measure().label(), e.title());
        return periods.size() > 1 ? line(e, t, period, max, title) : bars(e, t, period, max, title);
    }

    private static Drawing line(Exploration e, Texts t, int period, long max, String title) {
        List<String> order = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<Exploration.Cell>> series = new LinkedHashMap<>();
        for (Exploration.Cell c : e.cells()) {
            Cube.Term p = c.keys().get(period);
            if (!labels.containsKey(p.notation())) {
                order.add(p.notation());
                labels.put(p.notation(), p.label());
            }
            series.computeIfAbsent(name(c, period), k -> new ArrayList<>()).add(c);
        }
        order.sort(String::compareTo);
        int step = order.size() > 1 ? (WIDTH - LEFT - 20) / (order.size() - 1) : 0;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ticks.add(new Tick(LEFT + i * step, labels.get(order.get(i))));
        }
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<Exploration.Cell>> s : series.entrySet()) {
            if (out.size() == MAX_SERIES) {
                break;
            }
            List<String> segments = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            StringBuilder seg = new StringBuilder();
            for (Exploration.Cell c : s.getValue()) {
                int x = LEFT + order.indexOf(c.keys().get(period).notation()) * step;
                String when = c.keys().get(period).label();
                if (c.rollup().value().isPresent()) {
                    long v = c.rollup().value().getAsLong();
                    int y = TOP + PLOT_HEIGHT - (int) Math.round((double) v / max * PLOT_HEIGHT);
                    seg.append(x).append(',').append(y).append(' ');
                    points.add(new Point(x, y, true, when + ": " + Numbers.format(v)));
                } else {
                    if (!seg.isEmpty()) {
                        segments.add(seg.toString().strip());
                        seg.setLength(0);
                    }
                    points.add(new Point(x, TOP + PLOT_HEIGHT, false, when + ": " + Wording.shown(c.rollup(), t)));
                }
            }
            if (!seg.isEmpty()) {
                segments.add(seg.toString().strip());
            }
            out.add(new Series(s.getKey(), "s" + out.size(), segments, points));
        }
        return new Drawing(true, TOP + PLOT_HEIGHT + 40, title, out, ticks, List.of(), Numbers.format(max));
    }

    private static Drawing bars(Exploration e, Texts t, int period, long max, String title) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        int space = WIDTH - LEFT - 130;
        for (Exploration.Cell c : e.cells()) {
            if (bars.size() == MAX_BARS) {
                break;
            }
            String label = name(c, -1);
            label = ShownText.shorten(label, MAX_LABEL);
            int w = c.rollup().value().isPresent()
                    ? Math.max(1, (int) Math.round((double) c.rollup().value().getAsLong() / max * space))
                    : 0;
            bars.add(new Bar(y, w, label, Wording.shown(c.rollup(), t)));
            y += BAR_HEIGHT + GAP;
        }
        return new Drawing(false, y + TOP, title, List.of(), List.of(), bars, Numbers.format(max));
    }

    /** The labels of a cell's keys other than {@code skip}, joined. */
    private static String name(Exploration.Cell c, int skip) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.keys().size(); i++) {
            if (i != skip) {
                parts.add(c.keys().get(i).label());
            }
        }
        return String.join(" · ", parts);
    }
}
