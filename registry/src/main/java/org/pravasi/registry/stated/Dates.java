package org.pravasi.registry.stated;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a stated period covers, first and last included: "2024-Q1" is 1 January to 31 March 2024.
 *
 * @param first the first day
 * @param last the last day
 */
public record Dates(LocalDate first, LocalDate last) {
    /**
     * A period the reader cannot bound ("since July 2024"): no table's period lies within it, so a figure speaking of
     * it is placed in no table.
     */
    public static final Dates UNPLACED = new Dates(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1));

    /** Checks the order. */
    public Dates {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends before it begins: " + first + " to " + last);
        }
    }

    /** Whether {@code start} to {@code end} lies within these days. */
    public boolean holds(LocalDate start, LocalDate end) {
        return !start.isBefore(first) && !end.isAfter(last);
    }

    /** The number of days, both ends included. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    }

    static Dates months(int year, int firstMonth, int months) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new Dates(start, start.plusMonths(months).minusDays(1));
    }
}
