package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.NaturalGroups;

/** The year and financial-year totals the attacker is assumed to know, read from a table's periods. */
class OutsideGroupsTest {

    @Test
    void aQuarterWithNoCasesAnywhereStillLeavesItsYearAKnownTotal() {
        // 2024-Q3 had no cases, so the table has no row for it; its coverage, 2023-Q1 to 2025-Q1, is published.
        List<Cell> cells = new ArrayList<>();
        for (String q :
                List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q4", "2025-Q1")) {
            cells.add(new Cell(List.of(PravasiUris.period(q)), 30));
        }

        Map<String, Map<String, List<String>>> groups = byGroup(OutsideGroups.of(cells, DatasetGraphFactory.create()));

        // Before: the year 2024 and FY 2024-25 were dropped, since the table's quarters did not tile them.
        assertEquals(
                Map.of(
                        PravasiUris.period("2023"), List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"),
                        PravasiUris.period("2024"), List.of("2024-Q1", "2024-Q2", "2024-Q4")),
                groups.get("year"));
        assertEquals(
                Map.of(
                        PravasiUris.period("FY2023-24"), List.of("2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"),
                        PravasiUris.period("FY2024-25"), List.of("2024-Q2", "2024-Q4", "2025-Q1")),
                groups.get("fy"));
    }

    @Test
    void aTotalReachingOutsideTheCoverageIsNoEquation() {
        // FY 2022-23 began in April 2022, before the table's first quarter; 2025 ends after its last.
        List<Cell> cells = new ArrayList<>();
        for (String q : List.of("2023-Q1", "2023-Q2", "2025-Q1")) {
            cells.add(new Cell(List.of(PravasiUris.period(q)), 30));
        }

        Map<String, Map<String, List<String>>> groups = byGroup(OutsideGroups.of(cells, DatasetGraphFactory.create()));

        assertEquals(Map.of(PravasiUris.period("2023"), List.of("2023-Q1", "2023-Q2")), groups.get("year"));
        // A group of one quarter: the year's total is that quarter's count (known when it is 0 or k or more).
        assertEquals(
                Map.of(
                        PravasiUris.period("FY2023-24"), List.of("2023-Q2"),
                        PravasiUris.period("FY2024-25"), List.of("2025-Q1")),
                groups.get("fy"));
    }

    @Test
    void theMonthsOfAQuarterWithinTheCoverageAreAGroupAndAQuarterBeyondItIsNot() {
        // January to May 2024: 2024-Q1 lies within, 2024-Q2 (to June) and the year do not.
        List<Cell> cells = new ArrayList<>();
        for (String m : List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05")) {
            cells.add(new Cell(List.of(PravasiUris.period(m)), 30));
        }

        NaturalGroups groups = OutsideGroups.of(cells, DatasetGraphFactory.create());

        assertEquals(1, groups.partitions().size(), groups::toString);
        assertEquals(
                Map.of(
                        PravasiUris.period("2024-01"), PravasiUris.period("2024-Q1"),
                        PravasiUris.period("2024-02"), PravasiUris.period("2024-Q1"),
                        PravasiUris.period("2024-03"), PravasiUris.period("2024-Q1")),
                groups.partitions().getFirst().groupOf());
    }

    @Test
    void aTableOfOnePeriodHasNoGroup() {
        List<Cell> cells = List.of(new Cell(List.of(PravasiUris.period("2024-Q2")), 30));

        assertEquals(
                List.of(), OutsideGroups.of(cells, DatasetGraphFactory.create()).partitions());
    }

    /** Each partition (named by its groups' notation) as group → member notations, sorted. */
    private static Map<String, Map<String, List<String>>> byGroup(NaturalGroups groups) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (NaturalGroups.Partition p : groups.partitions()) {
            Map<String, List<String>> members = new TreeMap<>();
            p.groupOf()
                    .forEach((member, group) -> members.computeIfAbsent(group, g -> new ArrayList<>())
                            .add(member.substring(member.lastIndexOf('/') + 1)));
            members.values().forEach(list -> list.sort(null));
            String kind = members.keySet().iterator().next().contains("FY") ? "fy" : "year";
            out.put(kind, members);
        }
        return out;
    }
}
