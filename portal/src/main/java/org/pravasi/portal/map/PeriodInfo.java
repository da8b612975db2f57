package org.pravasi.portal.map;

import org.pravasi.ontology.Period;

/**
 * A period an indicator has figures for.
 *
 * @param notation e.g. {@code 2024-Q1}
 * @param uri the period resource
 * @param label e.g. {@code 2024 Q1}
 * @param start first day (ISO date)
 * @param end last day (ISO date)
 */
public record PeriodInfo(String notation, String uri, String label, String start, String end) {

    /**
     * Its label in {@code lang}: in Hindi as every page writes periods ({@code 2024 की पहली तिमाही}, {@code वित्त वर्ष
     * 2023–24}) when the notation is one of ours, else the stored label.
     */
    public String labelIn(String lang) {
        if (!"hi".equals(lang)) {
            return label;
        }
        return Period.of(notation).map(p -> p.label(lang)).orElse(label);
    }

    /** This period labelled in {@code lang}. */
    public PeriodInfo in(String lang) {
        String l = labelIn(lang);
        return l.equals(label) ? this : new PeriodInfo(notation, uri, l, start, end);
    }
}
