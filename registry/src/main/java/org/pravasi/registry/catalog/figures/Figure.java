package org.pravasi.registry.catalog.figures;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What may be shown of one tally: a value, or that it is withheld, or that there is no data.
 *
 * @param status value, withheld or no data
 * @param value the figure, present exactly when {@code status} is {@link Status#VALUE}
 * @param withheld how many withheld cells the figure would have included (0 for a value)
 */
public record Figure(Status status, OptionalLong value, long withheld) {
    /** No observation. */
    public static final Figure NO_DATA = new Figure(Status.NODATA, OptionalLong.empty(), 0);

    /** What a figure can be. */
    public enum Status {
        /** A complete figure: every cell in it is published. */
        VALUE,
        /** Data exists, but the figure would include a withheld cell (or is itself from 1 to k - 1): not shown. */
        SUPPRESSED,
        /** No observation. */
        NODATA
    }

    /** Checks that a value is present exactly for {@link Status#VALUE}. */
    public Figure {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        if (value.isPresent() != (status == Status.VALUE)) {
            throw new IllegalArgumentException("A figure has a value exactly when its status is VALUE: " + status);
        }
    }

    /**
     * The one rule for withheld cells, for every figure by district (map and district page). A figure is shown only
     * when every cell in it has a value and none is withheld: a sum that leaves out a withheld cell would read as
     * complete, so it is not shown at all, not even with a note. A sum from 1 to k - 1 is withheld too, as a last guard
     * should such a count ever reach the store (disclosure control never publishes one).
     *
     * @param tally what the store holds for the figure
     * @param threshold the node's disclosure threshold k
     */
    public static Figure of(Tally tally, int threshold) {
        if (tally == null || tally.observations() == 0) {
            return NO_DATA;
        }
        if (!tally.complete() || (tally.sum() > 0 && tally.sum() < threshold)) {
            return new Figure(Status.SUPPRESSED, OptionalLong.empty(), tally.withheld());
        }
        return new Figure(Status.VALUE, OptionalLong.of(tally.sum()), 0);
    }
}
