package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tables read together: a district table and a state table of the same cases share each state's sum, and what they give
 * away together.
 */
class LinkedTablesTest {

    /** Districts d1, d2 in state S and d3 in state T; each list is a one-dimension table. */
    private static LinkedTables.Table districts(long d1, long d2, long d3, int... withheld) {
        return table(List.of(Cell.of(d1, "d1"), Cell.of(d2, "d2"), Cell.of(d3, "d3")), withheld);
    }

    private static LinkedTables.Table states(long s, long t, int... withheld) {
        return table(List.of(Cell.of(s, "S"), Cell.of(t, "T")), withheld);
    }

    private static LinkedTables.Table table(List<Cell> cells, int... withheld) {
        BitSet w = new BitSet();
        for (int i : withheld) {
            w.set(i);
        }
        return new LinkedTables.Table(cells, w);
    }

    /** Table 0's districts in S (cells 0, 1) sum to table 1's S (cell 0); d3 (cell 2) to T (cell 1). */
    private static final List<LinkedTables.Link> BY_STATE = List.of(
            new LinkedTables.Link(0, new int[] {0, 1}, 1, new int[] {0}),
            new LinkedTables.Link(0, new int[] {2}, 1, new int[] {1}));

    /**
     * Two tables of n and n + 1 withheld cells, cell i of the first linked to cells i and i + 1 of the second: a chain
     * whose elimination grows with the square of its length (a peer's tables can be built so).
     */
    private static List<Object> chain(int n) {
        List<Cell> a = new ArrayList<>();
        List<Cell> b = new ArrayList<>();
        List<LinkedTables.Link> links = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            b.add(Cell.of(20, "b" + i));
            if (i < n) {
                a.add(Cell.of(40, "a" + i));
                links.add(new LinkedTables.Link(0, new int[] {i}, 1, new int[] {i, i + 1}));
            }
        }
        BitSet allOfA = new BitSet();
        allOfA.set(0, n);
        BitSet allOfB = new BitSet();
        allOfB.set(0, n + 1);
        return List.of(List.of(new LinkedTables.Table(a, allOfA), new LinkedTables.Table(b, allOfB)), links);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckThatWouldPassItsWorkStopsSayingSoInsteadOfRunningForHours() {
        List<Object> chain = chain(300);
        List<LinkedTables.Table> tables = (List<LinkedTables.Table>) chain.get(0);
        List<LinkedTables.Link> links = (List<LinkedTables.Link>) chain.get(1);

        TooCostly x = assertThrows(TooCostly.class, () -> LinkedTables.derivable(tables, links, 10_000));

        assertEquals(601, x.cells());
        assertEquals(10_000, x.limit());
        assertEquals(
                LinkedTables.derivable(tables, links),
                LinkedTables.derivable(tables, links, LinkedTables.WORK),
                "within its work, the check is whole");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckThatWouldKeepTooMuchInMemoryStopsSayingSo() {
        // The chain's elimination keeps about the square of its length: 2,100 links about 4.4 million entries.
        List<Object> chain = chain(2_100);

        TooCostly x = assertThrows(
                TooCostly.class,
                () -> LinkedTables.derivable(
                        (List<LinkedTables.Table>) chain.get(0),
                        (List<LinkedTables.Link>) chain.get(1),
                        LinkedTables.WORK));

        assertEquals(WorkMeter.HELD, x.limit());
        assertTrue(x.getMessage().contains("kept in memory"), x.getMessage());
    }

    /**
     * A version of a table of {@code n} districts by {@code n} kinds of case with its line totals shown: every count
     * withheld, or every count but the first.
     */
    private static LinkedTables.Table version(int n, boolean allWithheld) {
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        long all = 0;
        long[] column = new long[n];
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (int j = 0; j < n; j++) {
                long v = 10 + (i * 7 + j * 3) % 20;
                if (allWithheld || i + j > 0) {
                    withheld.set(cells.size());
                }
                cells.add(Cell.of(v, "d" + i, "k" + j));
                row += v;
                column[j] += v;
            }
            cells.add(Cell.of(row, "d" + i, Cell.TOTAL));
            all += row;
        }
        for (int j = 0; j < n; j++) {
            cells.add(Cell.of(column[j], Cell.TOTAL, "k" + j));
        }
        cells.add(Cell.of(all, Cell.TOTAL, Cell.TOTAL));
        return new LinkedTables.Table(cells, withheld);
    }

