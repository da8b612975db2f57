package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Parsed;

/**
 * Reads an uploaded CSV or .xlsx file into a {@link SheetTable}: lists the sheets, reads the chosen one, finds the
 * header below any title rows, decodes text files (reporting the encoding), and stops at the first limit passed with a
 * finding that says what, where and how to fix.
 */
public final class UploadReader {
    private final UploadLimits limits;

    /** A reader with these limits. */
    public UploadReader(UploadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The sheets of the upload, in order: a workbook's sheet names, or the file name for a CSV. */
    public Parsed<List<String>> sheets(Upload upload) {
        Optional<Finding> refused = refuse(upload);
        if (refused.isPresent()) {
            return Parsed.failed(List.of(refused.get()));
        }
        if (!upload.isExcel()) {
            return Parsed.of(List.of(upload.fileName()), List.of());
        }
        try {
            return Parsed.of(XlsxRows.sheets(upload.bytes(), limits.maxCells()), List.of());
        } catch (IOException | RuntimeException e) {
            return Parsed.failed(List.of(unreadable(upload, e)));
        }
    }

    /** Reads sheet {@code sheet} (the first when empty) of the upload, reporting progress as rows are read. */
    public Parsed<SheetTable> read(Upload upload, Optional<String> sheet, ReadProgress progress) {
        Optional<Finding> refused = refuse(upload);
        if (refused.isPresent()) {
            return Parsed.failed(List.of(refused.get()));
        }
        RowCollector rows = new RowCollector(upload.fileName(), limits, progress);
        List<String> notes = new ArrayList<>();
        Optional<TextEncoding> encoding = Optional.empty();
        String sheetName = upload.fileName();
        try {
            if (upload.isExcel()) {
                Optional<String> read = XlsxRows.read(upload.bytes(), sheet, limits.maxCells(), rows, notes);
                if (read.isEmpty()) {
                    return Parsed.failed(List.of(noSuchSheet(upload, sheet.orElse(""))));
                }
                sheetName = read.get();
            } else {
                TextEncoding.Decoded text = TextEncoding.decode(upload.bytes());
                encoding = Optional.of(text.encoding());
                notes.add(text.encoding().note());
                CsvRows.read(text.text(), rows);
            }
        } catch (RowCollector.Stop stop) {
            return Parsed.failed(List.of(stop.finding));
        } catch (IOException | RuntimeException e) {
            return Parsed.failed(List.of(unreadable(upload, e)));
        }
        return table(upload, sheetName, encoding, rows.finish(), notes);
    }

    private Parsed<SheetTable> table(
            Upload upload, String sheet, Optional<TextEncoding> encoding, List<RawRow> raw, List<String> notes) {
        Optional<Integer> at = HeaderRow.find(raw);
        if (at.isEmpty()) {
            return Parsed.failed(List.of(Finding.error(
                    upload.fileName(),
                    sheet,
                    "No header row was found in the first " + HeaderRow.SCAN + " rows of '" + sheet
                            + "': a header is a row of at least two column names, none of them a number.",
                    "Put one row of column names (for example District, Quarter, Cases) directly above the figures.")));
        }
        int h = at.get();
        RawRow header = raw.get(h);
        if (header.number() > 1) {
            notes.add("Skipped " + (header.number() - 1) + " row(s) above the header (title or blank rows); the"
                    + " header is row " + header.number() + ".");
        }
        List<String> names = HeaderRow.names(header.cells());
        int width = names.size();
        List<RawRow> below = raw.subList(h + 1, raw.size());
        long filled = below.stream().filter(r -> r.filled() > 0).count();
        if (filled * width > limits.maxCells()) {
            return Parsed.failed(List.of(padded(upload, sheet, filled, width)));
        }
        List<SheetTable.DataRow> data = new ArrayList<>();
        for (RawRow r : below) {
            if (r.filled() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(i < r.cells().size() ? r.cells().get(i).strip() : "");
            }
            if (r.cells().size() > width
                    && r.cells().subList(width, r.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                return Parsed.failed(List.of(Finding.error(
                        upload.fileName(),
                        r.number(),
                        "",
                        "",
                        "This row has cells to the right of the last named column (the header has " + width
                                + " columns).",
                        "Give those columns a name in the header row, or delete the cells.")));
            }
            data.add(new SheetTable.DataRow(r.number(), cells));
        }
        if (data.isEmpty()) {
            return Parsed.failed(List.of(Finding.error(
                    upload.fileName(),
                    sheet,
                    "The sheet '" + sheet + "' has a header (row " + header.number() + ") but no rows of figures.",
                    "Choose the sheet that holds the figures, or add them below the header.")));
        }
        return Parsed.of(
                new SheetTable(upload.fileName(), sheet, encoding, header.number(), names, data, notes), List.of());
    }

    private Optional<Finding> refuse(Upload upload) {
        if (upload.bytes().length == 0) {
            return Optional.of(Finding.error(
                    upload.fileName(), "", "The file is empty.", "Upload the CSV or .xlsx file that holds the table."));
        }
        if (upload.bytes().length > limits.maxBytes()) {
            return Optional.of(Finding.error(
                    upload.fileName(),
                    "",
                    "The file has " + upload.bytes().length + " bytes; at most " + limits.maxBytes() + " are accepted.",
                    "Delete sheets and columns you do not publish, or split the table into several files."));
        }
        if (upload.isOldExcel()) {
            return Optional.of(Finding.error(
                    upload.fileName(),
                    "",
                    "This is an old Excel file (.xls), which the workspace does not read.",
                    "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8."));
        }
        if (!upload.isExcel()
                && TextEncoding.looksLikeBomlessUtf16(upload.bytes())
                && !TextEncoding.hasUtf16Bom(upload.bytes())) {
            return Optional.of(Finding.error(
                    upload.fileName(),
                    "",
                    "The file looks like UTF-16 text without a byte-order mark, so its encoding cannot be told.",
                    "Save it again as \"CSV UTF-8\" (or as Unicode text with a byte-order mark)."));
        }
        return Optional.empty();
    }

    /**
     * Each data row is held as wide as the header, so the rows times the header's columns, not the cells filled, are
     * what a preview holds (a header of 200 names over 500,000 lines of one figure is 100 million cells).
     */
    private Finding padded(Upload upload, String sheet, long rows, int width) {
        return Finding.error(
                upload.fileName(),
                sheet,
                "The sheet '" + sheet + "' has " + count(rows) + " rows below a header of " + count(width)
                        + " columns: the workspace holds every row as wide as the header, " + count(rows * width)
                        + " cells, and reads at most " + count(limits.maxCells()) + ".",
                "Delete the columns you do not publish (empty ones too, and their names in the header), or split the"
                        + " table into several files (for example one per year).");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Finding noSuchSheet(Upload upload, String sheet) {
        return Finding.error(
                upload.fileName(),
                "sheet",
                "The workbook has no sheet named '" + sheet + "'.",
                "Choose one of the sheets the workbook lists.");
    }

    private static Finding unreadable(Upload upload, Exception e) {
        String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
        return upload.isExcel()
                ? Finding.error(
                        upload.fileName(),
                        "",
                        "The file could not be read as an Excel workbook (.xlsx): " + why,
                        "Open it in Excel or LibreOffice and save it again as .xlsx (not password-protected), or as"
                                + " CSV UTF-8.")
                : Finding.error(
                        upload.fileName(),
                        "",
                        "The file could not be read as CSV: " + why,
                        "Check that every quoted cell has its closing quote, or save it again from the spreadsheet as"
                                + " CSV UTF-8.");
    }
}
