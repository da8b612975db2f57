package org.pravasi.registry.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;

/** Reading CSV and .xlsx uploads: sheets, header below a title, encodings, cached formulas, dates, limits. */
class UploadReaderTest {
    private final UploadReader reader = new UploadReader(UploadLimits.DEFAULTS);

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private SheetTable read(Upload upload, Optional<String> sheet) {
        Parsed<SheetTable> p = reader.read(upload, sheet, ReadProgress.NONE);
        assertTrue(p.value().isPresent(), () -> p.findings().toString());
        return p.value().get();
    }

    @Test
    void listsSheetsAndReadsTheChosenOneBelowItsTitleRow() {
        byte[] xlsx = Workbooks.write(
                new Workbooks.SheetRows("Read me", List.of(row("Figures are on the next sheet"))),
                new Workbooks.SheetRows(
                        "Cases",
                        List.of(
                                row("Wage cases 2024 — partner report"),
                                row(),
                                row("District", "Date", "Cases"),
                                row("Purnea", LocalDate.of(2024, 4, 1), 12),
                                row(),
                                row("कटिहार", LocalDate.of(2024, 5, 1), 7.0))));
        Upload upload = new Upload("cases.xlsx", xlsx);
        assertEquals(List.of("Read me", "Cases"), reader.sheets(upload).value().get());
        SheetTable t = read(upload, Optional.of("Cases"));
        assertEquals(3, t.headerRow());
        assertEquals(List.of("District", "Date", "Cases"), t.headers());
        assertEquals(List.of("Purnea", "2024-04-01", "12"), t.rows().get(0).cells());
        assertEquals(List.of("कटिहार", "2024-05-01", "7"), t.rows().get(1).cells());
        assertEquals(6, t.rows().get(1).number());
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("Skipped 2 row(s)")), t.notes()::toString);
    }

    @Test
    void readsAFormulaCellAsItsCachedValue() {
        SheetTable t = read(new Upload("f.xlsx", Workbooks.withCachedFormula()), Optional.empty());
        assertEquals(List.of("Katihar", "84"), t.rows().get(0).cells());
    }

    @Test
    void stripsAUtf8ByteOrderMarkAndSaysSo() {
        byte[] body = "District,Cases\nकटिहार,5\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        SheetTable t = read(new Upload("bom.csv", bom), Optional.empty());
        assertEquals("District", t.headers().get(0));
        assertEquals("UTF-8", t.encoding().get().charset());
        assertTrue(t.encoding().get().byteOrderMark());
    }

    @Test
    void fallsBackToWindows1252AndSaysWhich() {
        byte[] bytes =
                "Category;Cases\nNon-payment – wages;5\nCafé workers;4\n".getBytes(Charset.forName("windows-1252"));
        SheetTable t = read(new Upload("excel.csv", bytes), Optional.empty());
        assertEquals("windows-1252", t.encoding().get().charset());
        assertTrue(t.encoding().get().note().contains("not valid UTF-8"));
        assertEquals("Non-payment – wages", t.rows().get(0).cells().get(0));
        assertEquals("Café workers", t.rows().get(1).cells().get(0));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes("District\tCases\r\nगया\t3\r\n".getBytes(StandardCharsets.UTF_16LE));
        SheetTable t = read(new Upload("unicode.txt", out.toByteArray()), Optional.empty());
        assertEquals("UTF-16LE", t.encoding().get().charset());
        assertEquals(List.of("गया", "3"), t.rows().get(0).cells());
    }

    @Test
    void refusesAFileOverTheSizeLimitSayingHowToFix() {
        UploadReader small = new UploadReader(new UploadLimits(10, 100, 10, 100));
        Parsed<SheetTable> p = small.read(
                new Upload("big.csv", "District,Cases\nGaya,3\n".getBytes(StandardCharsets.UTF_8)),
                Optional.empty(),
                ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        Finding f = p.findings().get(0);
        assertTrue(f.problem().contains("at most 10"), f::describe);
        assertTrue(f.fix().contains("split"), f::describe);
    }

    @Test
    void stopsAtTheRowLimitNamingTheRow() {
        StringBuilder csv = new StringBuilder("District,Cases\n");
        for (int i = 0; i < 50; i++) {
            csv.append("Gaya,").append(i).append('\n');
        }
        UploadReader small = new UploadReader(new UploadLimits(1_000_000, 5, 10, 100));
        Parsed<SheetTable> p = small.read(
                new Upload("rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                Optional.empty(),
                ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        assertTrue(p.findings().get(0).problem().contains("more than 5 rows"), p.findings()::toString);
        assertTrue(p.findings().get(0).row() > 0);
    }

    @Test
    void paddedRowsCountAgainstTheCellLimit() {
        // Each data row is held as wide as the header: a header of 200 names over 500,000 lines of "1" (1 MB) was
        // 500,200 cells counted, under the 3,000,000 limit, but 100 million held, about 435 MB. Here: 10 names over
        // 200 lines of one cell, 210 counted, 2,000 held, over a limit of 1,000.
        String header = java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> "column " + i)
                        .collect(java.util.stream.Collectors.joining(","))
                + "\n";
        byte[] csv = (header + "1\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        UploadReader small = new UploadReader(new UploadLimits(1_000_000, 1_000, 200, 100, 1_000));
        Parsed<SheetTable> p = small.read(new Upload("padded.csv", csv), Optional.empty(), ReadProgress.NONE);
        assertTrue(p.value().isEmpty(), "read although its rows padded to the header hold 2,000 cells");
        Finding f = p.findings().getFirst();
        assertTrue(f.problem().contains("200 rows below a header of 10 columns"), f::describe);
        assertTrue(f.problem().contains("2,000 cells"), f::describe);
        assertTrue(f.problem().contains("at most 1,000"), f::describe);
        assertTrue(f.fix().contains("Delete the columns you do not publish"), f::describe);
    }

    @Test
    void rowsAsWideAsTheHeaderUpToTheCellLimitAreRead() {
        String csv = "District,Cases,Note\n" + "Gaya,1\n".repeat(10);
        UploadReader small = new UploadReader(new UploadLimits(1_000_000, 1_000, 200, 100, 33));
        Parsed<SheetTable> p = small.read(
                new Upload("fits.csv", csv.getBytes(StandardCharsets.UTF_8)), Optional.empty(), ReadProgress.NONE);
        assertEquals(10, p.value().orElseThrow().rows().size(), p.findings()::toString);
    }

    @Test
    void stopsAtTheCellLimitWhateverTheFilesSize() {
        // 25 MiB of "1,1,1,…" in 200 columns is 13 million cells, about 580 MB held while previewing: the file's size
        // does not bound what a preview holds, its cells do.
        String row = "1,".repeat(199) + "1\n";
        UploadReader reader = new UploadReader(UploadLimits.DEFAULTS);
        int rows = (int) (UploadLimits.DEFAULT_MAX_CELLS / 200) + 2;
        String header = java.util.stream.IntStream.rangeClosed(1, 200)
                        .mapToObj(i -> "column " + i)
                        .collect(java.util.stream.Collectors.joining(","))
                + "\n";
        byte[] csv = (header + row.repeat(rows)).getBytes(StandardCharsets.UTF_8);
        assertTrue(csv.length < UploadLimits.DEFAULT_MAX_BYTES, "within the size limit: " + csv.length);
        Parsed<SheetTable> p = reader.read(new Upload("cells.csv", csv), Optional.empty(), ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        Finding f = p.findings().get(0);
        assertTrue(f.problem().contains("more than 3,000,000 cells"), f::describe);
        assertTrue(f.fix().contains("split"), f::describe);
    }

    @Test
    void reportsProgressWhileReadingALargeFile() {
        StringBuilder csv = new StringBuilder("District,Cases\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append("Gaya,").append(i).append('\n');
        }
        List<Long> reports = new ArrayList<>();
        reader.read(
                new Upload("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                Optional.empty(),
                reports::add);
        assertEquals(List.of(10_000L, 20_000L, 25_001L), reports);
    }

    @Test
    void aBrokenWorkbookIsAClearError() {
        Parsed<SheetTable> p = reader.read(
                new Upload("broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}), Optional.empty(), ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        assertTrue(p.findings().get(0).problem().contains("could not be read as an Excel workbook"));
    }

    @Test
    void anUnclosedQuoteIsAClearError() {
        Parsed<SheetTable> p = reader.read(
                new Upload("q.csv", "District,Cases\n\"Katihar,3\n".getBytes(StandardCharsets.UTF_8)),
                Optional.empty(),
                ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        assertTrue(p.findings().get(0).fix().contains("closing quote"), p.findings()::toString);
    }

    @Test
    void anOldExcelFileIsRefusedWithTheWayOut() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        Parsed<List<String>> p = reader.sheets(new Upload("old.xls", ole2));
        assertTrue(p.value().isEmpty());
        assertTrue(p.findings().get(0).fix().contains(".xlsx"), p.findings()::toString);
    }

    @Test
    void cellsRightOfTheHeaderAreAClearError() {
        Parsed<SheetTable> p = reader.read(
                new Upload("w.csv", "District,Cases\nKatihar,3,oops\n".getBytes(StandardCharsets.UTF_8)),
                Optional.empty(),
                ReadProgress.NONE);
        assertTrue(p.value().isEmpty());
        assertEquals(2, p.findings().get(0).row());
    }

    @Test
    void anUnknownSheetIsAClearError() {
        byte[] xlsx =
                Workbooks.write(new Workbooks.SheetRows("Cases", List.of(row("District", "Cases"), row("Gaya", 3))));
        Parsed<SheetTable> p = reader.read(new Upload("c.xlsx", xlsx), Optional.of("Sheet9"), ReadProgress.NONE);
        assertTrue(p.findings().get(0).problem().contains("no sheet named 'Sheet9'"));
    }
}
