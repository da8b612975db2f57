package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.List;
import org.pravasi.registry.ingest.Finding;

/** The officer's corrections of single cells, applied to the table read. */
final class CellFixes {
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

    private static int indexOf(List<SheetTable.DataRow> rows, long number) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }
}
