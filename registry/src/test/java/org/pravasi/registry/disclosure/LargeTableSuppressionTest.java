package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A million-cell table with a few hundred small counts: must complete quickly (time is printed, not asserted). */
class LargeTableSuppressionTest {

    private static final int AREAS = 1000;
    private static final int PERIODS = 10;
    private static final int TYPES = 10;
    private static final int GENDERS = 10;
    private static final int SMALL_CELLS = 300;

    @Test
    void millionCellTableWithAFewHundredSmallCountsCompletes() {
        Random random = new Random(Long.getLong("pravasi.seed", 42L));
        List<Cell> table = new ArrayList<>(AREAS * PERIODS * TYPES * GENDERS);
        for (int a = 0; a < AREAS; a++) {
            String area = Integer.toString(100 + a);
            for (int p = 0; p < PERIODS; p++) {
                String period = (2015 + p) + "-Q1";
                for (int t = 0; t < TYPES; t++) {
                    for (int g = 0; g < GENDERS; g++) {
                        table.add(Cell.of(10 + random.nextInt(5000), area, period, "type" + t, "g" + g));
                    }
                }
            }
        }
        BitSet small = new BitSet();
        while (small.cardinality() < SMALL_CELLS) {
            int i = random.nextInt(table.size());
            small.set(i);
            table.set(i, new Cell(table.get(i).key(), 1 + random.nextInt(9)));
        }

        long started = System.nanoTime();
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf(
                "LargeTableSuppressionTest: %d cells, %d primary, %d secondary in %d ms%n",
                table.size(), result.primaryCount(), result.secondaryCount(), millis);
        assertEquals(small, result.primary());
        assertTrue(result.unprotectable().isEmpty());
    }
}
