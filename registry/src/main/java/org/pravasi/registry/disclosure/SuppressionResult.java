package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of suppression: which cells (by index into the input table) to withhold and why. The bit sets are copied
 * in and out, so a result never changes.
 *
 * @param threshold the threshold k that was applied
 * @param cellCount the number of cells in the input table
 * @param primary cells withheld because their count is from 1 to k-1
 * @param secondary cells withheld so that no primary cell can be recovered from line totals
 * @param unprotectable withheld cells that no further suppression protects: either the line totals determine them
 *     exactly (every cell linked to them is withheld already; rare, seen when a publisher supplies some totals of a
 *     dimension but not all), or what is published shows that they are below k (see {@code narrowBounds})
 * @param narrowBounds for the unprotectable cells that are not determined but narrowed, the largest whole count the
 *     attacker cannot rule out, below the threshold
 */
public record SuppressionResult(
        int threshold,
        int cellCount,
        BitSet primary,
        BitSet secondary,
        BitSet unprotectable,
        Map<Integer, Long> narrowBounds) {

    /** Validates and copies the bit sets. */
    public SuppressionResult {
        primary = (BitSet) Objects.requireNonNull(primary, "primary").clone();
        secondary = (BitSet) Objects.requireNonNull(secondary, "secondary").clone();
        unprotectable =
                (BitSet) Objects.requireNonNull(unprotectable, "unprotectable").clone();
        narrowBounds = Map.copyOf(Objects.requireNonNull(narrowBounds, "narrowBounds"));
        if (primary.intersects(secondary)) {
            throw new IllegalArgumentException("a cell cannot be both primary and secondary");
        }
        if (Math.max(primary.length(), Math.max(secondary.length(), unprotectable.length())) > cellCount) {
            throw new IllegalArgumentException("a suppressed index lies outside the table");
        }
    }

    /** Cells withheld because their count is from 1 to k-1. */
    @Override
    public BitSet primary() {
        return (BitSet) primary.clone();
    }

    /** Cells withheld to protect primary cells. */
    @Override
    public BitSet secondary() {
        return (BitSet) secondary.clone();
    }

    /** Withheld cells that no further suppression could protect. */
    @Override
    public BitSet unprotectable() {
        return (BitSet) unprotectable.clone();
    }

    /** A result without narrowed cells: every unprotectable cell is determined by the totals. */
    public SuppressionResult(int threshold, int cellCount, BitSet primary, BitSet secondary, BitSet unprotectable) {
        this(threshold, cellCount, primary, secondary, unprotectable, Map.of());
    }

    /**
     * Why the unprotectable cell at {@code index} cannot be protected, in one sentence for the publisher, or empty if
     * it is not unprotectable.
     */
    public Optional<String> whyUnprotectable(int index) {
        Objects.checkIndex(index, cellCount);
        if (!unprotectable.get(index)) {
            return Optional.empty();
        }
        Long bound = narrowBounds.get(index);
        return Optional.of(
                bound != null
                        ? "the published cells and totals show that it is at most " + bound + ", below the threshold "
                                + threshold + ", and no published cell on its lines can be withheld to widen that"
                        : "its count follows exactly from totals known from outside, whatever else is withheld");
    }

    /** All withheld cells. */
    public BitSet suppressed() {
        BitSet all = primary();
        all.or(secondary);
        return all;
    }

    /** Whether the cell at {@code index} is withheld. */
    public boolean isSuppressed(int index) {
        return primary.get(index) || secondary.get(index);
    }

    /** Why the cell at {@code index} is withheld, or empty if it is published. */
    public Optional<SuppressionReason> reason(int index) {
        Objects.checkIndex(index, cellCount);
        if (primary.get(index)) {
            return Optional.of(SuppressionReason.PRIMARY_BELOW_THRESHOLD);
        }
        return secondary.get(index) ? Optional.of(SuppressionReason.SECONDARY_COMPLEMENT) : Optional.empty();
    }

    /** The number of cells withheld because they are below the threshold. */
    public int primaryCount() {
        return primary.cardinality();
    }

    /** The number of cells withheld to protect others. */
    public int secondaryCount() {
        return secondary.cardinality();
    }

    /** The number of cells withheld in all. */
    public int suppressedCount() {
        return primaryCount() + secondaryCount();
    }

    /** A one-sentence summary for the publishing report. */
    public String summary() {
        String text = primaryCount() + " of " + cellCount + " cells suppressed because they are below "
                + threshold + ", " + secondaryCount()
                + " more so that they cannot be recovered from totals.";
        int narrowed = narrowBounds.size();
        int exposed = unprotectable.cardinality() - narrowed;
        if (exposed > 0) {
            text += " " + exposed + " suppressed cells follow from totals published elsewhere alone, whatever this"
                    + " table withholds.";
        }
        if (narrowed > 0) {
            text += " " + narrowed + " suppressed cells are shown by the published cells to be below " + threshold
                    + ", whatever this table withholds.";
        }
        return text;
    }
}