    /** Each cell of table 0 linked to the cell of table 1 at the same index: the counts that did not change. */
    private static List<LinkedTables.Link> cellByCell(int cells) {
        List<LinkedTables.Link> links = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            links.add(new LinkedTables.Link(0, new int[] {c}, 1, new int[] {c}));
        }
        return links;
    }

    @Test
    void aNextVersionWithholdingWhatTheLastDidIsCheckedCubeByCubeNotByElimination() {
        // 40 x 40 withheld counts in each version, linked one to one: eliminating the two versions' equations together
        // takes 12,944,152 units; each count lies on a withheld 2 x 2 cube of its own version, which the links carry
        // to the other, and finding and checking those takes 48,400 (LinkedCubes).
        LinkedTables.Table last = version(40, true);
        LinkedTables.Table next = version(40, true);

        assertEquals(
                List.of(),
                LinkedTables.derivable(
                        List.of(next, last), cellByCell(last.cells().size()), 1_000_000),
                "each count stays open");
    }

    @Test
    void aCubeTheLinksBreakCertifiesNothingAndTheCellsAreFound() {
        // The next version shows the first count, unchanged: the last version's cube through it is open no more, and
        // its line equations give every count of the last version away, as they do the next version's.
        LinkedTables.Table last = version(2, true);
        LinkedTables.Table next = version(2, false);

        List<LinkedTables.Derived> found = LinkedTables.derivable(
                List.of(next, last), cellByCell(last.cells().size()), LinkedTables.WORK);

        assertEquals(7, found.size(), found::toString);
        assertEquals(4, found.stream().filter(d -> d.table() == 1).count(), found::toString);
    }

    @Test
    void cubesThatALinkBreaksOneAfterAnotherCostABoundedSearchBeforeTheElimination() {
        // One line of 10,000 withheld counts with its total shown, the first linked to a count another table shows:
        // every cube through the first count is broken, and each cell's search tried it again, 10,000 times the line
        // (over 190,000,000 units, 21 s); the search now stops at LinkedTables.CUBE_WORK_PER_ENTRY per entry and the
        // elimination, which takes little here, finds the one count given away.
        List<Cell> line = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 10_000; i++) {
            line.add(Cell.of(10 + i % 7, "d" + i));
            total += 10 + i % 7;
        }
        line.add(Cell.of(total, Cell.TOTAL));
        BitSet all = new BitSet();
        all.set(0, 10_000);
        LinkedTables.Table districts = new LinkedTables.Table(line, all);
        LinkedTables.Table shown = table(List.of(Cell.of(10, "d0")));

        List<LinkedTables.Derived> found = LinkedTables.derivable(
                List.of(districts, shown),
                List.of(new LinkedTables.Link(0, new int[] {0}, 1, new int[] {0})),
                10_000_000);

        assertEquals(1, found.size(), found::toString);
        assertEquals(0, found.getFirst().cell());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutABudgetTheChainIsCheckedWhole() {
        List<Object> chain = chain(2_100);

        assertEquals(
                List.of(),
                LinkedTables.derivable((List<LinkedTables.Table>) chain.get(0), (List<LinkedTables.Link>) chain.get(1)),
                "each link leaves two withheld cells open");
    }

    @Test
    void aWithheldDistrictIsTheStateMinusItsPublishedDistricts() {
        // Alone, d2 and d3 protect each other (the line's total is unknown); the state table gives both away.
        var found = LinkedTables.derivable(List.of(districts(37, 3, 30, 1, 2), states(40, 30)), BY_STATE);
        assertEquals(
                List.of(new LinkedTables.Derived(0, 1, Set.of(0, 1)), new LinkedTables.Derived(0, 2, Set.of(0, 1))),
                found);
    }

    @Test
    void withheldCountsSharingOneStateStayOpen() {
        // d1 and d2 withheld in the same state: the state gives their sum only.
        var found = LinkedTables.derivable(List.of(districts(37, 3, 30, 0, 1), states(40, 30)), BY_STATE);
        assertEquals(List.of(), found);
    }

    @Test
    void theNewTableCanGiveAwayACountOfTheStoredOne() {
        // Every district published: the withheld state S is their sum.
        var found = LinkedTables.derivable(List.of(districts(37, 3, 30), states(40, 30, 0, 1)), BY_STATE);
        assertEquals(2, found.size());
        assertEquals(1, found.get(0).table());
    }

    @Test
    void withoutLinksEachTableStandsAlone() {
        assertEquals(List.of(), LinkedTables.derivable(List.of(districts(37, 3, 30, 1, 2), states(40, 30)), List.of()));
    }

    @Test
    void oneLinkOpensAWholeProtectingCube() {
        // Table 0: district x quarter, a withheld 2x2 cube that protects itself alone. Table 1 publishes d1's months of
        // Q1, whose sum is d1's Q1: then the cube's line equations give every other cell of it.
        List<Cell> cells = List.of(
                Cell.of(12, "d1", "Q1"), Cell.of(3, "d1", "Q2"),
                Cell.of(4, "d2", "Q1"), Cell.of(14, "d2", "Q2"),
                Cell.of(20, "d3", "Q1"), Cell.of(22, "d3", "Q2"));
        LinkedTables.Table quarters = table(cells, 0, 1, 2, 3);
        assertEquals(List.of(), LinkedTables.derivable(List.of(quarters), List.of()), "the cube protects alone");
        LinkedTables.Table months =
                table(List.of(Cell.of(5, "d1", "Jan"), Cell.of(4, "d1", "Feb"), Cell.of(3, "d1", "Mar")));
        var link = List.of(new LinkedTables.Link(0, new int[] {0}, 1, new int[] {0, 1, 2}));
        var found = LinkedTables.derivable(List.of(quarters, months), link);
        assertEquals(4, found.size(), () -> found.toString());
        assertTrue(found.stream().allMatch(d -> d.table() == 0 && d.with().equals(Set.of(0, 1))));
    }

    @Test
    void aSumBelowTheThresholdIsShownByALink() {
        // d1 and d2 withheld in S: S − nothing published = d1 + d2 = 7 < 10.
        var found = LinkedTables.smallSums(List.of(districts(4, 3, 30, 0, 1), states(7, 30)), BY_STATE, 10);
        assertEquals(1, found.size());
        assertEquals(7, found.get(0).sum());
        assertEquals(0, found.get(0).table());
        var large = LinkedTables.smallSums(List.of(districts(8, 3, 30, 0, 1), states(11, 30)), BY_STATE, 10);
        assertEquals(List.of(), large, "a sum of k or more is no disclosure");
    }

    @Test
    void aSumTooSmallForAnyOfItsWithheldCountsToReachKIsShownByALink() {
        // Four withheld districts under a state of 12: each is at least 1 (zeros are published), so none can be 10. Two
        // withheld under 11 leave 10 for one of them.
        List<Cell> four = List.of(Cell.of(3, "d1"), Cell.of(3, "d2"), Cell.of(3, "d3"), Cell.of(3, "d4"));
        var link = List.of(new LinkedTables.Link(0, new int[] {0, 1, 2, 3}, 1, new int[] {0}));
        var found =
                LinkedTables.smallSums(List.of(table(four, 0, 1, 2, 3), table(List.of(Cell.of(12, "S")))), link, 10);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(12, found.getFirst().sum());
        var two = LinkedTables.smallSums(List.of(districts(8, 3, 30, 0, 1), states(11, 30)), BY_STATE, 10);
        assertEquals(List.of(), two, "d1 can be 10 with d2 at 1");
    }

    @Test
    void withheldOnBothSidesOfALinkShowNoSum() {
        var found = LinkedTables.smallSums(List.of(districts(4, 3, 30, 0, 1), states(7, 30, 0, 1)), BY_STATE, 10);
        assertEquals(List.of(), found);
    }

    @Test
    void aFigureOnALineShowsTheSumOfTheLinesOtherWithheldCells() {
        // Katihar's quarters 3, 4 (small), 45 (withheld beside them) and 50, with the year's 102 published. A text
        // stating Q3 as 45 shows that Q1 and Q2 add up to 102 - 50 - 45 = 7: each below k.
        LinkedTables.Table row = table(
                List.of(
                        Cell.of(3, "K", "Q1"),
                        Cell.of(4, "K", "Q2"),
                        Cell.of(45, "K", "Q3"),
                        Cell.of(50, "K", "Q4"),
                        Cell.of(102, "K", Cell.TOTAL)),
                0,
                1,
                2);
        LinkedTables.Table stated = table(List.of(Cell.of(45, "stated")));
        List<LinkedTables.Link> links = List.of(new LinkedTables.Link(1, new int[] {0}, 0, new int[] {2}));

        var found = LinkedTables.smallSumsAlongLines(List.of(row, stated), links, 10);

        assertEquals(1, found.size(), found::toString);
        assertArrayEquals(new int[] {0, 1}, found.getFirst().cells());
        assertEquals(7, found.getFirst().sum());
        // Stated as 25, the rest would be 27: two counts that may each reach 10.
        LinkedTables.Table larger = table(List.of(Cell.of(25, "stated")));
        assertTrue(LinkedTables.smallSumsAlongLines(List.of(row, larger), links, 10)
                .isEmpty());
    }

    @Test
    void twoFiguresTogetherShowTheSumOfTheWithheldCellsOneHoldsBeyondTheOther() {
        // Review 40b: Katihar's men by quarter, 52, 3, 2 and 3, all withheld, no year total. "60 cases of men in 2024"
        // states all four (60 - 0 published: no small sum), "52 of them in 2024-Q1" states Q1 in full; together they
        // show that Q2 to Q4 add up to 8, each below k.
        LinkedTables.Table row = table(
                List.of(Cell.of(52, "K", "Q1"), Cell.of(3, "K", "Q2"), Cell.of(2, "K", "Q3"), Cell.of(3, "K", "Q4")),
                0,
                1,
                2,
                3);
        LinkedTables.Table year = table(List.of(Cell.of(60, "stated")));
        LinkedTables.Table firstQuarter = table(List.of(Cell.of(52, "stated")));
        List<LinkedTables.Link> links = List.of(
                new LinkedTables.Link(1, new int[] {0}, 0, new int[] {0, 1, 2, 3}),
                new LinkedTables.Link(2, new int[] {0}, 0, new int[] {0}));

        assertTrue(
                LinkedTables.smallSums(List.of(row, year, firstQuarter), links, 10)
                        .isEmpty(),
                "neither figure alone shows a small sum");
        var found = LinkedTables.smallSumsBetweenLinks(List.of(row, year, firstQuarter), links, 10, LinkedTables.WORK);

        assertEquals(1, found.size(), found::toString);
        assertArrayEquals(new int[] {1, 2, 3}, found.getFirst().cells());
        assertEquals(8, found.getFirst().sum());
        assertEquals(links.getFirst(), found.getFirst().more());
        // Stated as 90 for the year, the rest would be 38: three counts that may each reach 10.
        LinkedTables.Table larger = table(List.of(Cell.of(90, "stated")));
        assertTrue(LinkedTables.smallSumsBetweenLinks(List.of(row, larger, firstQuarter), links, 10, LinkedTables.WORK)
                .isEmpty());
    }
}
