package org.pravasi.portal.map;

/**
 * A period an indicator has figures for.
 *
 * @param notation e.g. {@code 2024-Q1}
 * @param uri the period resource
 * @param label e.g. {@code 2024 Q1}
 * @param start first day (ISO date)
 * @param end last day (ISO date)
 */
public record PeriodInfo(String notation, String uri, String label, String start, String end) {}
