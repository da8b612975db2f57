package org.pravasi.ontology;

import java.util.Locale;

/** The length of a reference period: a calendar year, quarter or month. */
public enum Granularity {
    /** A calendar year, written {@code 2024}. */
    YEAR("year", "2024"),
    /** A calendar quarter, written {@code 2024-Q1}. */
    QUARTER("quarter", "2024-Q1"),
    /** A calendar month, written {@code 2024-03}. */
    MONTH("month", "2024-03");

    private final String id;
    private final String example;

    Granularity(String id, String example) {
        this.id = id;
        this.example = example;
    }

    /** The id used in descriptors and as the value of {@code pv:granularity}: year, quarter or month. */
    public String id() {
        return id;
    }

    /** A well-formed period of this granularity, for error messages. */
    public String example() {
        return example;
    }

    /** The granularity with the given id, ignoring case. */
    public static Granularity of(String id) {
        if (id != null) {
            for (Granularity g : values()) {
                if (g.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return g;
                }
            }
        }
        throw new PeriodFormatException("\"" + id + "\" is not a granularity: use year, quarter or month");
    }
}
