package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Groups whose totals an organisation publishes elsewhere (an annual report's year, a press note's state) are known to
 * the attacker along every line, so no withheld cell may follow from them (docs/disclosure.md, "Groups whose totals are
 * published elsewhere").
 */
class GroupTotalsTest {

    private static final List<String> QUARTERS =
            List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");

    /** The calendar years and the one financial year (April to March) that the eight quarters tile. */
    private static final NaturalGroups YEARS = new NaturalGroups(List.of(
            new NaturalGroups.Partition(
                    1,
                    Map.of(
                            "2023-Q1", "2023", "2023-Q2", "2023", "2023-Q3", "2023", "2023-Q4", "2023", "2024-Q1",
                            "2024", "2024-Q2", "2024", "2024-Q3", "2024", "2024-Q4", "2024")),
            new NaturalGroups.Partition(
                    1,
                    Map.of(
                            "2023-Q2",
                            "FY2023-24",
                            "2023-Q3",
                            "FY2023-24",
                            "2023-Q4",
                            "FY2023-24",
                            "2024-Q1",
                            "FY2023-24"))));

    @Test
    void aQuarterIsNotProtectedByAQuarterOfAnotherYear() {
        List<Cell> table = TestTables.grid(List.of("Katihar", "Purnia"), QUARTERS, new long[][] {
            {30, 30, 12, 30, 30, 3, 30, 30}, {30, 30, 15, 30, 30, 30, 30, 30}
        });
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, YEARS);

        // Before: the cube through Katihar 2023-Q3 published, and "Katihar: 93 cases in 2024" gave 93 - 90 = 3.
        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), YEARS));
        assertEquals(new BitSet(), result.unprotectable());
        assertTrue(result.isSuppressed(TestTables.indexOf(table, "Katihar", "2024-Q2")));
    }

    @Test
    void aDistrictIsNotProtectedByADistrictOfAnotherState() {
        List<Cell> table = TestTables.grid(
                List.of("Katihar", "Purnia", "Ranchi", "Dhanbad"),
                List.of("2023", "2024"),
                new long[][] {{40, 37}, {45, 3}, {12, 11}, {50, 50}});
        NaturalGroups states = new NaturalGroups(List.of(new NaturalGroups.Partition(
                0, Map.of("Katihar", "Bihar", "Purnia", "Bihar", "Ranchi", "Jharkhand", "Dhanbad", "Jharkhand"))));
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, states);

        // Before: Ranchi protected Purnia, and "Bihar 40 in 2024" in a press note gave 40 - 37 = 3.
        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), states));
        assertEquals(new BitSet(), result.unprotectable());
    }

    @Test
    void aQuarterAloneInItsGroupsIsProtectedByFourQuartersThatKeepEveryYear() {
        // 2024-Q1 is the only quarter of 2024 in FY 2023-24, so no cube of two quarters leaves both totals unchanged;
        // 2024-Q1 + 2023-Q1 - 2024-Q2 - 2023-Q4 (or another such four) does, in both districts: 8 cells.
        List<Cell> table = TestTables.grid(List.of("Katihar", "Purnia"), QUARTERS, new long[][] {
            {30, 30, 30, 30, 4, 30, 30, 30}, {30, 30, 30, 30, 30, 30, 30, 30}
        });
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, YEARS);

        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), YEARS));
        assertEquals(new BitSet(), result.unprotectable());
        // Before: 12 of the 16 cells withheld, found cell by cell through the circuit basis.
        assertEquals(8, result.suppressed().cardinality(), () -> "withheld: " + result.suppressed());
    }

    @Test
    void aFirstQuarterOfAYearWithoutItsFinancialYearPairsWithinTheYear() {
        // 2023-Q1 lies in FY 2022-23, which the table does not tile: only the calendar year 2023 binds it.
        List<Cell> table = TestTables.grid(List.of("Katihar", "Purnia"), QUARTERS, new long[][] {
            {4, 30, 30, 30, 30, 30, 30, 30}, {30, 30, 30, 30, 30, 30, 30, 30}
        });
        NaturalGroups calendarOnly =
                new NaturalGroups(List.of(YEARS.partitions().getFirst()));
        SuppressionResult result =
                DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, calendarOnly);

        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), calendarOnly));
        assertEquals(4, result.suppressed().cardinality(), () -> "withheld: " + result.suppressed());
    }

    @Test
    void aFirstQuarterOfALongSeriesIsProtectedByACycleThroughEveryYear() {
        // 2022-Q1 to 2025-Q1 with the years 2022 to 2024 and the financial years 2022-23 to 2024-25: the years less
        // the financial years chain the first quarters, and the line total less the years gives 2025-Q1, so no pair or
        // four hides 2023-Q1. Every first quarter, a quarter of every year and the line's total do.
        NaturalGroups groups = yearsAndFinancialYears(longSeries());
        List<Cell> table = longSeriesWithASmallFirstQuarter(true);

        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, groups);

        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), groups));
        assertEquals(new BitSet(), result.unprotectable());
        // The cycle in two districts: 8 cells each. Before: 42 of the 56 cells, found cell by cell by the circuit
        // basis.
        assertEquals(16, result.suppressed().cardinality(), () -> "withheld: " + result.suppressed());
        for (String firstQuarter : List.of("2022-Q1", "2023-Q1", "2024-Q1", "2025-Q1")) {
            assertTrue(result.isSuppressed(TestTables.indexOf(table, "Katihar", firstQuarter)), firstQuarter);
        }
    }

    @Test
    void theCycleThroughEveryYearDoesNotDependOnTheRowOrder() {
        // Every count 30 but one: the quarters that could complete the cycle tie, and the key decides, not the row.
        NaturalGroups groups = yearsAndFinancialYears(longSeries());
        List<Cell> table = longSeriesWithASmallFirstQuarter(true);
        List<Cell> reversed = new ArrayList<>(table);
        Collections.reverse(reversed);

        SuppressionResult inOrder = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, groups);
        SuppressionResult inReverse =
                DisclosureControl.withDefaultThreshold().suppress(reversed, PriorRelease.NONE, groups);

        assertEquals(withheldKeys(table, inOrder), withheldKeys(reversed, inReverse));
    }

    private static Set<List<String>> withheldKeys(List<Cell> table, SuppressionResult result) {
        Set<List<String>> keys = new HashSet<>();
        result.suppressed().stream().forEach(i -> keys.add(table.get(i).key()));
        return keys;
    }

    @Test
    void aFirstQuarterThatTheTotalsFixIsReportedWithoutWithholdingOthers() {
        // The same series without total rows: the line's total (known from outside) less the years 2022 to 2024 is
        // 2025-Q1, and the chain gives 2023-Q1 whatever is withheld.
        NaturalGroups groups = yearsAndFinancialYears(longSeries());
        List<Cell> table = longSeriesWithASmallFirstQuarter(false);

        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, groups);

        int cell = TestTables.indexOf(table, "Katihar", "2023-Q1");
        BitSet expected = new BitSet();
        expected.set(cell);
        // Before: the search withheld cells in vain, and reported every first quarter of the three districts (12).
        assertEquals(expected, result.unprotectable());
        assertEquals(
                "its count follows exactly from totals known from outside, whatever else is withheld",
                result.whyUnprotectable(cell).orElseThrow());
        assertEquals(0, result.secondaryCount(), () -> "withheld: " + result.suppressed());
    }

    @Test
    void aCountAloneInItsYearIsKnownAndProtectsNothing() {
        // Type A has cases in 2023-Q3 (3) and 2024-Q1 (40) only: "type A, 40 in 2024" gives 2024-Q1, and A's whole
        // line, 43, gives 43 - 40 = 3. No cell can hide it, so the publisher is told, not given a false protection.
        List<Cell> table = new java.util.ArrayList<>();
        table.add(new Cell(List.of("A", "2023-Q3"), 3));
        table.add(new Cell(List.of("A", "2024-Q1"), 40));
        table.add(new Cell(List.of("B", "2023-Q3"), 30));
        table.add(new Cell(List.of("B", "2024-Q1"), 30));
        table.add(new Cell(List.of("C", "2023-Q3"), 25));
        for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
            table.add(new Cell(List.of("C", q), 20));
        }
        NaturalGroups year2024 = new NaturalGroups(List.of(new NaturalGroups.Partition(
                1, Map.of("2024-Q1", "2024", "2024-Q2", "2024", "2024-Q3", "2024", "2024-Q4", "2024"))));
        SuppressionResult result =
                DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, year2024);

        BitSet derivable = ExactDerivabilityChecker.derivable(table, result.suppressed(), year2024, 10);
        // Before: A 2024-Q1 protected A 2023-Q3, reported safe.
        assertTrue(derivable.get(TestTables.indexOf(table, "A", "2023-Q3")), () -> "derivable: " + derivable);
        BitSet reported = result.unprotectable();
        reported.and(derivable);
        assertEquals(derivable, reported);
        assertFalse(result.isSuppressed(TestTables.indexOf(table, "A", "2024-Q1")), "known from the year's total");
    }

    @Test
    void aCountAloneInItsYearDoesNotProtectAnotherWhenOthersCan() {
        // Katihar's only 2024 quarter is 2024-Q1 (50): known from "Katihar: 50 in 2024". Katihar 2023-Q2 = 4 is
        // protected within 2023 and by Purnia instead.
        List<Cell> table = new java.util.ArrayList<>();
        for (String q : List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4")) {
            table.add(new Cell(List.of("Katihar", q), q.equals("2023-Q2") ? 4 : 30));
            table.add(new Cell(List.of("Purnia", q), 30));
        }
        table.add(new Cell(List.of("Katihar", "2024-Q1"), 50));
        table.add(new Cell(List.of("Purnia", "2024-Q1"), 50));
        NaturalGroups years = new NaturalGroups(List.of(new NaturalGroups.Partition(
                1,
                Map.of(
                        "2023-Q1", "2023", "2023-Q2", "2023", "2023-Q3", "2023", "2023-Q4", "2023", "2024-Q1",
                        "2024"))));
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, years);

        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), years, 10));
        assertEquals(new BitSet(), result.unprotectable());
        assertFalse(result.isSuppressed(TestTables.indexOf(table, "Katihar", "2024-Q1")));
        assertFalse(result.isSuppressed(TestTables.indexOf(table, "Purnia", "2024-Q1")));
    }

    @Test
    void aCellWithheldBeforeThatIsNowAloneInItsYearProtectsNothing() {
        // Version 1 withheld A 2024-Q1 (40); version 2 has no 2024-Q2 row for A, so "A: 40 in 2024" gives 2024-Q1,
        // and A's line, 43, gives 2023-Q3's 3 if 2024-Q1 were still counted as its protection.
        List<Cell> table = new java.util.ArrayList<>();
        table.add(new Cell(List.of("A", "2023-Q3"), 3));
        table.add(new Cell(List.of("A", "2024-Q1"), 40));
        // C's 4 is small, so C's "4 in 2024" is no figure anyone publishes: it may protect.
        table.add(new Cell(List.of("C", "2023-Q3"), 30));
        table.add(new Cell(List.of("C", "2024-Q1"), 4));
        table.add(new Cell(List.of("B", "2023-Q3"), 30));
        for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
            table.add(new Cell(List.of("B", q), 20));
        }
        NaturalGroups year2024 = new NaturalGroups(List.of(new NaturalGroups.Partition(
                1, Map.of("2024-Q1", "2024", "2024-Q2", "2024", "2024-Q3", "2024", "2024-Q4", "2024"))));
        BitSet before = new BitSet();
        before.set(TestTables.indexOf(table, "A", "2024-Q1"));
        SuppressionResult result = DisclosureControl.withDefaultThreshold()
                .suppress(table, new PriorRelease(before, new BitSet()), year2024);

        BitSet derivable = ExactDerivabilityChecker.derivable(table, result.suppressed(), year2024, 10);
        assertTrue(derivable.get(TestTables.indexOf(table, "A", "2023-Q3")), () -> "derivable: " + derivable);
        BitSet reported = result.unprotectable();
        reported.and(derivable);
        // Before: A 2024-Q1, withheld again, was its protection, and the table was reported safe.
        assertEquals(derivable, reported);
    }

    @Test
    void aLongSeriesThisRegistrySuppressedPassesTheAuditOnTheCubesItWithheld() {
        // Nine years of quarters by 16 districts and 3 genders, every total, calendar and financial years known: the
        // suppression protects first quarters with cycles through every year, each chosen for one cell and shared by
        // its partner lines, which the audit must find among the withheld cells rather than eliminate.
        List<String> quarters = new ArrayList<>();
        for (int year = 2018; year <= 2026; year++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(year + "-Q" + q);
            }
        }
        List<String> districts = new ArrayList<>();
        for (int d = 1; d <= 16; d++) {
            districts.add("D" + d);
        }
        NaturalGroups groups = yearsAndFinancialYears(quarters);
        List<Cell> table = withAllTotals(
                List.of(districts, quarters, List.of("female", "male", "other")), new java.util.Random(7));
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, groups);
        assertEquals(new BitSet(), result.unprotectable());

        // Work units are counted, not timed: this takes about 500,000; before, searching each cell's cheapest cube on
        // its own, over 2,000,000, and at 988,848 observations the audit was refused past its budget.
        assertEquals(new BitSet(), DerivableCells.of(table, result.suppressed(), 1_000_000, groups));
    }

    /** A table over {@code codes} (one list per dimension) with random counts 0 to 40 and every total. */
    private static List<Cell> withAllTotals(List<List<String>> codes, java.util.Random random) {
        Map<List<String>, Long> totals = new java.util.LinkedHashMap<>();
        int[] at = new int[codes.size()];
        do {
            long count = random.nextInt(41);
            for (int mask = 0; mask < 1 << at.length; mask++) {
                List<String> key = new ArrayList<>();
                for (int d = 0; d < at.length; d++) {
                    key.add((mask >> d & 1) == 0 ? codes.get(d).get(at[d]) : Cell.TOTAL);
                }
                totals.merge(key, count, Long::sum);
            }
        } while (next(at, codes));
        List<Cell> table = new ArrayList<>();
        totals.forEach((key, count) -> table.add(new Cell(key, count)));
        return table;
    }

    private static boolean next(int[] at, List<List<String>> codes) {
        for (int d = at.length - 1; d >= 0; d--) {
            if (++at[d] < codes.get(d).size()) {
                return true;
            }
            at[d] = 0;
        }
        return false;
    }

    /**
     * Katihar, Purnia and Araria over {@link #longSeries}, every count 30 but Katihar 2023-Q1's 4, with or without the
     * total rows.
     */
    private static List<Cell> longSeriesWithASmallFirstQuarter(boolean totals) {
        List<String> quarters = longSeries();
        long[][] counts = new long[3][quarters.size()];
        for (long[] row : counts) {
            Arrays.fill(row, 30);
        }
        counts[0][quarters.indexOf("2023-Q1")] = 4;
        List<String> districts = List.of("Katihar", "Purnia", "Araria");
        return totals
                ? TestTables.gridWithTotals(districts, quarters, counts)
                : TestTables.grid(districts, quarters, counts);
    }

    /** The quarters 2022-Q1 to 2025-Q1. */
    private static List<String> longSeries() {
        List<String> quarters = new ArrayList<>();
        for (int year = 2022; year <= 2025; year++) {
            for (int q = 1; q <= (year == 2025 ? 1 : 4); q++) {
                quarters.add(year + "-Q" + q);
            }
        }
        return quarters;
    }

    /** The calendar years and financial years (April to March) that lie wholly within {@code quarters}. */
    private static NaturalGroups yearsAndFinancialYears(List<String> quarters) {
        Map<String, List<String>> years = new HashMap<>();
        Map<String, List<String>> financialYears = new HashMap<>();
        for (String quarter : quarters) {
            int year = Integer.parseInt(quarter.substring(0, 4));
            int q = quarter.charAt(6) - '0';
            years.computeIfAbsent(Integer.toString(year), x -> new ArrayList<>())
                    .add(quarter);
            financialYears
                    .computeIfAbsent("FY" + (q == 1 ? year - 1 : year), x -> new ArrayList<>())
                    .add(quarter);
        }
        return new NaturalGroups(List.of(
                new NaturalGroups.Partition(1, whole(years)), new NaturalGroups.Partition(1, whole(financialYears))));
    }

    /** Each quarter of a group of four, with its group. */
    private static Map<String, String> whole(Map<String, List<String>> groups) {
        Map<String, String> groupOf = new HashMap<>();
        groups.forEach((group, members) -> {
            if (members.size() == 4) {
                members.forEach(m -> groupOf.put(m, group));
            }
        });
        return groupOf;
    }
}
