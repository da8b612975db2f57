package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pravasi.registry.disclosure.PersonalDataFinding;
import org.pravasi.registry.disclosure.PersonalDataScreen;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.ingest.Findings;
import org.pravasi.registry.workspace.ColumnRole.Role;

/**
 * The personal-data screen over the cells that would be published: a phone number in a category cell is found in the
 * upload, quoted (masked) with its row and column, before reconciliation turns cells into identifiers that the
 * pipeline's own screen no longer sees. Kept within the pipeline's own caps ({@link Findings}: per column and kind of
 * personal data, and in all), each distinct cell of a column screened once, and the screen stops once the total is
 * kept: one cell can hold 222 passport-like numbers, and 12,500 such rows gave 2.8 million issues.
 */
final class PersonalDataIssues {
    private static final PersonalDataScreen SCREEN = PersonalDataScreen.standard();

    private PersonalDataIssues() {}

    /** Personal data in the headers and cells of every column that is not ignored, capped as the pipeline caps it. */
    static List<Finding> of(SheetTable table, List<ColumnRole> columns) {
        Findings found = new Findings();
        for (int c = 0; c < columns.size(); c++) {
            ColumnRole role = columns.get(c);
            if (role.role() == Role.IGNORE) {
                continue;
            }
            for (PersonalDataFinding p : SCREEN.checkHeader(c + 1, role.column())) {
                found.add(finding(table, table.headerRow(), role.column(), p), kind(role, p));
            }
            Set<String> screened = new HashSet<>();
            for (SheetTable.DataRow row : table.rows()) {
                if (found.full()) {
                    return stopped(found);
                }
                String cell = row.cells().get(c);
                if (cell.isBlank() || !screened.add(cell)) {
                    continue;
                }
                for (PersonalDataFinding p : SCREEN.checkCell(row.number(), role.column(), cell)) {
                    found.add(finding(table, row.number(), role.column(), p), kind(role, p));
                }
            }
        }
        return found.list();
    }

    private static String kind(ColumnRole role, PersonalDataFinding p) {
        return role.column() + '\u0000' + p.kind();
    }

    private static List<Finding> stopped(Findings found) {
        List<Finding> out = new ArrayList<>(found.list());
        out.add(Finding.error(
                "",
                0,
                "",
                "",
                "The screen for personal data stopped after " + Findings.MAX_TOTAL
                        + " findings; other cells may hold more.",
                "Fix the ones listed and preview again to see the rest."));
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
}
