package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.ontology.Granularity;
import org.pravasi.ontology.Period;
import org.pravasi.ontology.PravasiUris;

/**
 * How long the periods of a selection are: a month, a quarter, a calendar year, or a financial year (April to March,
 * written {@code FY2024-25}). Finer periods roll up into coarser ones, never the other way.
 */
enum Span {
    MONTH("month", 1),
    QUARTER("quarter", 3),
    YEAR("year", 12),
    FINANCIAL_YEAR("fy", 12);

    private static final Pattern YEAR_FORM = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER_FORM = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH_FORM = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    private static final Pattern FY_FORM = Pattern.compile("FY([0-9]{4})-([0-9]{2})");

    private final String id;
    private final int months;

    Span(String id, int months) {
        this.id = id;
        this.months = months;
    }

    /** The value of the {@code granularity} parameter. */
    String id() {
        return id;
    }

    /** Every id, for error messages. */
    static String ids() {
        return String.join(", ", List.of(MONTH.id, QUARTER.id, YEAR.id, FINANCIAL_YEAR.id));
    }

    /** The span named {@code id} ({@code month}, {@code quarter}, {@code year}, {@code fy}), ignoring case. */
    static Optional<Span> byId(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        for (Span span : values()) {
            if (span.id.equals(s)) {
                return Optional.of(span);
            }
        }
        return s.equals("financial-year") ? Optional.of(FINANCIAL_YEAR) : Optional.empty();
    }

    /** The span of a period notation ({@code 2024}, {@code 2024-Q1}, {@code 2024-03}, {@code FY2024-25}), if any. */
    static Optional<Span> of(String notation) {
        if (YEAR_FORM.matcher(notation).matches()) {
            return Optional.of(YEAR);
        }
        if (QUARTER_FORM.matcher(notation).matches()) {
            return Optional.of(QUARTER);
        }
        if (MONTH_FORM.matcher(notation).matches()) {
            return Optional.of(MONTH);
        }
        Matcher fy = FY_FORM.matcher(notation);
        if (fy.matches() && (Integer.parseInt(fy.group(1)) + 1) % 100 == Integer.parseInt(fy.group(2))) {
            return Optional.of(FINANCIAL_YEAR);
        }
        return Optional.empty();
    }

    /** An example notation, for error messages. */
    String example() {
        return switch (this) {
            case MONTH -> "2024-03";
            case QUARTER -> "2024-Q1";
            case YEAR -> "2024";
            case FINANCIAL_YEAR -> "FY2024-25";
        };
    }

    /** Whether periods of {@code finer} fit whole into periods of this span. */
    boolean holds(Span finer) {
        if (this == finer) {
            return true;
        }
        return months > finer.months && finer != YEAR && finer != FINANCIAL_YEAR;
    }

    /** The first month (1 to 12) and year of a period of this span, as {@code year * 12 + month - 1}. */
    static int startMonth(String notation, Span span) {
        return switch (span) {
            case YEAR -> Integer.parseInt(notation) * 12;
            case QUARTER -> Integer.parseInt(notation.substring(0, 4)) * 12 + (notation.charAt(6) - '1') * 3;
            case MONTH -> Integer.parseInt(notation.substring(0, 4)) * 12 + Integer.parseInt(notation.substring(5)) - 1;
            case FINANCIAL_YEAR -> Integer.parseInt(notation.substring(2, 6)) * 12 + 3;
        };
    }

    /** The period of this span that holds the period {@code notation} of span {@code finer}. */
    String bucketOf(String notation, Span finer) {
        return at(startMonth(notation, finer));
    }

    /** The period of this span that holds the month {@code m} ({@code year * 12 + month - 1}). */
    private String at(int m) {
        int year = m / 12;
        int month = m % 12;
        return switch (this) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + (month / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, month + 1);
            case FINANCIAL_YEAR -> {
                int start = month >= 3 ? year : year - 1;
                yield String.format(Locale.ROOT, "FY%d-%02d", start, (start + 1) % 100);
            }
        };
    }

    /** The periods of span {@code finer} that make up the period {@code bucket} of this span, in time order. */
    List<String> parts(String bucket, Span finer) {
        int start = startMonth(bucket, this);
        List<String> out = new ArrayList<>();
        for (int m = start; m < start + months; m += finer.months) {
            out.add(finer.at(m));
        }
        return out;
    }

    /** The reference-period URI of a period of this span. */
    String uri(String notation) {
        return PravasiUris.period(notation);
    }

    /** The label of a period of this span in {@code lang}. */
    String label(String notation, String lang) {
        return Period.parse(notation, granularity()).label(lang);
    }

    /** The granularity of the ontology that this span is. */
    private Granularity granularity() {
        return switch (this) {
            case YEAR -> Granularity.YEAR;
            case QUARTER -> Granularity.QUARTER;
            case MONTH -> Granularity.MONTH;
            case FINANCIAL_YEAR -> Granularity.FINANCIAL_YEAR;
        };
    }
}
