package org.pravasi.portal.pages;

import java.util.List;
import java.util.Set;
import org.pravasi.portal.linkeddata.Cube;

/**
 * What the dataset page shows of its current version's observations: their first rows, their number, and the totals its
 * charts draw. Small whatever the version's size, so it is kept per version and language.
 *
 * @param head the version's structure and its first {@link ObservationTable#MAX_ROWS} observations in publishing order
 * @param observations how many observations the version has
 * @param period the index of the period dimension, or -1
 * @param category the index of the first dimension that is neither area nor period (a category), or -1
 * @param notAdded the dimensions whose categories overlap and have no total: never added up
 * @param byPeriod the totals per period ({@link Totals#byPeriod})
 * @param byCategory the totals per category ({@link Totals#byDimension})
 */
record VersionSummary(
        Cube head,
        long observations,
        int period,
        int category,
        Set<Integer> notAdded,
        List<Totals.Point> byPeriod,
        List<Totals.Point> byCategory) {
    /** Copies the collections. */
    VersionSummary {
        notAdded = Set.copyOf(notAdded);
        byPeriod = List.copyOf(byPeriod);
        byCategory = List.copyOf(byCategory);
    }
}
