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
import org.pravasi.registry.catalog.CubeShape;
import org.pravasi.registry.catalog.Labels;

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

    /**
     * The order of categories: published totals largest first; then those with a withheld cell, by label: their partial
     * sums must not order them either.
     */
    static final Comparator<Point> LARGEST_FIRST = Comparator.comparing((Point p) -> p.suppressed() > 0)
            .thenComparing((a, b) -> a.suppressed() > 0 ? 0 : Long.compare(b.sum(), a.sum()))
            .thenComparing(Point::label);

    private Totals() {}

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

    /**
     * The indexes of the dimensions that have a total code among their values in {@code shape} (the whole version's,
     * read from the indexes), as {@link #dimensionsWithTotal(Cube)} finds them in a whole cube.
     */
    static Set<Integer> dimensionsWithTotal(CubeShape shape, Labels labels) {
        Set<Integer> withTotal = new HashSet<>();
        for (int i = 0; i < shape.values().size(); i++) {
            if (shape.values().get(i).stream().anyMatch(v -> TOTAL.equals(labels.notation(v)))) {
                withTotal.add(i);
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
        return notAdded(cube, dimensionsWithTotal(cube));
    }

    /** As {@link #notAdded(Cube)}, where {@code withTotal} have a total code (known of the whole version). */
    static Set<Integer> notAdded(Cube cube, Set<Integer> withTotal) {
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
        return Sums.of(cube, -1).byPeriod();
    }

    /**
     * Sums per value of dimension {@code index} (leaving out its total; other dimensions at their total where they have
     * one), largest first; none when another dimension's categories are {@linkplain #notAdded never added up}, as each
     * sum would add them. Its own categories may overlap: each is summed on its own.
     */
    static List<Point> byDimension(Cube cube, int index) {
        return Sums.of(cube, index).byCategory();
    }

    /**
     * The sums per period and per value of one category ({@link #byPeriod}, {@link #byDimension}), made one row at a
     * time: a version of any size is summed in one pass without holding its rows. What it needs to know of the whole
     * version first (which dimensions have a total code, which are never added up) comes from the caller, who reads it
     * from the version's shape.
     */
    static final class Sums {
        private final int period;
        private final int category;
        private final Set<Integer> withTotal;
        private final Set<Integer> withTotalBesideCategory;
        private final boolean periodSummed;
        private final boolean categorySummed;
        private final Map<String, Point> periods = new TreeMap<>();
        private final Map<String, Point> categories = new LinkedHashMap<>();

        /**
         * Sums with the period at {@code period} and the category at {@code category} (-1: none), where
         * {@code withTotal} have a total code and {@code notAdded} are never added up.
         */
        Sums(int period, int category, Set<Integer> withTotal, Set<Integer> notAdded) {
            this.period = period;
            this.category = category;
            this.withTotal = Set.copyOf(withTotal);
            Set<Integer> beside = new HashSet<>(withTotal);
            beside.remove(category);
            this.withTotalBesideCategory = Set.copyOf(beside);
            Set<Integer> others = new HashSet<>(notAdded);
            others.remove(category);
            this.periodSummed = period >= 0 && notAdded.isEmpty();
            this.categorySummed = category >= 0 && others.isEmpty();
        }

        /** The sums of a whole cube, for its category at {@code category}. */
        static Sums of(Cube cube, int category) {
            Sums sums = new Sums(periodIndex(cube), category, dimensionsWithTotal(cube), notAdded(cube));
            cube.rows().forEach(sums::add);
            return sums;
        }

        /** Adds one row. */
        void add(Cube.Row r) {
            List<Cube.Term> keys = r.keys();
            if (periodSummed && atTotal(keys, withTotal)) {
                Totals.add(periods, keys.get(period), r);
            }
            if (categorySummed
                    && !TOTAL.equals(keys.get(category).notation())
                    && atTotal(keys, withTotalBesideCategory)) {
                Totals.add(categories, keys.get(category), r);
            }
        }

        /** The sums per period so far, in time order; none when a period's sum would add up overlapping categories. */
        List<Point> byPeriod() {
            return List.copyOf(periods.values());
        }

        /**
         * The sums per category so far: published ones largest first, then those with a withheld cell by label; none
         * when each sum would add up another dimension's overlapping categories.
         */
        List<Point> byCategory() {
            List<Point> out = new ArrayList<>(categories.values());
            out.sort(LARGEST_FIRST);
            return out;
        }

        private static boolean atTotal(List<Cube.Term> keys, Set<Integer> dimensions) {
            for (int i : dimensions) {
                if (!TOTAL.equals(keys.get(i).notation())) {
                    return false;
                }
            }
            return true;
        }
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
