package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.registry.disclosure.PublishedCell.published;
import static org.pravasi.registry.disclosure.PublishedCell.withheld;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The attacker-view audit of a table whose withheld counts are unknown, as a harvester receives it. */
class ProtectionAuditTest {

    private final ProtectionAudit audit = ProtectionAudit.create();

    @Test
    void refusesAWithheldCellThatTheTotalNarrowsBelowK() {
        List<PublishedCell> table = List.of(withheld("female"), published(40, "male"), published(47, Cell.TOTAL));

        List<ProtectionFinding> findings = audit.audit(table, 10);

        assertEquals(1, findings.size(), findings::toString);
        ProtectionFinding finding = findings.getFirst();
        assertEquals(List.of("female"), finding.key());
        assertTrue(finding.determined());
        assertEquals(7, finding.upper());
        assertTrue(finding.reason().contains("female"), finding.reason());
    }

    @Test
    void refusesTwoWithheldCellsThatSumToLessThanK() {
        List<PublishedCell> table =
                List.of(withheld("female"), withheld("male"), published(50, "other"), published(52, Cell.TOTAL));

        List<ProtectionFinding> findings = audit.audit(table, 10);

        assertEquals(
                List.of(List.of("female"), List.of("male")),
                findings.stream().map(ProtectionFinding::key).toList());
        // Each is at least 1 (zeros are published): 1 + 1 = 2 gives both away.
        assertTrue(findings.getFirst().determined());
        assertEquals(1, findings.getFirst().upper());
        assertTrue(
                findings.getFirst().reason().contains("exactly 1"),
                findings.getFirst().reason());
    }

    @Test
    void readsEveryWithheldCountAsAtLeastOne() {
        // Zeros are published, so four withheld counts under a published 12 hold at least 1 each: none can be 10.
        List<PublishedCell> sectors = List.of(
                withheld("construction"),
                withheld("brick-kilns"),
                withheld("domestic-work"),
                withheld("agriculture"),
                published(12, Cell.TOTAL));

        List<ProtectionFinding> findings = audit.audit(sectors, 10);

        assertEquals(4, findings.size(), findings::toString);
        assertEquals(9, findings.getFirst().upper());
    }

