package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Small tables for the specification tests. */
final class TestTables {

    private TestTables() {}

    /** A two-dimensional table, areas by periods, without totals. */
    static List<Cell> grid(List<String> areas, List<String> periods, long[][] values) {
        List<Cell> cells = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            for (int p = 0; p < periods.size(); p++) {
                cells.add(Cell.of(values[a][p], areas.get(a), periods.get(p)));
            }
        }
        return cells;
    }

    /** The same grid with every row, column and grand total added as {@code _T} cells. */
    static List<Cell> gridWithTotals(List<String> areas, List<String> periods, long[][] values) {
        List<Cell> cells = grid(areas, periods, values);
        long grand = 0;
        for (int a = 0; a < areas.size(); a++) {
            long rowTotal = 0;
            for (int p = 0; p < periods.size(); p++) {
                rowTotal += values[a][p];
            }
            cells.add(Cell.of(rowTotal, areas.get(a), Cell.TOTAL));
            grand += rowTotal;
        }
        for (int p = 0; p < periods.size(); p++) {
            long columnTotal = 0;
            for (long[] row : values) {
                columnTotal += row[p];
            }
            cells.add(Cell.of(columnTotal, Cell.TOTAL, periods.get(p)));
        }
        cells.add(Cell.of(grand, Cell.TOTAL, Cell.TOTAL));
        return cells;
    }

    /** The set of the given cell indexes. */
    static BitSet cells(int... indexes) {
        BitSet set = new BitSet();
        for (int i : indexes) {
            set.set(i);
        }
        return set;
    }

    /** The index of the cell with {@code key}. */
    static int indexOf(List<Cell> table, String... key) {
        List<String> wanted = List.of(key);
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).key().equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no cell " + wanted);
    }
}
