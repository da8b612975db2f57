package org.pravasi.registry.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.ontology.Granularity;
import org.pravasi.ontology.Period;

/**
 * Periods as partners write them to the pipeline's period notations: calendar years ({@code 2024}), quarters ({@code Q1
 * 2024}, {@code Apr–Jun 2024}, {@code April-June 2024} → {@code 2024-Q2}) and months ({@code Jan 2024},
 * {@code 2024-01}, {@code जनवरी 2024} → {@code 2024-01}) and financial years ({@code 2023-24}, {@code FY 2023-24},
 * {@code वित्त वर्ष 2023-24}, {@code Apr 2023 - Mar 2024} → {@code FY2023-24}, 1 April 2023 to 31 March 2024).
 */
public final class PeriodReconciler {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "([\\p{L}\\p{M}.]+)";
    private static final Pattern YEAR = Pattern.compile("(?:cy|calendar year)?\\s*(\\d{4})");
    private static final Pattern Q_FIRST = Pattern.compile("q([1-4])\\s*[-/,]?\\s*(\\d{4})");
    private static final Pattern Q_LAST = Pattern.compile("(\\d{4})\\s*[-/,]?\\s*q([1-4])");
    private static final Pattern RANGE =
            Pattern.compile(MONTH + "\\s*,?\\s*(\\d{4})?\\s*(?:-|to|से)\\s*" + MONTH + "\\s*,?\\s*(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s*[-/,']?\\s*(\\d{4}|\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_NUM_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:t.*)?");
    private static final Pattern FY = Pattern.compile(
            "(?:fy|f\\.y\\.|financial year|वित्त वर्ष|वित्तीय वर्ष)?\\s*(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

    /** The period {@code value} names. */
    public Reconciled period(String value) {
        Optional<Reconciled> tooLong = Reconciled.tooLong(value.strip(), "period");
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        String v = Digits.ascii(value)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("\\s+", " ");
        Matcher m;
        if ((m = YEAR.matcher(v)).matches()) {
            return resolved(value, m.group(1), Granularity.YEAR, "calendar year");
        }
        if ((m = Q_FIRST.matcher(v)).matches()) {
            return resolved(value, m.group(2) + "-Q" + m.group(1), Granularity.QUARTER, "quarter");
        }
        if ((m = Q_LAST.matcher(v)).matches()) {
            return resolved(value, m.group(1) + "-Q" + m.group(2), Granularity.QUARTER, "quarter");
        }
        Optional<Reconciled> fy = financialYear(value, v);
        if (fy.isPresent()) {
            return fy.get();
        }
        if ((m = RANGE.matcher(v)).matches()) {
            Integer from = MONTHS.get(NameKey.of(m.group(1)));
            Integer to = MONTHS.get(NameKey.of(m.group(3)));
            boolean oneYear = m.group(2) == null || m.group(2).equals(m.group(4));
            if (from != null
                    && to != null
                    && from == 4
                    && to == 3
                    && m.group(2) != null
                    && Integer.parseInt(m.group(4)) == Integer.parseInt(m.group(2)) + 1) {
                return resolved(value, fy(Integer.parseInt(m.group(2))), Granularity.FINANCIAL_YEAR, "financial year");
            }
            if (from != null && to != null) {
                if ((from - 1) % 3 == 0 && to == from + 2 && oneYear) {
                    return resolved(
                            value, m.group(4) + "-Q" + ((from + 2) / 3), Granularity.QUARTER, "months of a quarter");
                }
                return Reconciled.unresolved(
                        value,
                        List.of(),
                        "These months are not a calendar quarter (January–March, April–June, July–September,"
                                + " October–December) nor a financial year (April to March); the pipeline publishes"
                                + " years, financial years, quarters and months only.");
            }
        }
        if ((m = MONTH_YEAR.matcher(v)).matches() && MONTHS.containsKey(NameKey.of(m.group(1)))) {
            String year = m.group(2).length() == 2 ? "20" + m.group(2) : m.group(2);
            return resolved(
                    value,
                    year + String.format(Locale.ROOT, "-%02d", MONTHS.get(NameKey.of(m.group(1)))),
                    Granularity.MONTH,
                    "month");
        }
        if ((m = ISO_MONTH.matcher(v)).matches() && validMonth(m.group(2))) {
            return resolved(
                    value,
                    m.group(1) + String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(2))),
                    Granularity.MONTH,
                    "month");
        }
        if ((m = MONTH_NUM_YEAR.matcher(v)).matches() && validMonth(m.group(1))) {
            return resolved(
                    value,
                    m.group(2) + String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(1))),
                    Granularity.MONTH,
                    "month");
        }
        if ((m = ISO_DATE.matcher(v)).matches() && validMonth(m.group(2))) {
            String month = m.group(1) + "-" + m.group(2);
            return Reconciled.unresolved(
                    value,
                    List.of(candidate(month, Granularity.MONTH, "suggestion: the month of this date", 0.9)),
                    "This is a date, not a period; choose the month (or quarter, or year) it stands for.");
        }
        return Reconciled.unresolved(
                value,
                List.of(),
                "Not a period the workspace knows; write a year (2024), a financial year (2023-24, FY 2023-24), a"
                        + " quarter (Q1 2024, Apr-Jun 2024) or a month (Jan 2024, 2024-01).");
    }

    private Optional<Reconciled> financialYear(String value, String v) {
        Matcher m = FY.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean next = m.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
        if (!next) {
            return Optional.empty();
        }
        if (m.group(2).length() == 2 && validMonth(m.group(2)) && !v.matches("\\D.*")) {
            String month = first + "-" + m.group(2);
            return Optional.of(Reconciled.ambiguous(
                    value,
                    List.of(
                            candidate(month, Granularity.MONTH, "read as a month", 1.0),
                            candidate(fy(first), Granularity.FINANCIAL_YEAR, "read as a financial year", 1.0)),
                    "This is either a month (" + month + ") or the financial year " + first + "-" + m.group(2)
                            + " (April " + first + " to March " + (first + 1) + "); choose which."));
        }
        return Optional.of(resolved(value, fy(first), Granularity.FINANCIAL_YEAR, "financial year"));
    }

    /** The notation of the financial year that starts in April of {@code year}. */
    private static String fy(int year) {
        return String.format(Locale.ROOT, "FY%d-%02d", year, (year + 1) % 100);
    }

    private static boolean validMonth(String digits) {
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= 12;
    }

    private static Reconciled resolved(String value, String notation, Granularity g, String kind) {
        try {
            return Reconciled.resolved(value, candidate(notation, g, "read as a " + kind, 1.0));
        } catch (RuntimeException e) {
            return Reconciled.unresolved(value, List.of(), "Not a valid period: " + e.getMessage() + ".");
        }
    }

    private static Candidate candidate(String notation, Granularity g, String why, double score) {
        Period p = Period.parse(notation, g);
        return new Candidate(p.notation(), p.label() + " (" + p.start() + " to " + p.end() + ")", why, score);
    }

    /** The granularity of a period notation produced here. */
    static Granularity granularity(String notation) {
        return Period.of(notation)
                .map(Period::granularity)
                .orElseThrow(() -> new IllegalArgumentException("Not a period notation: " + notation));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"january", "jan", "जनवरी"},
            {"february", "feb", "फरवरी", "फ़रवरी"},
            {"march", "mar", "मार्च"},
            {"april", "apr", "अप्रैल", "अप्रेल"},
            {"may", "मई"},
            {"june", "jun", "जून"},
            {"july", "jul", "जुलाई"},
            {"august", "aug", "अगस्त"},
            {"september", "sep", "sept", "सितंबर", "सितम्बर"},
            {"october", "oct", "अक्टूबर", "अक्तूबर"},
            {"november", "nov", "नवंबर", "नवम्बर"},
            {"december", "dec", "दिसंबर", "दिसम्बर"}
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(NameKey.of(n), i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
