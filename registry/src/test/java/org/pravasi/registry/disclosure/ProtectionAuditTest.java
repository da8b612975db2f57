package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertFalse(findings.getFirst().determined());
        assertEquals(2, findings.getFirst().upper());
        assertTrue(
                findings.getFirst().reason().contains("at most 2"),
                findings.getFirst().reason());
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

    @Test
    void aTableWithoutWithheldCellsHasNoFinding() {
        assertEquals(List.of(), audit.audit(List.of(published(3, "a"), published(0, "b")), 10));
    }
}
