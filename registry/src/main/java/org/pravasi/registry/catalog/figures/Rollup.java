package org.pravasi.registry.catalog.figures;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A figure over the parts of a whole: the quarters or months of a year, the months of a quarter, the four quarters of a
 * financial year. It is shown only when every part is there and published ({@link Figure#of}); then it is a function of
 * public figures only, so it cannot reveal a withheld cell. A total published while one of its parts is withheld would
 * give that part away by subtraction, and a sum of the published parts would read as complete, so in every other case
 * the rollup has no value and says why. Parts that are overlapping categories are never added at all
 * ({@link #notAdded}).
 *
 * @param status what may be shown
 * @param value the total, present exactly when {@code status} is {@link Status#VALUE}
 * @param parts how many parts make the whole
 * @param withheldParts parts whose own figure is withheld to protect privacy
 * @param missingParts parts with no observation at all
 */
public record Rollup(Status status, OptionalLong value, int parts, int withheldParts, int missingParts) {

    /** What a rollup can be. */
    public enum Status {
        /** Every part is published: the total is their sum. */
        VALUE,
        /** At least one part is withheld to protect privacy (or the total itself is from 1 to k - 1). */
        WITHHELD,
        /** No part is withheld, but some have no data: a sum would read as complete when it is not. */
        INCOMPLETE,
        /** No part has data. */
        NODATA,
        /**
         * The parts are categories that overlap (one person may be counted in several, {@code pv:categoriesOverlap}):
         * their sum is not a count of anything, so it is never given.
         */
        NOT_ADDED
    }

    /** Checks that a value is present exactly for {@link Status#VALUE} and that the counts fit. */
    public Rollup {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        if (value.isPresent() != (status == Status.VALUE)) {
            throw new IllegalArgumentException("A rollup has a value exactly when its status is VALUE: " + status);
        }
        if (parts < 1 || withheldParts < 0 || missingParts < 0 || withheldParts + missingParts > parts) {
            throw new IllegalArgumentException("Parts out of range: " + parts + " parts, " + withheldParts
                    + " withheld, " + missingParts + " missing");
        }
    }

    /**
     * A figure across {@code categories} categories that overlap: no value, whatever the parts hold. Sums across
     * periods stay {@link #of}'s; this is the rule for adding up across a dimension whose categories are not a
     * partition of what is counted.
     */
    public static Rollup notAdded(int categories) {
        return new Rollup(Status.NOT_ADDED, OptionalLong.empty(), categories, 0, 0);
    }

    /**
     * The one rule for totals over parts. Each part's tally (null or empty when the part has no observation) is judged
     * by {@link Figure#of}; the total has a value only when every part has one, and it is then held to the same last
     * guard (a total from 1 to k - 1 is withheld).
     *
     * @param parts the tally of every part the whole is made of, in any order; {@code null} for a part with no data
     * @param threshold the node's disclosure threshold k
     */
    public static Rollup of(List<Tally> parts, int threshold) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A rollup needs at least one part");
        }
        int withheld = 0;
        int missing = 0;
        Tally all = Tally.EMPTY;
        for (Tally t : parts) {
            Figure f = Figure.of(t, threshold);
            switch (f.status()) {
                case NODATA -> missing++;
                case SUPPRESSED -> withheld++;
                case VALUE -> all = all.add(f.value(), false);
            }
        }
        int n = parts.size();
        if (missing == n) {
            return new Rollup(Status.NODATA, OptionalLong.empty(), n, 0, n);
        }
        if (withheld > 0) {
            return new Rollup(Status.WITHHELD, OptionalLong.empty(), n, withheld, missing);
        }
        if (missing > 0) {
            return new Rollup(Status.INCOMPLETE, OptionalLong.empty(), n, 0, missing);
        }
        Figure total = Figure.of(all, threshold);
        return total.value().isPresent()
                ? new Rollup(Status.VALUE, total.value(), n, 0, 0)
                : new Rollup(Status.WITHHELD, OptionalLong.empty(), n, 0, 0);
    }
}
