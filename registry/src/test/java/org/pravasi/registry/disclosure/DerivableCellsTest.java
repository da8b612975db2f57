package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The audit of someone else's suppression: which withheld cells the published cells and totals determine, checked on
 * examples and, on random tables with random withheld cells, against the independent exact checker. The seed is
 * printed; replay with {@code -Dpravasi.seed=<seed>}.
 */
class DerivableCellsTest {
    private static final long DEFAULT_SEED = 20_261_203L;
    private static final int TABLES = 300;

    @Test
    void findsACellItsTotalGivesAway() {
        List<Cell> table = List.of(Cell.of(0, "female"), Cell.of(40, "male"), Cell.of(47, Cell.TOTAL));

        assertEquals(BitSet.valueOf(new long[] {0b001}), DerivableCells.of(table, BitSet.valueOf(new long[] {0b001})));
    }

    @Test
    void findsNothingWhenTwoCellsOfTheLineAreWithheld() {
        List<Cell> table = List.of(Cell.of(0, "female"), Cell.of(0, "male"), Cell.of(47, Cell.TOTAL));

        assertEquals(new BitSet(), DerivableCells.of(table, BitSet.valueOf(new long[] {0b011})));
    }

    @Test
    void aCheckThatWouldPassItsWorkStopsSayingSoInsteadOfRunningForHours() {
        BitSet withheld = new BitSet();
        List<Cell> table = crossingLines(200, withheld);

        TooCostly x = assertThrows(TooCostly.class, () -> DerivableCells.of(table, withheld, 10_000));

        assertEquals(table.size(), x.cells());
        assertEquals(10_000, x.limit());
    }

    @Test
    void theSameShapeWithinItsWorkIsCheckedWhole() {
        BitSet withheld = new BitSet();
        List<Cell> table = crossingLines(200, withheld);

        assertEquals(new BitSet(), DerivableCells.of(table, withheld), "every withheld cell shares both lines' totals");
    }

    @Test
    void cellsInPartialWithheldCubesOnlyAreLeftToTheBasisSoon() {
        // A 40 x 40 plane withheld whole, and beside each of its cells one more withheld cell at a z of its own: every
        // cell has withheld partners in two dimensions, and no cube is withheld whole. Searching every partner cost
        // 15,466,496 units (a review; at 140 x 140 refused after 96 s); the fewest partners first and a bound per cell
        // leave such cells to the basis within 1,000,000.
        BitSet withheld = new BitSet();
        List<Cell> table = new ArrayList<>();
        int n = 40;
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                withheld.set(table.size());
                table.add(Cell.of(3, "x" + x, "y" + y, "z0"));
                withheld.set(table.size());
                table.add(Cell.of(4, "x" + x, "y" + y, "z" + (1 + (x + y) % (2 * n))));
                table.add(Cell.of(50, "x" + x, "y" + y, "p"));
            }
        }

        assertEquals(new BitSet(), DerivableCells.of(table, withheld, 1_000_000));
    }

    /**
     * Two long lines of withheld cells crossing, each with its total published: no cube closes, so each withheld cell's
     * search reads both lines, about 2 × (cells)² in all (32,000 cells took 7 s and twice as many four times as long
     * before the budget).
     */
    static List<Cell> crossingLines(int n, BitSet withheld) {
        List<Cell> table = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            withheld.set(table.size());
            table.add(Cell.of(3, "r0", "c" + i));
            withheld.set(table.size());
            table.add(Cell.of(3, "r" + i, "c0"));
        }
        withheld.set(table.size());
        table.add(Cell.of(3, "r0", "c0"));
        table.add(Cell.of(3L * (n + 1), "r0", Cell.TOTAL));
        table.add(Cell.of(3L * (n + 1), Cell.TOTAL, "c0"));
        return table;
    }

    @Test
    void findsNothingInWhatSuppressionWithholds() {
        Random random = new Random(Long.getLong("pravasi.seed", DEFAULT_SEED));
        for (int t = 0; t < TABLES; t++) {
            List<Cell> table = RandomTables.next(random, 10);
            SuppressionResult s = DisclosureControl.withThreshold(10).suppress(table);

            // unprotectable = derivable cells + cells narrowed below k (protection intervals); only the former are
            // derivable
            BitSet derivable = (BitSet) s.unprotectable().clone();
            s.narrowBounds().keySet().forEach(derivable::clear);
            assertEquals(derivable, DerivableCells.of(table, s.suppressed()), "table " + t + ": " + table);
        }
    }

    @Test
    void agreesWithTheIndependentCheckerOnRandomWithheldCells() {
        long seed = Long.getLong("pravasi.seed", DEFAULT_SEED);
        System.out.println("DerivableCellsTest seed=" + seed);
        Random random = new Random(seed);
        for (int t = 0; t < TABLES; t++) {
            List<Cell> table = RandomTables.next(random, 10);
            BitSet withheld = new BitSet();
            for (int i = 0; i < table.size(); i++) {
                if (random.nextInt(4) == 0) {
                    withheld.set(i);
                }
            }

            assertEquals(
                    ExactDerivabilityChecker.derivable(table, withheld),
                    DerivableCells.of(table, withheld),
                    "table " + t + ": " + table);
        }
    }
}
