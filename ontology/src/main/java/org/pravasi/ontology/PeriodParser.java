package org.pravasi.ontology;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses period notations for a stated granularity, with messages that quote the input and show the fix. */
final class PeriodParser {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-[Qq]([0-9]+)");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]+)");

    private PeriodParser() {}

    static Period parse(String input, Granularity granularity) {
        if (input == null || input.isBlank()) {
            throw new PeriodFormatException(
                    "period is empty: write a " + granularity.id() + " as in " + granularity.example());
        }
        String text = input.strip();
        return switch (granularity) {
            case YEAR -> year(text);
            case QUARTER -> quarter(text);
            case MONTH -> month(text);
        };
    }

    private static Period year(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.matches()) {
            throw malformed(text, "a year period is written YYYY", Granularity.YEAR);
        }
        int year = year(text, m.group(1));
        return new Period(text, Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Period quarter(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.matches()) {
            throw malformed(text, "a quarter period is written YYYY-Qn", Granularity.QUARTER);
        }
        int year = year(text, m.group(1));
        int quarter = Integer.parseInt(m.group(2));
        if (quarter < 1 || quarter > 4 || m.group(2).length() != 1) {
            throw malformed(text, "quarter must be Q1–Q4", Granularity.QUARTER);
        }
        if (text.charAt(5) == 'q') {
            throw malformed(text, "write the Q of a quarter as a capital letter", Granularity.QUARTER);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(text, Granularity.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    private static Period month(String text) {
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            throw malformed(text, "a month period is written YYYY-MM", Granularity.MONTH);
        }
        int year = year(text, m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw malformed(text, "month must be 01–12", Granularity.MONTH);
        }
        if (m.group(2).length() != 2) {
            throw malformed(text, "write the month with two digits", Granularity.MONTH);
        }
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(text, Granularity.MONTH, start, start.plusMonths(1).minusDays(1));
    }

    private static int year(String text, String digits) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new PeriodFormatException("\"" + text + "\": year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    private static PeriodFormatException malformed(String text, String rule, Granularity granularity) {
        return new PeriodFormatException("\"" + text + "\": " + rule + ", as in " + granularity.example());
    }
}
