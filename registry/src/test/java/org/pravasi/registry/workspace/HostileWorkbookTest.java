package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
    void aCellAddressBeyondExcelsLastColumnIsRefusedBeforeTheReaderMakesRoomForIt() {
        // One cell at column ZZZZZZ (321,272,406): the reader would make a row of that many cells.
        Finding f = refusal(Workbooks.handWritten(HEADER + "<row r=\"2\"><c r=\"ZZZZZZ2\"/></row>"));
        assertTrue(f.problem().contains("2nd row written in xl/worksheets/sheet1.xml"), f::toString);
        assertTrue(f.problem().contains("beyond XFD"), f::toString);
    }

    @Test
    void aSheetEveryRowOfWhichWouldBeReadAsWideAsItsWidestIsRefused() {
        // One cell at XFD, then 20,000 rows of one cell: the reader makes each of them 16,384 cells wide.
        StringBuilder rows = new StringBuilder(HEADER + "<row r=\"2\"><c r=\"XFD2\"/></row>");
        for (int r = 3; r < 20_003; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        Finding f = refusal(Workbooks.handWritten(rows.toString()));
        assertTrue(f.problem().contains("reaches column XFD"), f::toString);
        assertTrue(f.problem().contains("250,000,000 cells"), f::toString);
    }

    @Test
    void aTextLongerThanAnyCellIsRefusedWhileUnpacking() {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < (3 << 20) / 2; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Finding f = refusal(Workbooks.handWritten(
                HEADER + katihar("<c r=\"B2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>")));
        assertTrue(f.problem().contains("a text in xl/worksheets/sheet1.xml is longer than 1,024 KiB"), f::toString);
    }

    @Test
    void aSheetStoredOutsideXlWorksheetsIsCheckedLikeAnyOther() {
        // The reader takes a sheet from wherever the workbook's relationships point. XFE is one column past Excel's
        // last; ZZZZZZ (321 million columns, 1.3 GB in the reader) was the outside review's case.
        Finding f = refusal(Workbooks.handWritten(
                "xl/data/sheet1.xml", HEADER + "<row r=\"2\"><c r=\"XFE2\"/></row>", StandardCharsets.UTF_8));
        assertTrue(f.problem().contains("2nd row written in xl/data/sheet1.xml"), f::toString);
        assertTrue(f.problem().contains("beyond XFD"), f::toString);
    }

    @Test
    void aSheetWrittenInUtf16IsCheckedLikeAnyOther() {
        Finding f = refusal(Workbooks.handWritten(
                "xl/worksheets/sheet1.xml", HEADER + "<row r=\"2\"><c r=\"XFE2\"/></row>", StandardCharsets.UTF_16));
        assertTrue(f.problem().contains("beyond XFD"), f::toString);
    }

    @Test
    void aCellAddressAfterLongAttributesOrALongPrefixIsStillRead() {
        String padding = "x".repeat(300);
        Finding f = refusal(Workbooks.handWritten(
                "<row r=\"1\"><c xmlns:" + padding + "=\"urn:x\" a=\"" + padding + "\" r = 'XFE1'/></row>"));
        assertTrue(f.problem().contains("beyond XFD"), f::toString);
        String prefix = "p".repeat(40);
        Finding g = refusal(Workbooks.handWritten("<row r=\"1\"><" + prefix + ":c xmlns:" + prefix
                + "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"XFE1\"/></row>"));
        assertTrue(g.problem().contains("beyond XFD"), g::toString);
    }

    @Test
    void aSharedStringsTableOfMillionsOfEntriesIsRefused() {
        // The reader keeps every shared string up to the highest one a cell names: 24 million tiny ones, a few hundred
        // KB packed, held 1.25 GB. Here the bound is the limits' 1,000 cells, passed by a table of 1,001.
        UploadReader small = new UploadReader(new UploadLimits(UploadLimits.DEFAULT_MAX_BYTES, 500, 200, 2_000, 1_000));
        byte[] xlsx = Workbooks.withSharedStrings(
                "xl/strings/table.xml",
                "<si><t>a</t></si>".repeat(1_001),
                HEADER + katihar("<c r=\"B2\" t=\"s\"><v>1000</v></c>"));
        Parsed<SheetTable> p = small.read(new Upload("sst.xlsx", xlsx), Optional.empty(), ReadProgress.NONE);
        assertTrue(p.value().isEmpty(), "read although it should be refused");
        Finding f = p.findings().getFirst();
        assertTrue(f.problem().contains("xl/strings/table.xml holds more than 1,000 texts"), f::toString);
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
