package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
