package org.pravasi.portal.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a dataset covers, or the date of a story (start = end).
 *
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
    /** Checks the order. */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before its start " + start);
        }
    }
}
