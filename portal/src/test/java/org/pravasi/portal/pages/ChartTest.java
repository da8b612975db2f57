package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Server-drawn SVG charts")
class ChartTest {

    @Test
    @DisplayName("draw one labelled bar per point with an accessible title and description")
    void barsWithTitle() {
        String svg = Chart.svg(
                "c",
                "Cases per quarter",
                "One bar per quarter",
                List.of(
                        new Totals.Point("2024-Q1", "2024 Q1", 1200, 0),
                        new Totals.Point("2024-Q2", "2024 Q2", 600, 2)));
        assertEquals(2, PageAssertions.all("(<rect )", svg).size());
        assertTrue(svg.contains("width=\"0\""), "a period with a withheld cell has no bar");
        assertTrue(svg.contains("<title id=\"c-title\">Cases per quarter</title>"));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""));
        assertTrue(svg.contains(">1,200<"), svg);
        assertFalse(svg.contains(">600"), "the published cells' partial sum is not shown as the period's total");
        assertTrue(svg.contains("class=\"chart-value\">*<"), "a star marks a total that is not published");
    }

    @Test
    @DisplayName("show a category whose every cell was suppressed as a star, not as zero")
    void allSuppressedIsNotZero() {
        String svg =
                Chart.svg("c", "t", "d", List.of(new Totals.Point("a", "A", 50, 0), new Totals.Point("b", "B", 0, 4)));
        assertFalse(svg.contains(">0*<"), svg);
        assertTrue(svg.contains("class=\"chart-value\">*<"), svg);
    }

    @Test
    @DisplayName("escape labels")
    void escapesLabels() {
        String svg = Chart.svg("c", "<b>", "d", List.of(new Totals.Point("x", "<script>", 5, 0)));
        assertFalse(svg.contains("<script>"), svg);
        assertFalse(svg.contains("<b>"), svg);
    }

    @Test
    @DisplayName("draw nothing for no points")
    void emptyIsEmpty() {
        assertEquals("", Chart.svg("c", "t", "d", List.of()));
    }
}
