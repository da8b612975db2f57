package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Period spans: which quarters and months make up a year or a financial year")
class SpanTest {
    @Test
    @DisplayName("a calendar year is Q1 to Q4, or January to December")
    void calendarYear() {
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"), Span.YEAR.parts("2024", Span.QUARTER));
        assertEquals(12, Span.YEAR.parts("2024", Span.MONTH).size());
        assertEquals("2024-12", Span.YEAR.parts("2024", Span.MONTH).get(11));
    }

    @Test
    @DisplayName("a financial year runs April to March: Q2 to Q4, then next year's Q1")
    void financialYear() {
        assertEquals(
                List.of("2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"),
                Span.FINANCIAL_YEAR.parts("FY2024-25", Span.QUARTER));
        List<String> months = Span.FINANCIAL_YEAR.parts("FY2024-25", Span.MONTH);
        assertEquals("2024-04", months.get(0));
        assertEquals("2025-03", months.get(11));
        assertEquals("FY2023-24", Span.FINANCIAL_YEAR.bucketOf("2024-Q1", Span.QUARTER));
        assertEquals("FY2024-25", Span.FINANCIAL_YEAR.bucketOf("2024-04", Span.MONTH));
        assertEquals("FY2023-24", Span.FINANCIAL_YEAR.bucketOf("2024-03", Span.MONTH));
    }

    @Test
    @DisplayName("a quarter is three months; months roll up, years never roll down")
    void holds() {
        assertEquals(List.of("2024-04", "2024-05", "2024-06"), Span.QUARTER.parts("2024-Q2", Span.MONTH));
        assertTrue(Span.YEAR.holds(Span.QUARTER));
        assertTrue(Span.FINANCIAL_YEAR.holds(Span.MONTH));
        assertFalse(Span.QUARTER.holds(Span.YEAR));
        assertFalse(Span.FINANCIAL_YEAR.holds(Span.YEAR));
        assertFalse(Span.YEAR.holds(Span.FINANCIAL_YEAR));
    }

    @Test
    @DisplayName("notations are recognised by their form; a financial year's two years must follow each other")
    void notations() {
        assertEquals(Optional.of(Span.YEAR), Span.of("2024"));
        assertEquals(Optional.of(Span.QUARTER), Span.of("2024-Q3"));
        assertEquals(Optional.of(Span.MONTH), Span.of("2024-11"));
        assertEquals(Optional.of(Span.FINANCIAL_YEAR), Span.of("FY2024-25"));
        assertEquals(Optional.of(Span.FINANCIAL_YEAR), Span.of("FY1999-00"));
        assertEquals(Optional.empty(), Span.of("FY2024-26"));
        assertEquals(Optional.empty(), Span.of("2024-Q5"));
        assertEquals(Optional.empty(), Span.of("2024-13"));
        assertEquals("FY 2024–25", Span.FINANCIAL_YEAR.label("FY2024-25", "en"));
        assertEquals("वित्त वर्ष 2024–25", Span.FINANCIAL_YEAR.label("FY2024-25", "hi"));
    }
}
