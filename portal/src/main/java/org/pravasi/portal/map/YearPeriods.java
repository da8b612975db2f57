package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.ontology.PravasiUris;

/**
 * The calendar years that an indicator's quarters or months roll up to. A year is offered when at least one of its
 * parts has figures; its figure is then shown only where every part is published ({@code Rollup}), so a year with a
 * quarter still to come reads as incomplete, never as a smaller total.
 */
final class YearPeriods {
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");

    /**
     * A year and the parts it is made of.
     *
     * @param period the year as a period (notation {@code 2024})
     * @param parts the notations of every quarter (or month) of the year, in time order, whether it has figures or not
     */
    record Year(PeriodInfo period, List<String> parts) {
        /** Copies the list. */
        Year {
            parts = List.copyOf(parts);
        }
    }

    private YearPeriods() {}

    /** The years of an indicator's periods, oldest first; none when its periods are not quarters or months. */
    static List<Year> of(Indicator indicator) {
        Map<String, Year> years = new LinkedHashMap<>();
        for (PeriodInfo p : indicator.periods()) {
            Matcher q = QUARTER.matcher(p.notation());
            Matcher m = MONTH.matcher(p.notation());
            if (q.matches()) {
                years.computeIfAbsent(q.group(1), y -> year(y, "-Q", 4, 1));
            } else if (m.matches()) {
                years.computeIfAbsent(m.group(1), y -> year(y, "-", 12, 2));
            } else {
                return List.of();
            }
        }
        return List.copyOf(years.values());
    }

    /** The year {@code notation} of an indicator, if its periods roll up to it. */
    static Optional<Year> find(Indicator indicator, String notation) {
        return of(indicator).stream()
                .filter(y -> y.period().notation().equals(notation))
                .findFirst();
    }

    private static Year year(String year, String separator, int count, int digits) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(year + separator + (digits == 2 && i < 10 ? "0" + i : Integer.toString(i)));
        }
        PeriodInfo period = new PeriodInfo(year, PravasiUris.period(year), year, year + "-01-01", year + "-12-31");
        return new Year(period, parts);
    }
}
