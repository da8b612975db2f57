package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Suppression checked on random tables against an independent exact checker. The seed is printed; replay a failure with
 * {@code -Dpravasi.seed=<seed>}.
 */
class SuppressionPropertyTest {

    private static final long DEFAULT_SEED = 20_261_123L;
    private static final int TABLES = 600;
    private static final int[] THRESHOLDS = {5, 10, 10, 15};

    @Test
    void noPublishedCountIsSmallAndNoSuppressedCellIsDerivable() {
        long seed = Long.getLong("pravasi.seed", DEFAULT_SEED);
        System.out.println("SuppressionPropertyTest seed=" + seed + " (replay with -Dpravasi.seed=" + seed + ")");
        Random random = new Random(seed);
        long cells = 0;
        long primary = 0;
        long secondary = 0;
        int exposedByOutsideTotals = 0;
        for (int t = 0; t < TABLES; t++) {
            int k = THRESHOLDS[random.nextInt(THRESHOLDS.length)];
            List<Cell> table = RandomTables.next(random, k);
            int index = t;
            Supplier<String> where = () -> "table " + index + " of seed " + seed + ", k=" + k + ": " + table;
            SuppressionResult result = DisclosureControl.withThreshold(k).suppress(table);

            for (int i = 0; i < table.size(); i++) {
                long value = table.get(i).value();
                boolean small = value >= 1 && value < k;
                assertFalse(small && !result.isSuppressed(i), where);
                assertEquals(small, result.primary().get(i), where);
            }
            BitSet derivable = ExactDerivabilityChecker.derivable(table, result.suppressed());
            // A cell may stay derivable only if every cell it is linked to is withheld already, so
            // that outside totals alone give it away; the result must report exactly those cells.
            derivable.stream()
                    .forEach(i -> assertFalse(
                            ExactDerivabilityChecker.canStillBeHidden(table, result.suppressed(), i), where));
            // Unprotectable: the derivable cells, plus cells narrowed below k (checked against an LP
            // oracle in ProtectionIntervalPropertyTest), which carry their bound.
            BitSet narrowed = result.unprotectable();
            narrowed.andNot(derivable);
            BitSet reported = result.unprotectable();
            reported.and(derivable);
            assertEquals(derivable, reported, where);
            assertEquals(
                    narrowed.stream().boxed().collect(Collectors.toSet()),
                    result.narrowBounds().keySet(),
                    where);

            assertEquals(result, DisclosureControl.withThreshold(k).suppress(table), where);
            List<Cell> shuffled = new ArrayList<>(table);
            Collections.shuffle(shuffled, random);
            assertEquals(
                    keys(table, result),
                    keys(shuffled, DisclosureControl.withThreshold(k).suppress(shuffled)),
                    where);
            cells += table.size();
            primary += result.primaryCount();
            secondary += result.secondaryCount();
            exposedByOutsideTotals += derivable.isEmpty() ? 0 : 1;
        }
        System.out.printf(
                "SuppressionPropertyTest: %d tables, %d cells, %d primary, %d secondary;"
                        + " %d tables with cells given away by outside totals alone%n",
                TABLES, cells, primary, secondary, exposedByOutsideTotals);
    }

    private static Set<List<String>> keys(List<Cell> table, SuppressionResult result) {
        return result.suppressed().stream().mapToObj(i -> table.get(i).key()).collect(Collectors.toSet());
    }
}
