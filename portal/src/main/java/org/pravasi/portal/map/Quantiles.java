package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.List;

/** Quantile class breaks for a choropleth, by the nearest-rank method so that every break is an observed figure. */
final class Quantiles {
    /** Number of classes the map draws. */
    static final int CLASSES = 5;

    private Quantiles() {}

    /**
     * Breaks for {@link #CLASSES} classes over {@code values}: the minimum, the inner quantiles and the maximum, with
     * duplicates dropped (so fewer classes when there are few distinct figures); empty when there are no figures.
     */
    static List<Long> breaks(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        List<Long> out = new ArrayList<>();
        if (sorted.isEmpty()) {
            return out;
        }
        out.add(sorted.getFirst());
        for (int k = 1; k < CLASSES; k++) {
            int rank = (int) Math.ceil((double) k * sorted.size() / CLASSES);
            add(out, sorted.get(Math.max(0, rank - 1)));
        }
        add(out, sorted.getLast());
        return List.copyOf(out);
    }

    private static void add(List<Long> out, long v) {
        if (out.getLast() != v) {
            out.add(v);
        }
    }
}
