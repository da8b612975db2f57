package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.registry.disclosure.TestTables.indexOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final List<String> AREAS = List.of("201", "202", "203");
    private static final List<String> QUARTERS = List.of("2024-Q1", "2024-Q2", "2024-Q3");
    private final DisclosureControl control = DisclosureControl.withDefaultThreshold();

    @Test
    void aSuppressionPastItsWorkStopsSayingSoInsteadOfRunningForMinutes() {
        // 2,003 counts of 3 along two crossing lines: every count's protection level is a linear program over both
        // lines. Unbounded this took 21 s and 138,135,070 units, and 8,003 counts 203 s.
        List<Cell> table = DerivableCellsTest.crossingLines(1000, new BitSet());

        TooCostly x = assertThrows(
                TooCostly.class,
                () -> DisclosureControl.withDefaultThreshold()
                        .withinWork(5_000_000)
                        .suppress(table));

        assertEquals(table.size(), x.cells());
        assertEquals(5_000_000, x.limit());
        assertTrue(x.getMessage().startsWith("protecting the small counts among the 2003 cells"), x::getMessage);
    }

    @Test
    void aWorkBudgetMustBePositive() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DisclosureControl.withDefaultThreshold().withinWork(0));
    }

    @Test
    void suppressesCountsBelowThreshold() {
        List<Cell> table = TestTables.grid(AREAS, QUARTERS, new long[][] {{1, 9, 10}, {50, 60, 70}, {80, 90, 100}});

        SuppressionResult result = control.suppress(table);

        BitSet expected = new BitSet();
        expected.set(indexOf(table, "201", "2024-Q1"));
        expected.set(indexOf(table, "201", "2024-Q2"));
        assertEquals(expected, result.primary());
        assertEquals(Optional.of(SuppressionReason.PRIMARY_BELOW_THRESHOLD), result.reason(expected.nextSetBit(0)));
    }

    @Test
    void zeroIsNotSuppressed() {
        List<Cell> table = List.of(Cell.of(0, "201"), Cell.of(40, "202"), Cell.of(55, "203"));

        SuppressionResult result = control.suppress(table);

        assertEquals(0, result.suppressedCount());
        assertEquals(Optional.empty(), result.reason(0));
    }

    @Test
    void thresholdBelowFiveIsRefused() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> DisclosureControl.withThreshold(4));

        assertTrue(refused.getMessage().contains("minimum is 5"), refused.getMessage());
        assertEquals(5, DisclosureControl.withThreshold(5).threshold());
        assertEquals(10, DisclosureControl.withDefaultThreshold().threshold());
    }

    @Test
    void singleSuppressedCellInRowGetsAComplement() {
        List<Cell> row = List.of(
                Cell.of(3, "201"), Cell.of(40, "202"), Cell.of(25, "203"), Cell.of(0, "204"), Cell.of(60, "205"));

        SuppressionResult result = control.suppress(row);

        BitSet smallestNonZero = new BitSet();
        smallestNonZero.set(2);
        assertEquals(smallestNonZero, result.secondary());
        assertEquals(Optional.of(SuppressionReason.SECONDARY_COMPLEMENT), result.reason(2));
    }

    @Test
    void publisherTotalsCannotRevealASuppressedCell() {
        List<Cell> table =
                TestTables.gridWithTotals(AREAS, QUARTERS, new long[][] {{3, 40, 52}, {25, 30, 61}, {47, 38, 90}});

        SuppressionResult result = control.suppress(table);

        assertTrue(result.isSuppressed(indexOf(table, "201", "2024-Q1")));
        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed()));
    }

    @Test
    void complementsAreDetailCellsWhileDetailCellsRemain() {
        List<Cell> table =
                TestTables.gridWithTotals(AREAS, QUARTERS, new long[][] {{3, 40, 52}, {25, 30, 61}, {47, 38, 90}});

        SuppressionResult result = control.suppress(table);

        result.secondary().stream()
                .forEach(i -> assertFalse(
                        table.get(i).key().contains(Cell.TOTAL), () -> "a total was withheld: " + table.get(i)));
        assertEquals(3, result.secondaryCount());
    }

    @Test
    void bridgeBetweenTwoSuppressedCyclesIsProtected() {
        long[][] values = new long[6][6];
        for (long[] row : values) {
            Arrays.fill(row, 100);
        }
        int[][] small = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {1, 2}};
        for (int[] cell : small) {
            values[cell[0]][cell[1]] = 4;
        }
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        List<Cell> table = TestTables.grid(six, six, values);
        SuppressionResult result = control.suppress(table);
        int bridge = indexOf(table, "b", "c");

        assertTrue(
                ExactDerivabilityChecker.derivable(table, result.primary()).get(bridge),
                "every line has two withheld cells, yet the bridge follows from the totals");
        assertTrue(result.secondaryCount() > 0);
        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed()));
    }

    @Test
    void cellsThatOutsideTotalsAloneGiveAwayAreReported() {
        // Totals over the first dimension for three of the four columns: the attacker's outside
        // totals of the other lines then fix those three totals whatever is withheld.
        List<Cell> table = new ArrayList<>();
        for (String a : List.of("a1", "a2", "a3")) {
            for (String b : List.of("b1", "b2")) {
                for (String c : List.of("c1", "c2")) {
                    table.add(Cell.of(3, a, b, c));
                }
            }
        }
        table.add(Cell.of(9, Cell.TOTAL, "b1", "c1"));
        table.add(Cell.of(9, Cell.TOTAL, "b1", "c2"));
        table.add(Cell.of(9, Cell.TOTAL, "b2", "c1"));

        SuppressionResult result = control.suppress(table);

        assertEquals(table.size(), result.suppressedCount());
        assertEquals(Set.of(12, 13, 14), result.unprotectable().stream().boxed().collect(Collectors.toSet()));
        assertEquals(ExactDerivabilityChecker.derivable(table, result.suppressed()), result.unprotectable());
        assertTrue(result.whyUnprotectable(12).orElseThrow().contains("follows exactly from totals"));
        assertEquals(Optional.empty(), result.whyUnprotectable(0));
        assertTrue(
                result.summary()
                        .endsWith("3 suppressed cells follow from totals published elsewhere"
                                + " alone, whatever this table withholds."),
                result.summary());
    }

    @Test
    void resultDoesNotDependOnRowOrder() {
        List<Cell> table =
                TestTables.gridWithTotals(AREAS, QUARTERS, new long[][] {{3, 40, 52}, {25, 7, 61}, {47, 38, 0}});
        List<Cell> shuffled = new ArrayList<>(table);
        Collections.shuffle(shuffled, new Random(7));

        assertEquals(
                suppressedKeys(table, control.suppress(table)), suppressedKeys(shuffled, control.suppress(shuffled)));
        assertEquals(control.suppress(table), control.suppress(table));
    }

    @Test
    void summaryCountsBothKindsOfSuppression() {
        List<Cell> row = List.of(Cell.of(3, "201"), Cell.of(40, "202"), Cell.of(25, "203"));

        assertEquals(
                "1 of 3 cells suppressed because they are below 10, 1 more so that they cannot"
                        + " be recovered from totals.",
                control.suppress(row).summary());
    }

    @Test
    void duplicateKeysAreRefused() {
        List<Cell> table = List.of(Cell.of(3, "201", "2024-Q1"), Cell.of(40, "201", "2024-Q1"));

        assertThrows(IllegalArgumentException.class, () -> control.suppress(table));
    }

    @Test
    void keysOfDifferentLengthsAreRefused() {
        List<Cell> table = List.of(Cell.of(3, "201", "2024-Q1"), Cell.of(40, "201"));

        assertThrows(IllegalArgumentException.class, () -> control.suppress(table));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Cell.of(-1, "201"));
    }

    private static Set<List<String>> suppressedKeys(List<Cell> table, SuppressionResult result) {
        return result.suppressed().stream().mapToObj(i -> table.get(i).key()).collect(Collectors.toSet());
    }
}
