package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
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
    void aQuarterAloneInItsGroupsIsProtectedThroughTheCircuitBasis() {
        // 2024-Q1 is the only quarter of 2024 in FY 2023-24, so no cube of two quarters leaves both totals unchanged.
        List<Cell> table = TestTables.grid(List.of("Katihar", "Purnia"), QUARTERS, new long[][] {
            {30, 30, 30, 30, 4, 30, 30, 30}, {30, 30, 30, 30, 30, 30, 30, 30}
        });
        SuppressionResult result = DisclosureControl.withDefaultThreshold().suppress(table, PriorRelease.NONE, YEARS);

        assertEquals(new BitSet(), ExactDerivabilityChecker.derivable(table, result.suppressed(), YEARS));
        assertEquals(new BitSet(), result.unprotectable());
    }
}