    @Test
    void aWithheldZeroThatAFloorOfOneRulesOutIsReadAtZero() {
        // female + male = 9 under a total of 9 with the other two at 0 and 0 withheld: a floor of 1 for all four is
        // impossible (the published counts add up already), so the audit falls back to 0 and still finds female and
        // male small, not a contradiction.
        List<PublishedCell> table = List.of(
                withheld("female"),
                withheld("male"),
                withheld("other"),
                published(0, "unknown"),
                published(2, Cell.TOTAL));

        List<ProtectionFinding> findings = audit.audit(table, 10);

        assertEquals(3, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.upper() <= 2), findings::toString);
    }

    @Test
    void acceptsAWellProtectedTable() {
        // A 2 x 2 block withheld in a grid with totals: each withheld cell can be anything from 0 to 27.
        List<PublishedCell> table = List.of(
                withheld("201", "f"),
                withheld("201", "m"),
                published(30, "201", "o"),
                published(65, "201", Cell.TOTAL),
                withheld("202", "f"),
                withheld("202", "m"),
                published(20, "202", "o"),
                published(47, "202", Cell.TOTAL),
                published(40, "203", "f"),
                published(44, "203", "m"),
                published(50, "203", "o"),
                published(134, "203", Cell.TOTAL),
                published(72, Cell.TOTAL, "f"),
                published(74, Cell.TOTAL, "m"),
                published(100, Cell.TOTAL, "o"),
                published(246, Cell.TOTAL, Cell.TOTAL));

        assertEquals(List.of(), audit.audit(table, 10));
    }

    /** Katihar 2024 by gender (f, m, o) and age band (a, b, c), with totals; {@code null} is withheld. */
    private static List<PublishedCell> genderByAge(Long[][] counts, long[] rowTotals, long[] columnTotals, long all) {
        String[] g = {"f", "m", "o"};
        String[] a = {"a", "b", "c"};
        List<PublishedCell> table = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                table.add(counts[i][j] == null ? withheld(g[i], a[j]) : published(counts[i][j], g[i], a[j]));
            }
            table.add(published(rowTotals[i], g[i], Cell.TOTAL));
        }
        for (int j = 0; j < 3; j++) {
            table.add(published(columnTotals[j], Cell.TOTAL, a[j]));
        }
        table.add(published(all, Cell.TOTAL, Cell.TOTAL));
        return table;
    }

    @Test
    void refusesWithheldCellsThatAreSmallBecauseTheirGroupMustHoldASmallCount() {
        // Women 5, 5, 20 (30); men 30, 25, 40; other 35, 45, 50: the table an older peer published with women 18-24
        // and 25-34 withheld with men of the same ages (the cheapest cube). Line totals let women 18-24 be 10 (and
        // 25-34 be 0), but then nothing withheld would be small, and cells are withheld only to protect a small count:
        // the men's cells are at least 25 and 20 in every table, so one woman's cell is 1..9, and the other is 10 - it.
        // Since withheld counts are read as at least 1, the line of women alone bounds each at 9 as well: at a cell's
        // largest value some other cell of its component is at its floor of 1, a small count, so the group rule binds
        // beyond the intervals only where a withheld zero or a line of "at most" sets that largest value.
        List<PublishedCell> table = genderByAge(
                new Long[][] {{null, null, 20L}, {null, null, 40L}, {35L, 45L, 50L}},
                new long[] {30, 95, 130},
                new long[] {70, 75, 110},
                255);

        List<ProtectionFinding> findings = audit.audit(table, 10);

        assertEquals(
                List.of(List.of("f", "a"), List.of("f", "b")),
                findings.stream().map(ProtectionFinding::key).toList(),
                findings::toString);
        assertEquals(9, findings.getFirst().upper());
    }

    @Test
    void acceptsTheSameCellsWithheldWithAnotherSmallCountPossibleInTheirGroup() {
        // The same cells withheld, but women 18-24 and 25-34 (3 and 22) add up to 25: whichever is small, the other is
        // 16 or more, and each could be either, so the small count the group holds says nothing about either.
        List<PublishedCell> table = genderByAge(
                new Long[][] {{null, null, 15L}, {null, null, 40L}, {35L, 45L, 50L}},
                new long[] {40, 95, 130},
                new long[] {68, 92, 105},
                265);

        assertEquals(List.of(), audit.audit(table, 10));
    }

    @Test
    void aTableWithoutWithheldCellsHasNoFinding() {
        assertEquals(List.of(), audit.audit(List.of(published(3, "a"), published(0, "b")), 10));
    }

    /**
     * {@code districts} districts of two categories and a total each, both categories withheld in every district, the
     * district totals and the category totals published: no cell can be derived, each can hold up to its district's 40,
     * and all 2 × {@code districts} withheld cells form one group linked through lines with totals.
     */
    static List<PublishedCell> oneLinkedGroup(int districts) {
        List<PublishedCell> table = new java.util.ArrayList<>();
        for (int i = 0; i < districts; i++) {
            table.add(withheld("d" + i, "c1"));
            table.add(withheld("d" + i, "c2"));
            table.add(published(40, "d" + i, Cell.TOTAL));
        }
        table.add(published(20L * districts, Cell.TOTAL, "c1"));
        table.add(published(20L * districts, Cell.TOTAL, "c2"));
        table.add(published(40L * districts, Cell.TOTAL, Cell.TOTAL));
        return table;
    }

    @Test
    void aTableItCanAuditWithinItsWorkIsAuditedWhole() {
        assertTrue(ProtectionAudit.create().audit(oneLinkedGroup(20), 10).isEmpty(), "every withheld cell can hold 40");
    }

    @Test
    void anAuditThatWouldPassItsWorkStopsSayingSoInsteadOfRunningForMinutes() {
        TooCostly x = assertThrows(
                TooCostly.class, () -> ProtectionAudit.create(1_000_000).audit(oneLinkedGroup(60), 10));

        assertEquals(183, x.cells());
        assertEquals(1_000_000, x.limit());
    }
}
