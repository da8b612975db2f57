package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DerivableCells;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.disclosure.ProtectionAudit;
import org.pravasi.registry.publish.OutsideGroups;

/** The disclosure re-check of a harvested table, on tables built by hand. */
class HarvestedTablesTest {
    private static final Node DISTRICT = NodeFactory.createURI("https://a.example/dimension/district");
    private static final Node CATEGORY = NodeFactory.createURI("https://a.example/dimension/category");

    @Test
    @DisplayName("a table whose withheld cells are linked in a group too large to audit is refused, saying why")
    void tableTooCostlyToAuditIsRefused() {
        List<String> problems = new ArrayList<>();

        new HarvestedTables(10, ProtectionAudit.create(1_000_000), DerivableCells.WORK)
                .check(oneLinkedGroup(60), problems);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("too large to check"), problems.getFirst());
        assertTrue(problems.getFirst().contains("smaller tables"), problems.getFirst());
    }

    @Test
    @DisplayName(
            "a table whose withheld cells lie along lines too long to check for derivable cells is refused, saying why")
    void tableTooCostlyToFindDerivableCellsInIsRefused() {
        List<String> problems = new ArrayList<>();

        new HarvestedTables(10, ProtectionAudit.create(), 10_000).check(crossingLines(200), problems);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("too large to check"), problems.getFirst());
        assertTrue(problems.getFirst().contains("finding the derivable cells"), problems.getFirst());
        assertTrue(problems.getFirst().contains("smaller tables"), problems.getFirst());
    }

    @Test
    @DisplayName("the same shape, small enough to audit, passes: every withheld cell can hold its district's 40")
    void smallerGroupIsAudited() {
        List<String> problems = new ArrayList<>();

        new HarvestedTables(10, ProtectionAudit.create(1_000_000), DerivableCells.WORK)
                .check(oneLinkedGroup(5), problems);

        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    @DisplayName("a peer's table whose withheld quarter follows from its year's total is refused")
    void aQuarterGivenAwayByItsYearsTotalIsRefused() {
        // Katihar by quarter, 2023-Q1 to 2024-Q4, k = 10, as suppression withheld it before years were groups:
        // 2024-Q2's 3 protected by the cube through 2023-Q3 (docs/disclosure.md, "Groups whose totals are published
        // elsewhere"). The whole lines leave it open; "Katihar: 93 cases in 2024" gives 93 - 90 = 3.
        List<String> quarters =
                List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        long[][] values = {{30, 30, 12, 30, 30, 3, 30, 30}, {30, 30, 15, 30, 30, 30, 30, 30}};
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        for (int d = 0; d < 2; d++) {
            for (int q = 0; q < quarters.size(); q++) {
                if (quarters.get(q).equals("2023-Q3") || quarters.get(q).equals("2024-Q2")) {
                    withheld.set(cells.size());
                }
                cells.add(new Cell(
                        List.of(
                                PravasiUris.BASE + "id/district/" + (d == 0 ? 201 : 214),
                                PravasiUris.period(quarters.get(q))),
                        values[d][q]));
            }
        }
        ObservedTable table = observed(cells, withheld);
        HarvestedTables tables = new HarvestedTables(10, ProtectionAudit.create(1_000_000), DerivableCells.WORK);

        List<String> wholeLinesOnly = new ArrayList<>();
        tables.check(table, wholeLinesOnly);
        assertTrue(wholeLinesOnly.isEmpty(), wholeLinesOnly::toString);

        // The groups as the harvest reads them from the keys (no geography needed for periods).
        NaturalGroups groups = OutsideGroups.of(cells, DatasetGraphFactory.create());
        List<String> problems = new ArrayList<>();
        tables.check(table, groups, problems);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains("can be derived"), problems.getFirst());
        assertTrue(problems.getFirst().contains("2024-Q2"), problems.getFirst());
        assertTrue(problems.getFirst().contains("a year's, financial year's or state's total"), problems.getFirst());
    }

    /** Two lines of withheld counts of 40 crossing, each with its total published (nothing derivable or small). */
    private static ObservedTable crossingLines(int n) {
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        for (int i = 1; i <= n; i++) {
            withheld.set(cells.size());
            cells.add(new Cell(List.of("d0", "c" + i), 40));
            withheld.set(cells.size());
            cells.add(new Cell(List.of("d" + i, "c0"), 40));
        }
        withheld.set(cells.size());
        cells.add(new Cell(List.of("d0", "c0"), 40));
        cells.add(new Cell(List.of("d0", Cell.TOTAL), 40L * (n + 1)));
        cells.add(new Cell(List.of(Cell.TOTAL, "c0"), 40L * (n + 1)));
        return observed(cells, withheld);
    }

    /** Districts of two withheld categories and a published total each, and published category totals. */
    private static ObservedTable oneLinkedGroup(int districts) {
        List<Cell> cells = new ArrayList<>();
        BitSet withheld = new BitSet();
        for (int i = 0; i < districts; i++) {
            for (String category : List.of("c1", "c2", Cell.TOTAL)) {
                if (!category.equals(Cell.TOTAL)) {
                    withheld.set(cells.size());
                }
                cells.add(new Cell(List.of("d" + i, category), category.equals(Cell.TOTAL) ? 40 : 0));
            }
        }
        cells.add(new Cell(List.of(Cell.TOTAL, "c1"), 20L * districts));
        cells.add(new Cell(List.of(Cell.TOTAL, "c2"), 20L * districts));
        cells.add(new Cell(List.of(Cell.TOTAL, Cell.TOTAL), 40L * districts));
        return observed(cells, withheld);
    }

    private static ObservedTable observed(List<Cell> cells, BitSet withheld) {
        List<Node> observations = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            observations.add(NodeFactory.createURI("https://a.example/observation/" + i));
        }
        return new ObservedTable(observations, List.of(DISTRICT, CATEGORY), cells, withheld);
    }
}
