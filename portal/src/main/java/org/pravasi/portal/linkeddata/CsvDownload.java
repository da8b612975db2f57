package org.pravasi.portal.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Cube} as CSV: for each dimension its notation and label, then the count and {@code obs_status}; a
 * suppressed cell has an empty count and status {@code confidential}. Text cells that a spreadsheet would run as a
 * formula are prefixed with a single quote.
 */
public final class CsvDownload {
    /** The name of the status column. */
    public static final String STATUS = "obs_status";
    /** First characters that make a spreadsheet read a cell as a formula (ASCII and their full-width forms). */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvDownload() {}

    /** The header: {@code area, area_label, period, period_label, ..., <measure>, obs_status}. */
    public static List<String> header(Cube cube) {
        List<String> h = new ArrayList<>();
        for (Cube.Component d : cube.dimensions()) {
            h.add(d.name());
            h.add(d.name() + "_label");
        }
        h.add(cube.measure().name());
        h.add(STATUS);
        return h;
    }

    /** Writes the whole table (RFC 4180, CRLF line ends) to {@code out}. */
    public static void write(Cube cube, Appendable out) {
        write(cube, cube.rows()::forEach, out);
    }

    /**
     * Writes the table of {@code cube}'s columns with the rows {@code rows} gives, one at a time as they come (RFC
     * 4180, CRLF line ends), to {@code out}.
     */
    public static void write(Cube cube, Consumer<Consumer<Cube.Row>> rows, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header(cube).stream().map(CsvDownload::protect).toList());
            rows.accept(r -> {
                List<String> cells = new ArrayList<>();
                for (Cube.Term t : r.keys()) {
                    cells.add(protect(t.notation()));
                    cells.add(protect(t.label()));
                }
                cells.add(r.suppressed() ? "" : Long.toString(r.value().getAsLong()));
                cells.add(r.suppressed() ? "confidential" : "normal");
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell made safe for spreadsheets: one starting with = + - @ TAB CR LF (or a full-width = + - @) gets a
     * leading single quote, so it is shown as text and never run. Only text columns go through here: the count column
     * is written as a plain number.
     */
    public static String protect(String cell) {
        if (cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell == null ? "" : cell;
    }
}
