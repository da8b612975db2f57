package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.workspace.ColumnRole.Role;

/**
 * The officer's corrections of single cells, applied to the table read, and the personal-data screen over the cells
 * that would be published: a phone number in a category cell is found in the upload, quoted (masked) with its row and
 * column, before reconciliation turns cells into identifiers that the pipeline's own screen no longer sees.
 */
final class CellFixes {
    private static final PersonalDataScreen SCREEN = PersonalDataScreen.standard();

    private CellFixes() {}

    /** The table with the corrections applied; a correction that names no cell is an issue, and changes nothing. */
    static SheetTable apply(SheetTable table, List<Choices.CellFix> fixes, List<Finding> issues) {
        if (fixes.isEmpty()) {
            return table;
        }
        List<SheetTable.DataRow> rows = new ArrayList<>(table.rows());
        for (Choices.CellFix fix : fixes) {
            int column = table.column(fix.column());
            int index = indexOf(rows, fix.row());
            if (column < 0 || index < 0) {
                issues.add(Finding.error(
                        table.file(),
                        fix.row(),
                        fix.column(),
                        fix.value(),
                        "The correction is for row " + fix.row() + ", column '" + fix.column()
                                + "', which is not a cell of the figures of '" + table.sheet() + "'.",
                        "Correct a cell that the preview lists (a row number and a column name of the table)."));
                continue;
            }
            List<String> cells = new ArrayList<>(rows.get(index).cells());
            cells.set(column, fix.value().strip());
            rows.set(index, new SheetTable.DataRow(fix.row(), cells));
        }
        return new SheetTable(
                table.file(), table.sheet(), table.encoding(), table.headerRow(), table.headers(), rows, table.notes());
    }

    /** Personal data in the headers and cells of every column that is not ignored, one issue per cell. */
    static List<Finding> personalData(SheetTable table, List<ColumnRole> columns) {
        List<Finding> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnRole role = columns.get(c);
            if (role.role() == Role.IGNORE) {
                continue;
            }
            for (PersonalDataFinding p : SCREEN.checkHeader(c + 1, role.column())) {
                out.add(finding(table, table.headerRow(), role.column(), p));
            }
            for (SheetTable.DataRow row : table.rows()) {
                String cell = row.cells().get(c);
                if (cell.isBlank()) {
                    continue;
                }
                for (PersonalDataFinding p : SCREEN.checkCell(row.number(), role.column(), cell)) {
                    out.add(finding(table, row.number(), role.column(), p));
                }
            }
        }
        return out;
    }

    private static Finding finding(SheetTable table, long row, String column, PersonalDataFinding p) {
        return Finding.error(
                table.file(),
                row,
                column,
                p.maskedExcerpt(),
                p.message(),
                "Remove the personal detail from this cell (correct it in the preview, or in your file and upload it"
                        + " again): publish only counts per place, period and category.");
    }

    private static int indexOf(List<SheetTable.DataRow> rows, long number) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }
}
