package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;

/**
 * Sums a cube without counting a figure twice: where a dimension has a total ({@code _T}) only the total rows count;
 * other dimensions (areas, categories without a total) are added up, except one whose categories overlap
 * ({@link Cube#overlaps}): a sum across it would count a person once per category, so no sum is made at all. Suppressed
 * cells are left out and counted, so a page can say so.
 */
final class Totals {
    /** The total code's notation. */
    static final String TOTAL = "_T";

    /**
     * One bar or point: a label, the sum of the published cells, and how many cells were suppressed.
     *
     * @param key the period notation or category code
     * @param label the label to show
     * @param sum the sum of published values
     * @param suppressed suppressed cells left out
     */
    record Point(String key, String label, long sum, int suppressed) {}

    private Totals() {}

    /** Rows that do not double count: for each dimension that has a total, only the total rows. */
    static List<Cube.Row> distinctRows(Cube cube) {
        Set<Integer> withTotal = dimensionsWithTotal(cube);
        return cube.rows().stream()
                .filter(r -> withTotal.stream()
                        .allMatch(i -> TOTAL.equals(r.keys().get(i).notation())))
                .toList();
    }

    /** The indexes of the dimensions that have a total code in this cube. */
    static Set<Integer> dimensionsWithTotal(Cube cube) {
        Set<Integer> withTotal = new HashSet<>();
        for (Cube.Row r : cube.rows()) {
            for (int i = 0; i < r.keys().size(); i++) {
                if (TOTAL.equals(r.keys().get(i).notation())) {
                    withTotal.add(i);
                }
            }
        }
        return withTotal;
    }

    /** The index of the period dimension, or -1. */
    static int periodIndex(Cube cube) {
        for (int i = 0; i < cube.dimensions().size(); i++) {
            if (cube.dimensions().get(i).uri().equals(SDMX.refPeriod.getURI())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The dimensions, other than the period, whose categories overlap and that have no total code: figures are never
     * added up across them (a total code is the source's own count of distinct people, so it is used instead).
     */
    static Set<Integer> notAdded(Cube cube) {
        Set<Integer> withTotal = dimensionsWithTotal(cube);
        int period = periodIndex(cube);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            if (i != period && cube.overlaps(i) && !withTotal.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Sums per period, in time order; none when a dimension's categories are {@linkplain #notAdded never added up}, as
     * a period's sum would add them.
     */
    static List<Point> byPeriod(Cube cube) {
        int p = periodIndex(cube);
        if (p < 0 || !notAdded(cube).isEmpty()) {
            return List.of();
        }
        Map<String, Point> sums = new TreeMap<>();
        for (Cube.Row r : distinctRows(cube)) {
            add(sums, r.keys().get(p), r);
        }
        return List.copyOf(sums.values());
    }

    /**
     * Sums per value of dimension {@code index} (leaving out its total; other dimensions at their total where they have
     * one), largest first; none when another dimension's categories are {@linkplain #notAdded never added up}, as each
     * sum would add them. Its own categories may overlap: each is summed on its own.
     */
    static List<Point> byDimension(Cube cube, int index) {
        Set<Integer> others = notAdded(cube);
        others.remove(index);
        if (!others.isEmpty()) {
            return List.of();
        }
        Set<Integer> withTotal = dimensionsWithTotal(cube);
        withTotal.remove(index);
        Map<String, Point> sums = new LinkedHashMap<>();
        for (Cube.Row r : cube.rows()) {
            Cube.Term t = r.keys().get(index);
            if (!TOTAL.equals(t.notation())
                    && withTotal.stream()
                            .allMatch(i -> TOTAL.equals(r.keys().get(i).notation()))) {
                add(sums, t, r);
            }
        }
        List<Point> out = new ArrayList<>(sums.values());
        // Published totals largest first; then those with a withheld cell, by label: their partial sums must not order
        // them either.
        out.sort(Comparator.comparing((Point p) -> p.suppressed() > 0)
                .thenComparing((a, b) -> a.suppressed() > 0 ? 0 : Long.compare(b.sum(), a.sum()))
                .thenComparing(Point::label));
        return out;
    }

    private static void add(Map<String, Point> sums, Cube.Term t, Cube.Row r) {
        Point old = sums.getOrDefault(t.notation(), new Point(t.notation(), t.label(), 0, 0));
        sums.put(
                t.notation(),
                new Point(
                        old.key(),
                        old.label(),
                        old.sum() + r.value().orElse(0),
                        old.suppressed() + (r.suppressed() ? 1 : 0)));
    }
}
