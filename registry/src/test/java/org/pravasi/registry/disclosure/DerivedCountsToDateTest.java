package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counts to date given away without two published cells: a line's published total less its published members is the sum
 * of the withheld ones, and two periods of that sum differ by the people who joined or left (docs/disclosure.md,
 * "Counts to date").
 */
class DerivedCountsToDateTest {
    private static final String MEMBERS = "https://w3id.org/pravasi/id/concept/service-type/collectivisation";
    private static final CountsToDate STOCKS = new CountsToDate(Set.of(MEMBERS));
    private static final int K = 10;

    /** Collectivisation members by sex in two quarters, with each quarter's total; "female"/"other" as given. */
    private static List<Cell> bySex(long female1, long other1, long male1, long female2, long other2, long male2) {
        List<Cell> cells = new ArrayList<>();
        long[][] counts = {{female1, other1, male1}, {female2, other2, male2}};
        String[] quarters = {"2024-Q1", "2024-Q2"};
        for (int q = 0; q < 2; q++) {
            String[] sexes = {"female", "other", "male"};
            long total = 0;
            for (int s = 0; s < 3; s++) {
                cells.add(new Cell(List.of("201", quarters[q], MEMBERS, sexes[s]), counts[q][s]));
                total += counts[q][s];
            }
            cells.add(new Cell(List.of("201", quarters[q], MEMBERS, Cell.TOTAL), total));
        }
        return cells;
    }

    @Test
    void theWithheldMembersSumInTwoPeriodsMayNotMoveByLessThanK() {
        // Female and other withheld in both quarters: 110 - 100 = 10, then 143 - 130 = 13: 3 joined.
        List<Cell> cells = bySex(4, 6, 100, 5, 8, 130);

        List<CountsToDate.Change> changes = STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4, 5), 1, K);

        // Before: no two published cells of a series differed by less than 10 (100 and 130, 110 and 143).
        assertEquals(List.of(new CountsToDate.Change(3, 7, true)), changes);
    }

    @Test
    void aMemberPublishedInOnePeriodOnlyIsCountedWithTheWithheld() {
        // Other published in the second quarter only: the total less male still gives female + other in both.
        List<Cell> cells = bySex(4, 6, 100, 5, 8, 130);

        assertEquals(
                List.of(new CountsToDate.Change(3, 7, true)),
                STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4), 1, K));
    }

    @Test
    void aSumThatMovesByKOrMoreIsNoCountOfPeopleBelowK() {
        List<Cell> cells = bySex(4, 6, 100, 9, 11, 130);

        assertEquals(List.of(), STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4, 5), 1, K));
    }

    @Test
    void aLongSeriesGivenAwayInEveryPairOfMonthsGetsOnePairAndAtMostTheCap() {
        // 2,412 months (1900-01 to 2100-12), female and other withheld, male and the total published: female + other
        // moves by 1 to 7 between most pairs of months. Before the cap: 2,545,262 pairs (from a review).
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        for (int p = 0; p < 2_412; p++) {
            String month = String.format("%d-%02d", 1900 + p / 12, 1 + p % 12);
            long female = 2 + p % 8;
            for (String[] member : new String[][] {{"female", "" + female}, {"other", "9"}, {"male", "100"}}) {
                if (!member[0].equals("male")) {
                    withheld.set(cells.size());
                }
                cells.add(new Cell(List.of("201", month, MEMBERS, member[0]), Long.parseLong(member[1])));
            }
            cells.add(new Cell(List.of("201", month, MEMBERS, Cell.TOTAL), female + 109));
        }

        List<CountsToDate.Change> changes = STOCKS.smallChanges(cells, withheld, 1, K);

        assertEquals(1, changes.stream().filter(CountsToDate.Change::derived).count());
        assertTrue(changes.size() <= CountsToDate.MAX_CHANGES);
    }

    /** Collectivisation members of one district in a quarter: each {@code member, count} pair, and the total. */
    private static void quarter(List<Cell> cells, String quarter, long total, Object... members) {
        for (int m = 0; m < members.length; m += 2) {
            cells.add(new Cell(List.of("201", quarter, MEMBERS, (String) members[m]), (Long) members[m + 1]));
        }
        cells.add(new Cell(List.of("201", quarter, MEMBERS, Cell.TOTAL), total));
    }

    @Test
    void aMemberLeftOutInOnePeriodIsReadAsNotKnown() {
        // Other withheld in the first quarter and left out of the second, female withheld in both: the total less male
        // gives female + other in both, 10 then 13, whatever other holds in the second.
        List<Cell> cells = new ArrayList<>();
        quarter(cells, "2024-Q1", 110, "female", 4L, "other", 6L, "male", 100L);
        quarter(cells, "2024-Q2", 143, "female", 13L, "male", 130L);

        assertEquals(
                List.of(new CountsToDate.Change(3, 6, true)),
                STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4), 1, K));
    }

    @Test
    void aMemberLeftOutInOnePeriodIsReadAsZero() {
        // Other shown as 20 in the first quarter and left out of the second, as a table listing only what has members
        // does with a zero: the total less the rest gives female as 4, then 6 (2 joined). Read as not known, female +
        // other moves by 18, and the lines were not compared before.
        List<Cell> cells = new ArrayList<>();
        quarter(cells, "2024-Q1", 124, "female", 4L, "other", 20L, "male", 100L);
        quarter(cells, "2024-Q2", 136, "female", 6L, "male", 130L);

        assertEquals(
                List.of(new CountsToDate.Change(3, 6, true)), STOCKS.smallChanges(cells, TestTables.cells(0, 4), 1, K));
    }

    @Test
    void aMemberLeftOutThatMovesTheRestByKOrMoreGivesNothing() {
        List<Cell> cells = new ArrayList<>(bySex(4, 6, 100, 5, 8, 130));
        cells.remove(6);

        assertEquals(List.of(), STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4, 5), 1, K));
    }

    @Test
    void countsOfOtherConceptsAreNotCountsToDate() {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : bySex(4, 6, 100, 5, 8, 130)) {
            List<String> key = new ArrayList<>(c.key());
            key.set(2, "https://w3id.org/pravasi/id/concept/service-type/legal-aid");
            cells.add(new Cell(key, c.value()));
        }

        assertEquals(List.of(), STOCKS.smallChanges(cells, TestTables.cells(0, 1, 4, 5), 1, K));
    }
}
