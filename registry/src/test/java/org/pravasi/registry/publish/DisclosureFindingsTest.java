package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;
import org.pravasi.registry.testing.LegalAidCases;

/** A row that no suppression can protect is refused with its own finding: which row and key, why, how to fix. */
class DisclosureFindingsTest {

    private static final String DESCRIPTOR = LegalAidCases.DESCRIPTOR;

    @Test
    void eachUnprotectableRowGetsAFindingNamingItsLineAndKey() {
        // Every cell is small, so all are withheld; the outside totals of the lines without a total cell
        // then fix the three supplied totals whatever is withheld.
        List<Row> rows = new ArrayList<>();
        for (String a : List.of("a1", "a2", "a3")) {
            for (String b : List.of("b1", "b2")) {
                for (String c : List.of("c1", "c2")) {
                    rows.add(new Row(rows.size() + 2, new String[] {a, b, c}, 3));
                }
            }
        }
        rows.add(new Row(14, new String[] {Cell.TOTAL, "b1", "c1"}, 9));
        rows.add(new Row(15, new String[] {Cell.TOTAL, "b1", "c2"}, 9));
        rows.add(new Row(16, new String[] {Cell.TOTAL, "b2", "c1"}, 9));
        // Suppression looks at keys and counts only, so the codes need not resolve here.
        Descriptor d = DescriptorReader.read("d.json", DESCRIPTOR.getBytes(StandardCharsets.UTF_8))
                .value()
                .orElseThrow();
        Table table = new Table("f.csv", d, rows);
        Disclosure disclosure = new Disclosure(10);
        Findings findings = new Findings();

        disclosure.reportUnprotectable(table, disclosure.suppress(table, IdentityKeys.of(table)), findings);

        List<Finding> list = findings.list();
        assertEquals(3, list.size(), list::toString);
        Finding first = list.getFirst();
        assertTrue(first.isError());
        assertEquals(14, first.row());
        assertTrue(
                first.problem().contains("line 14 (_T,b1,c1)")
                        && first.problem().contains("follows exactly"),
                first.problem());
        assertTrue(first.fix().contains("coarser level"), first.fix());
    }
}
