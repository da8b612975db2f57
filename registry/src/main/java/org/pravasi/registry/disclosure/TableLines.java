package org.pravasi.registry.disclosure;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The lines of a table: for each dimension d, the groups of cells that agree on every other dimension. A group's cells
 * that are not total in d are the line's members; the one that is total in d, if present, is the publisher's total of
 * the line.
 */
final class TableLines {

    private final CodedTable table;
    private final int[] dimensionOrder;
    private final int[] lineOf;
    private final int[] lineStart;
    private final int[] lineCells;
    private final int[] totalCell;
    private final int[] memberCount;

    private TableLines(
            CodedTable table,
            int[] dimensionOrder,
            int[] lineOf,
            int[] lineStart,
            int[] lineCells,
            int[] totalCell,
            int[] memberCount) {
        this.table = table;
        this.dimensionOrder = dimensionOrder;
        this.lineOf = lineOf;
        this.lineStart = lineStart;
        this.lineCells = lineCells;
        this.totalCell = totalCell;
        this.memberCount = memberCount;
    }

    /** Groups the cells of {@code table} into lines, refusing two cells with the same key. */
    static TableLines of(CodedTable table) {
        int n = table.size();
        int dims = table.dimensions();
        int[] lineOf = new int[n * dims];
        int[] lineCells = new int[n * dims];
        int[] lineStart = new int[n * dims + 1];
        int[] totalCell = new int[n * dims];
        int[] memberCount = new int[n * dims];
        int lines = 0;
        int[] dimensionOrder = byCardinality(table);
        for (int k = 0; k < dims; k++) {
            int d = dimensionOrder[k];
            int[] order = RadixOrder.groupedBy(table, d);
            System.arraycopy(order, 0, lineCells, k * n, n);
            for (int i = 0; i < n; i++) {
                int cell = order[i];
                boolean newLine = i == 0 || !table.sameLine(order[i - 1], cell, d);
                if (newLine) {
                    lineStart[lines] = k * n + i;
                    totalCell[lines] = -1;
                    lines++;
                } else if (table.code(order[i - 1], d) == table.code(cell, d)) {
                    throw new IllegalArgumentException("cells " + Math.min(order[i - 1], cell) + " and "
                            + Math.max(order[i - 1], cell) + " have the same key");
                }
                int line = lines - 1;
                lineOf[cell * dims + d] = line;
                if (table.isTotal(cell, d)) {
                    totalCell[line] = cell;
                } else {
                    memberCount[line]++;
                }
            }
        }
        lineStart[lines] = n * dims;
        return new TableLines(
                table,
                dimensionOrder,
                lineOf,
                Arrays.copyOf(lineStart, lines + 1),
                lineCells,
                Arrays.copyOf(totalCell, lines),
                Arrays.copyOf(memberCount, lines));
    }

    /**
     * Dimensions with fewer categories, hence more and shorter lines, get the lower line ids: the elimination pivots on
     * the lowest id, and short lines keep its vectors short.
     */
    private static int[] byCardinality(CodedTable table) {
        return IntStream.range(0, table.dimensions())
                .boxed()
                .sorted(Comparator.comparingInt(table::cardinality))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The {@code k}-th dimension in line id order: lines along it have lower ids than later ones. */
    int dimensionInIdOrder(int k) {
        return dimensionOrder[k];
    }

    CodedTable table() {
        return table;
    }

    int lineCount() {
        return totalCell.length;
    }

    /** The line through {@code cell} along dimension {@code d}. */
    int line(int cell, int d) {
        return lineOf[cell * table.dimensions() + d];
    }

    /**
     * Whether the attacker knows an equation for this line: its members sum to its total, which is either the
     * publisher's total cell or, with two or more members, assumed known from outside.
     */
    boolean isEquation(int line) {
        return memberCount[line] >= 2 || (memberCount[line] >= 1 && totalCell[line] >= 0);
    }

    /** The publisher's total cell of the line, or -1. */
    int totalCell(int line) {
        return totalCell[line];
    }

    /** The number of the line's cells that are not its total. */
    int memberCount(int line) {
        return memberCount[line];
    }

    /** The coefficient of {@code cell} in its line along {@code d}: +1 as a member, -1 as the total. */
    int coefficient(int cell, int d) {
        return table.isTotal(cell, d) ? -1 : 1;
    }

    /** The first position of the line's cells, for {@link #cellAt}. */
    int start(int line) {
        return lineStart[line];
    }

    /** The position just after the line's cells. */
    int end(int line) {
        return lineStart[line + 1];
    }

    int cellAt(int position) {
        return lineCells[position];
    }

    /** The cell that agrees with {@code cell} except for code {@code code} in {@code d}, or -1. */
    int neighbour(int cell, int d, int code) {
        int line = line(cell, d);
        // Within a line, cells are ordered by their code in the line's dimension.
        int low = lineStart[line];
        int high = lineStart[line + 1] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = table.code(lineCells[middle], d);
            if (found == code) {
                return lineCells[middle];
            }
            if (found < code) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
