package org.pravasi.ontology;

import java.util.Locale;

/** The length of a reference period: a calendar year, quarter or month, or an Indian financial year. */
public enum Granularity {
    /** A calendar year, written {@code 2024}. */
    YEAR("year", "2024"),
    /** A calendar quarter, written {@code 2024-Q1}. */
    QUARTER("quarter", "2024-Q1"),
    /** A calendar month, written {@code 2024-03}. */
    MONTH("month", "2024-03"),
    /** An Indian financial year, 1 April to 31 March, written {@code FY2024-25}. */
    FINANCIAL_YEAR("financial-year", "FY2024-25");

    /** Another id accepted for {@link #FINANCIAL_YEAR}, as the explorer's {@code granularity=fy} writes it. */
    private static final String FY = "fy";

    private final String id;
    private final String example;

    Granularity(String id, String example) {
        this.id = id;
        this.example = example;
    }

    /**
     * The id used in descriptors and as the value of {@code pv:granularity}: year, quarter, month or financial-year.
     */
    public String id() {
        return id;
    }

    /** A well-formed period of this granularity, for error messages. */
    public String example() {
        return example;
    }

    /** The granularity with the given id ({@code fy} stands for {@code financial-year}), ignoring case. */
    public static Granularity of(String id) {
        if (id != null) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals(FY)) {
                return FINANCIAL_YEAR;
            }
            for (Granularity g : values()) {
                if (g.id.equals(wanted)) {
                    return g;
                }
            }
        }
        throw new PeriodFormatException(
                "\"" + id + "\" is not a granularity: use year, quarter, month or financial-year");
    }
}
