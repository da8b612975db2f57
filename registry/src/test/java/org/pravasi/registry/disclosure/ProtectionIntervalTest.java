package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.registry.disclosure.TestTables.indexOf;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Withheld cells must not only be underivable: everything published must leave room for a count of k or more. */
class ProtectionIntervalTest {

    private final DisclosureControl control = DisclosureControl.withDefaultThreshold();

    @Test
    void twoSmallCellsThatSumToLessThanKFromTheTotalGetAnotherCellWithheld() {
        List<Cell> line =
                List.of(Cell.of(1, "female"), Cell.of(1, "male"), Cell.of(50, "other"), Cell.of(52, Cell.TOTAL));

        SuppressionResult result = control.suppress(line);

        assertEquals(
                new BitSet(),
                LpIntervalOracle.underProtected(line, result.suppressed(), 10),
                () -> "withheld " + result.suppressed());
        assertTrue(result.unprotectable().isEmpty());
        assertEquals(3, result.suppressedCount(), "one more cell is enough: female + male + other = 52");
    }

    @Test
    void smallCellsInOneRowOfAGridAreProtectedUpToK() {
        List<Cell> table = TestTables.gridWithTotals(
                List.of("201", "202", "203"), List.of("f", "m", "o"), new long[][] {{37, 5, 1}, {40, 30, 20}, {44, 6, 1}
                });

        SuppressionResult result = control.suppress(table);

        assertEquals(new BitSet(), LpIntervalOracle.underProtected(table, result.suppressed(), 10));
        assertTrue(result.isSuppressed(indexOf(table, "201", "m")));
        assertTrue(result.unprotectable().isEmpty());
    }

    @Test
    void smallCellsWhoseOutsideTotalIsBelowKNeedNoFurtherCell() {
        // Outside totals below k are themselves small counts that nobody publishes, so the line gives no equation.
        List<Cell> row = List.of(Cell.of(1, "female"), Cell.of(2, "male"), Cell.of(0, "other"));

        SuppressionResult result = control.suppress(row);

        assertEquals(new BitSet(), LpIntervalOracle.underProtected(row, result.suppressed(), 10));
        assertTrue(result.unprotectable().isEmpty());
    }

    @Test
    void withheldCountsThatAreNotZeroAreBoundedAsAtLeastOne() {
        // Women 1 and 9 in two districts under a published 10 for women: with counts of at least 0 either could be 10,
        // but both are withheld and zeros are published, so each is at least 1 and neither can be more than 9.
        List<Cell> table =
                TestTables.gridWithTotals(List.of("201", "202"), List.of("f", "m"), new long[][] {{1, 2}, {9, 31}});

        SuppressionResult result = control.suppress(table);

        assertEquals(
                new BitSet(),
                LpIntervalOracle.underProtected(table, result.suppressed(), 10),
                () -> "withheld " + result.suppressed());
        assertTrue(result.unprotectable().isEmpty());
    }
}
