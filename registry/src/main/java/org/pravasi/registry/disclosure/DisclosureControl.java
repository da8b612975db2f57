package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * Primary and secondary cell suppression for a table of counts; see the package documentation for the attacker model it
 * defends against.
 */
public interface DisclosureControl {

    /** The threshold k a node uses unless configured otherwise. */
    int DEFAULT_THRESHOLD = 10;

    /** The smallest threshold k a node may be configured with. */
    int MINIMUM_THRESHOLD = 5;

    /** Returns disclosure control with threshold {@code k}, refusing any k below {@link #MINIMUM_THRESHOLD}. */
    static DisclosureControl withThreshold(int k) {
        if (k < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("suppression threshold " + k
                    + " is too low: the minimum is " + MINIMUM_THRESHOLD
                    + " (counts from 1 to k-1 are withheld; the default k is " + DEFAULT_THRESHOLD + ")");
        }
        return new CellSuppressor(k, Long.MAX_VALUE);
    }

    /** Returns disclosure control with {@link #DEFAULT_THRESHOLD}. */
    static DisclosureControl withDefaultThreshold() {
        return withThreshold(DEFAULT_THRESHOLD);
    }

    /** The threshold k: counts from 1 to k-1 are withheld. */
    int threshold();

    /**
     * The same control, but a suppression that would do more than {@code units} units of work (cells read from lines,
     * vector entries eliminated, linear programs' variables times rows) stops with {@link TooCostly} instead; without
     * it, none stops.
     *
     * @throws IllegalArgumentException if {@code units} is not positive
     */
    DisclosureControl withinWork(long units);

    /**
     * Decides which cells of {@code table} to withhold so that no withheld cell can be derived from the published cells
     * and line totals; indexes in the result refer to positions in {@code table}, and the same cells, in any order,
     * always give the same cells withheld.
     *
     * @throws IllegalArgumentException if keys differ in length or two cells share a key
     */
    default SuppressionResult suppress(List<Cell> table) {
        return suppress(table, PriorRelease.NONE);
    }

    /**
     * Decides as {@link #suppress(List)}, for a new version of a table whose earlier version was public: the cells that
     * version withheld are withheld again and protected like small counts (reported as secondary), and the cells it
     * published with the same count are never withheld to protect another.
     *
     * @throws IllegalArgumentException as {@link #suppress(List)}, or if {@code prior} names a cell outside the table
     */
    default SuppressionResult suppress(List<Cell> table, PriorRelease prior) {
        return suppress(table, prior, NaturalGroups.NONE);
    }

    /**
     * Decides as {@link #suppress(List, PriorRelease)}, with the totals of {@code groups} (a year of the table's
     * quarters, a state of its districts) known to the attacker along every line, as whole lines' totals are.
     *
     * @throws IllegalArgumentException as {@link #suppress(List, PriorRelease)}, or if a partition of {@code groups}
     *     names a dimension the table lacks
     */
    SuppressionResult suppress(List<Cell> table, PriorRelease prior, NaturalGroups groups);
}
