package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import org.pravasi.registry.ingest.Finding;

/** Collects rows while a file streams in, stopping at the first limit passed and reporting progress. */
final class RowCollector {
    private final String file;
    private final UploadLimits limits;
    private final ReadProgress progress;
    private final List<RawRow> rows = new ArrayList<>();
    private long read;
    private long cells;

    RowCollector(String file, UploadLimits limits, ReadProgress progress) {
        this.file = file;
        this.limits = limits;
        this.progress = progress;
    }

    /** Thrown to stop reading when a limit is passed; carries the finding that says so. */
    static final class Stop extends RuntimeException {
        final transient Finding finding;

        Stop(Finding finding) {
            super(finding.problem(), null, false, false);
            this.finding = finding;
        }
    }

    /** Adds a row, or stops with a finding when it passes a limit. */
    void add(long number, List<String> cells) {
        read++;
        if (read % ReadProgress.EVERY == 0) {
            progress.rowsRead(read);
        }
        // Cells up to the row's last filled one: a sheet formatted far to the right, or a CSV with trailing commas,
        // holds its blanks only until the row is read.
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isBlank()) {
            last--;
        }
        if (cells.size() > limits.maxColumns()) {
            if (last > limits.maxColumns()) {
                throw new Stop(Finding.error(
                        file,
                        number,
                        "",
                        "",
                        "This row has " + last + " columns; at most " + limits.maxColumns() + " are read.",
                        "Delete the columns you do not publish, or split the table."));
            }
            cells = cells.subList(0, last);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > limits.maxCellChars()) {
                throw new Stop(Finding.error(
                        file,
                        number,
                        "column " + (i + 1),
                        "",
                        "This cell has " + cells.get(i).length() + " characters; at most " + limits.maxCellChars()
                                + " are read.",
                        "Shorten the cell; a table for publishing holds names, periods, categories and counts."));
            }
        }
        this.cells += last;
        if (this.cells > limits.maxCells()) {
            throw new Stop(Finding.error(
                    file,
                    number,
                    "",
                    "",
                    "The sheet has more than " + String.format(java.util.Locale.ROOT, "%,d", limits.maxCells())
                            + " cells (rows times columns) by this row; the workspace reads at most that many.",
                    "Delete the columns you do not publish, or split the table into several files (for example one per"
                            + " year)."));
        }
        if (rows.size() >= limits.maxRows() + HeaderRow.SCAN) {
            throw new Stop(Finding.error(
                    file,
                    number,
                    "",
                    "",
                    "The sheet has more than " + limits.maxRows() + " rows; the workspace reads at most that many.",
                    "Split the table into several files (for example one per year), or publish it through the API."));
        }
        rows.add(new RawRow(number, cells));
    }

    /** The rows read, after reporting the final count. */
    List<RawRow> finish() {
        progress.rowsRead(read);
        return rows;
    }
}
