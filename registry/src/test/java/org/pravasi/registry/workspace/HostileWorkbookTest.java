package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;

/**
 * Workbooks made to exhaust the reader: decompression bombs, rows wider than Excel allows, numbers and dates that
 * expand without bound. Each is refused or kept as written, with a finding that says what and how to fix, before
 * anything large is built in memory.
 */
class HostileWorkbookTest {
    private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>District</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Cases</t></is></c></row>";

    private final UploadReader reader = new UploadReader(UploadLimits.DEFAULTS);

    private static String katihar(String valueCell) {
        return "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Katihar</t></is></c>" + valueCell + "</row>";
    }

    private Finding refusal(byte[] xlsx) {
        Parsed<SheetTable> p = reader.read(new Upload("bomb.xlsx", xlsx), Optional.empty(), ReadProgress.NONE);
        assertTrue(p.value().isEmpty(), "read although it should be refused");
        assertEquals(1, p.findings().size(), p.findings()::toString);
        return p.findings().getFirst();
    }

    @Test
    void aWorkbookThatExpandsHundredsOfTimesIsRefusedWhileUnpacking() {
        // 64 MiB of spaces between two rows: a few hundred KB packed, far beyond what a real sheet compresses to.
        byte[] bomb = Workbooks.handWritten(HEADER + " ".repeat(64 << 20) + katihar("<c r=\"B2\"><v>12</v></c>"));
        assertTrue(bomb.length < 1 << 20, "the test's bomb is small: " + bomb.length);
        Finding f = refusal(bomb);
        assertTrue(f.problem().contains("expands"), f::toString);
        assertTrue(f.problem().contains("xl/worksheets/sheet1.xml"), f::toString);
        Parsed<List<String>> sheets = reader.sheets(new Upload("bomb.xlsx", bomb));
        assertTrue(sheets.value().isEmpty(), "listing the sheets unpacks it too");
    }

    @Test
    void aRowWithMoreCellsThanExcelAllowsIsRefusedNamingTheRow() {
        byte[] wide = Workbooks.handWritten(HEADER + "<row r=\"2\">" + "<c/>".repeat(20_000) + "</row>");
        Finding f = refusal(wide);
        assertTrue(f.problem().contains("2nd row written in xl/worksheets/sheet1.xml"), f::toString);
        assertTrue(f.problem().contains("16,384"), f::toString);
    }

    @Test
    void aNumberWithAHugeExponentIsKeptAsWrittenNotExpanded() {
        byte[] xlsx = Workbooks.handWritten(HEADER + katihar("<c r=\"B2\"><v>1E+400</v></c>"));
        SheetTable t = reader.read(new Upload("n.xlsx", xlsx), Optional.empty(), ReadProgress.NONE)
                .value()
                .orElseThrow();
        assertEquals(List.of("Katihar", "1E+400"), t.rows().getFirst().cells());
    }

    @Test
    void anOrdinaryLargeNumberIsStillWrittenOut() {
        byte[] xlsx = Workbooks.handWritten(HEADER + katihar("<c r=\"B2\"><v>1.2E+3</v></c>"));
        SheetTable t = reader.read(new Upload("n.xlsx", xlsx), Optional.empty(), ReadProgress.NONE)
                .value()
                .orElseThrow();
        assertEquals(List.of("Katihar", "1200"), t.rows().getFirst().cells());
    }

    @Test
    void aDateBeyondTheCalendarIsKeptAsWritten() {
        byte[] xlsx = Workbooks.handWritten(HEADER + katihar("<c r=\"B2\" s=\"1\"><v>1E+15</v></c>"));
        SheetTable t = reader.read(new Upload("d.xlsx", xlsx), Optional.empty(), ReadProgress.NONE)
                .value()
                .orElseThrow();
        assertEquals(List.of("Katihar", "1E+15"), t.rows().getFirst().cells());
    }

    @Test
    void anOrdinaryDateCellIsStillADate() {
        byte[] xlsx = Workbooks.handWritten(HEADER + katihar("<c r=\"B2\" s=\"1\"><v>45383</v></c>"));
        SheetTable t = reader.read(new Upload("d.xlsx", xlsx), Optional.empty(), ReadProgress.NONE)
                .value()
                .orElseThrow();
        assertEquals(List.of("Katihar", "2024-04-01"), t.rows().getFirst().cells());
    }
}
