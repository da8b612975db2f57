package org.pravasi.registry.catalog.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The one rule for withheld cells in figures by district")
class FigureTest {
    static final int K = 10;

    static Tally cells(long... values) {
        Tally t = Tally.EMPTY;
        for (long v : values) {
            t = v < 0 ? t.add(OptionalLong.empty(), true) : t.add(OptionalLong.of(v), false);
        }
        return t;
    }

    @Test
    @DisplayName("a complete sum is shown")
    void completeSumIsShown() {
        assertEquals(new Figure(Figure.Status.VALUE, OptionalLong.of(70), 0), Figure.of(cells(30, 40), K));
    }

    @Test
    @DisplayName("a sum that includes a withheld cell is not shown, not even as a partial sum")
    void sumWithAWithheldCellIsNotShown() {
        Figure f = Figure.of(cells(40, 50, -1, -1), K);
        assertEquals(Figure.Status.SUPPRESSED, f.status());
        assertEquals(OptionalLong.empty(), f.value());
        assertEquals(2, f.withheld());
    }

    @Test
    @DisplayName("a cell without a value (not marked withheld) also makes the sum incomplete")
    void cellWithoutValueMakesTheSumIncomplete() {
        Tally t = cells(40).add(OptionalLong.empty(), false);
        assertEquals(0, t.sum(), "an incomplete sum is not kept");
        assertEquals(Figure.Status.SUPPRESSED, Figure.of(t, K).status());
    }

    @Test
    @DisplayName("a sum from 1 to k - 1 is withheld, as a last guard")
    void smallSumIsWithheld() {
        assertEquals(Figure.Status.SUPPRESSED, Figure.of(cells(3), K).status());
        assertEquals(Figure.Status.SUPPRESSED, Figure.of(cells(K - 1), K).status());
        assertEquals(OptionalLong.of(K), Figure.of(cells(K), K).value());
    }

    @Test
    @DisplayName("zero is a figure: it reveals no one")
    void zeroIsShown() {
        assertEquals(OptionalLong.of(0), Figure.of(cells(0, 0), K).value());
    }

    @Test
    @DisplayName("no observation is no data, not zero")
    void noObservationIsNoData() {
        assertEquals(Figure.NO_DATA, Figure.of(Tally.EMPTY, K));
        assertEquals(Figure.NO_DATA, Figure.of(null, K));
    }

    @Test
    @DisplayName("a reader's counts keep their sum only when every observation had a value")
    void readerCountsDropAnIncompleteSum() {
        assertEquals(0, Tally.of(3, 2, 1, 90).sum());
        assertEquals(90, Tally.of(2, 2, 0, 90).sum());
    }

    @Test
    @DisplayName("counts that cannot be are refused")
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Tally(1, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tally(1, 0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Figure(Figure.Status.SUPPRESSED, OptionalLong.of(5), 1));
    }
}
