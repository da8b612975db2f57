package org.pravasi.registry.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The table found in one sheet of an upload: its header and data rows as text, and what was done to find it.
 *
 * @param file the file name as uploaded
 * @param sheet the sheet read (for a CSV, the file name)
 * @param encoding how a CSV was decoded; empty for a workbook
 * @param headerRow the 1-based row (line) of the header in the file
 * @param headers the column names, blank ones named {@code column N} and repeated ones numbered
 * @param rows the data rows below the header, blank rows left out, each as wide as the header
 * @param notes what the reader did that the officer should know (rows skipped above the header, error cells, ...)
 */
public record SheetTable(
        String file,
        String sheet,
        Optional<TextEncoding> encoding,
        long headerRow,
        List<String> headers,
        List<DataRow> rows,
        List<String> notes) {

    /** Copies the lists. */
    public SheetTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(encoding, "encoding");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One data row. */
    public record DataRow(long number, List<String> cells) {
        /** Copies the cells. */
        public DataRow {
            cells = List.copyOf(cells);
        }
    }

    /** The index of the column named {@code header}, or -1. */
    public int column(String header) {
        return headers.indexOf(header);
    }

    /** The cells of column {@code index}, in row order. */
    public List<String> values(int index) {
        return rows.stream().map(r -> r.cells().get(index)).toList();
    }
}
