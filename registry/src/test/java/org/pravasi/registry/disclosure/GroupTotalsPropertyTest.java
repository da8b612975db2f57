package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Suppression with groups whose totals are known from outside, on random tables, against the independent exact checker
 * told the same groups: the first dimension's categories in consecutive blocks (like quarters in years) and, in half of
 * the tables, in blocks offset by one (like financial years). The seed is printed; replay with
 * {@code -Dpravasi.seed=<seed>}.
 */
class GroupTotalsPropertyTest {

    private static final long DEFAULT_SEED = 20_261_207L;
    /**
     * Tables per run: 20 run in about 9 s (100 took about 70 s); with the default seed 17 of them give a withheld cell
     * away through a group total without the groups (81 of 100 did), so the check fails on code that ignores them.
     */
    private static final int TABLES = 20;

    @Test
    void noWithheldCellFollowsFromTheGroupTotals() {
        long seed = Long.getLong("pravasi.seed", DEFAULT_SEED);
        System.out.println("GroupTotalsPropertyTest seed=" + seed + " (replay with -Dpravasi.seed=" + seed + ")");
        Random random = new Random(seed);
        long withoutGroups = 0;
        long withGroups = 0;
        int exposedBefore = 0;
        for (int t = 0; t < TABLES; t++) {
            int k = 10;
            List<Cell> table = RandomTables.next(random, k);
            NaturalGroups groups = groups(random, table);
            int index = t;
            Supplier<String> where = () -> "table " + index + " of seed " + seed + ": " + table + " " + groups;
            SuppressionResult before = DisclosureControl.withThreshold(k).suppress(table);
            SuppressionResult result = DisclosureControl.withThreshold(k).suppress(table, PriorRelease.NONE, groups);

            for (int i = 0; i < table.size(); i++) {
                long value = table.get(i).value();
                assertFalse(value >= 1 && value < k && !result.isSuppressed(i), where);
            }
            BitSet derivable = ExactDerivabilityChecker.derivable(table, result.suppressed(), groups, k);
            derivable.stream()
                    .forEach(i -> assertFalse(
                            ExactDerivabilityChecker.canStillBeHidden(table, result.suppressed(), i, groups, k),
                            where));
            BitSet reported = result.unprotectable();
            reported.and(derivable);
            assertEquals(derivable, reported, where);
            exposedBefore += ExactDerivabilityChecker.derivable(table, before.suppressed(), groups)
                            .isEmpty()
                    ? 0
                    : 1;
            withoutGroups += before.secondaryCount();
            withGroups += result.secondaryCount();
        }
        int exposed = exposedBefore;
        assertTrue(
                exposed > 0, () -> "no table of seed " + seed + " needs the groups: the property would test nothing");
        System.out.printf(
                "GroupTotalsPropertyTest: %d tables; secondary cells %d without the groups, %d with them;"
                        + " %d tables gave a withheld cell away through a group total without them%n",
                TABLES, withoutGroups, withGroups, exposedBefore);
    }

    /** Blocks of 2 or 3 of the first dimension's categories, and in half of the tables blocks offset by one. */
    private static NaturalGroups groups(Random random, List<Cell> table) {
        int block = 2 + random.nextInt(2);
        boolean offset = random.nextBoolean();
        Map<String, String> years = new HashMap<>();
        Map<String, String> financialYears = new HashMap<>();
        for (Cell c : table) {
            String code = c.key().get(0);
            if (Cell.TOTAL.equals(code)) {
                continue;
            }
            int i = Integer.parseInt(code.substring(code.indexOf('_') + 1));
            years.put(code, "y" + i / block);
            if (i >= 1) {
                financialYears.put(code, "fy" + (i - 1) / block);
            }
        }
        List<NaturalGroups.Partition> partitions = new ArrayList<>();
        partitions.add(new NaturalGroups.Partition(0, years));
        if (offset) {
            partitions.add(new NaturalGroups.Partition(0, financialYears));
        }
        return new NaturalGroups(partitions);
    }
}
