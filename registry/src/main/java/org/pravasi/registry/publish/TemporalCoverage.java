package org.pravasi.registry.publish;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.pravasi.ontology.Period;

/**
 * A table's temporal coverage: its periods' earliest start to their latest end. The catalogue publishes it as
 * {@code dct:temporal}; a reader takes a period within it that the table lacks as one with no cases, so the outside
 * totals of a year are read over it, and a peer must state exactly this one.
 *
 * @param start the earliest start
 * @param end the latest end
 */
public record TemporalCoverage(LocalDate start, LocalDate end) {

    /** The coverage of {@code periods}, or empty if there are none. */
    static Optional<TemporalCoverage> of(Collection<Period> periods) {
        LocalDate first = null;
        LocalDate last = null;
        for (Period p : periods) {
            first = first == null || p.start().isBefore(first) ? p.start() : first;
            last = last == null || p.end().isAfter(last) ? p.end() : last;
        }
        return first == null ? Optional.empty() : Optional.of(new TemporalCoverage(first, last));
    }

    /** The coverage of the periods among {@code values} (published keys: period URIs, other values ignored). */
    public static Optional<TemporalCoverage> ofKeys(Collection<String> values) {
        return of(values.stream().flatMap(v -> ValueNesting.period(v).stream()).toList());
    }

    /** Whether {@code p} lies within the coverage. */
    boolean contains(Period p) {
        return !p.start().isBefore(start) && !p.end().isAfter(end);
    }
}
