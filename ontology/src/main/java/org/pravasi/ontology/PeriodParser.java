package org.pravasi.ontology;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses period notations for a stated granularity, with messages that quote the input and show the fix. */
final class PeriodParser {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-[Qq]([0-9]+)");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]+)");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?i:FY)([0-9]{4})-([0-9]{2})");

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
            case FINANCIAL_YEAR -> financialYear(text);
        };
    }

    /**
     * Whether {@code text} (stripped) has the written form of a {@code granularity} period, whatever its values: what
     * {@link #parse} would not refuse as malformed at once.
     */
    static boolean hasFormOf(String text, Granularity granularity) {
        Pattern form = switch (granularity) {
            case YEAR -> YEAR;
            case QUARTER -> QUARTER;
            case MONTH -> MONTH;
            case FINANCIAL_YEAR -> FINANCIAL_YEAR;
        };
        return form.matcher(text.strip()).matches();
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

    private static Period financialYear(String text) {
        Matcher m = FINANCIAL_YEAR.matcher(text);
        if (!m.matches()) {
            throw malformed(text, "a financial-year period is written FYYYYY-YY", Granularity.FINANCIAL_YEAR);
        }
        int year = year(text, m.group(1));
        if (Integer.parseInt(m.group(2)) != (year + 1) % 100) {
            throw malformed(
                    text,
                    "a financial year runs April to March of the next year, so FY" + year + " is followed by "
                            + String.format(Locale.ROOT, "%02d", (year + 1) % 100),
                    Granularity.FINANCIAL_YEAR);
        }
        if (!text.startsWith("FY")) {
            throw malformed(text, "write the FY of a financial year in capital letters", Granularity.FINANCIAL_YEAR);
        }
        LocalDate start = LocalDate.of(year, 4, 1);
        return new Period(
                text, Granularity.FINANCIAL_YEAR, start, start.plusYears(1).minusDays(1));
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
