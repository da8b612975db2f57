package org.pravasi.registry.disclosure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The lines of a table: for each dimension d, the groups of cells that agree on every other dimension. A group's cells
 * that are not total in d are the line's members; the one that is total in d, if present, is the publisher's total of
 * the line. Beyond them, <em>group lines</em>: along a line, the members whose codes lie in one group of
 * {@link NaturalGroups} (a year, a state), when two or more do, whose total is known from outside.
 *
 * <p>A cell's lines are found by <em>slot</em>: slots 0 to dimensions − 1 are its line along each dimension, and each
 * further slot its group line of one partition ({@link #dimension(int)} tells which dimension), or -1 where the cell is
 * in no group line of it.
 */
final class TableLines {

    private final CodedTable table;
    private final int[] dimensionOrder;
    private final int[] slotDimension;
    /** Per partition (slot − dimensions), each code's group in it, or -1. */
    private final int[][] groupOfCode;

    private final int[] lineOf;
    private final int[] lineStart;
    private final int[] lineCells;
    private final int[] totalCell;
    private final int[] memberCount;
    private final BitSet alone;

    private TableLines(
            CodedTable table,
            int[] dimensionOrder,
            int[] slotDimension,
            int[][] groupOfCode,
            int[] lineOf,
            int[] lineStart,
            int[] lineCells,
            int[] totalCell,
            int[] memberCount,
            BitSet alone) {
        this.table = table;
        this.dimensionOrder = dimensionOrder;
        this.slotDimension = slotDimension;
        this.groupOfCode = groupOfCode;
        this.lineOf = lineOf;
        this.lineStart = lineStart;
        this.lineCells = lineCells;
        this.totalCell = totalCell;
        this.memberCount = memberCount;
        this.alone = alone;
    }

    /** Groups the cells of {@code table} into lines, refusing two cells with the same key. */
    static TableLines of(CodedTable table) {
        return of(table, NaturalGroups.NONE);
    }

    /**
     * Groups the cells of {@code table} into lines, and the members of each line into the group lines of
     * {@code groups}; refuses two cells with the same key, or a partition of a dimension the table lacks.
     */
    static TableLines of(CodedTable table, NaturalGroups groups) {
        int n = table.size();
        int dims = table.dimensions();
        int partitions = groups.partitions().size();
        int slots = dims + partitions;
        int[] slotDimension = new int[slots];
        for (int d = 0; d < dims; d++) {
            slotDimension[d] = d;
        }
        for (int p = 0; p < partitions; p++) {
            int d = groups.partitions().get(p).dimension();
            if (d >= dims) {
                throw new IllegalArgumentException(
                        "a group partition of dimension " + d + " in a table of " + dims + " dimensions");
            }
            slotDimension[dims + p] = d;
        }
        int[] lineOf = new int[n * slots];
        Arrays.fill(lineOf, -1);
        int[] lineCells = new int[n * slots];
        int[] lineStart = new int[n * slots + 1];
        int[] totalCell = new int[n * slots];
        int[] memberCount = new int[n * slots];
        int lines = 0;
        int[] dimensionOrder = byCardinality(table);
        int[] firstLineOf = new int[dims + 1];
        for (int k = 0; k < dims; k++) {
            int d = dimensionOrder[k];
            firstLineOf[k] = lines;
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
                lineOf[cell * slots + d] = line;
                if (table.isTotal(cell, d)) {
                    totalCell[line] = cell;
                } else {
                    memberCount[line]++;
                }
            }
        }
        firstLineOf[dims] = lines;
        BitSet alone = new BitSet();
        int[][] groupOfCode = new int[partitions][];
        int position = dims * n;
        for (int p = 0; p < partitions; p++) {
            int d = slotDimension[dims + p];
            groupOfCode[p] = groupCodes(table, d, groups.partitions().get(p));
            int k = indexOf(dimensionOrder, d);
            for (int base = firstLineOf[k]; base < firstLineOf[k + 1]; base++) {
                // Within a line cells are ordered by code, so a group's members are found by one stable sort.
                int from = lineStart[base];
                int to = base + 1 < firstLineOf[k + 1] ? lineStart[base + 1] : (k + 1) * n;
                int[] group = groupOfCode[p];
                Integer[] members = IntStream.range(from, to)
                        .map(q -> lineCells[q])
                        .filter(c -> group[table.code(c, d)] >= 0)
                        .boxed()
                        .sorted(Comparator.comparingInt(c -> group[table.code(c, d)]))
                        .toArray(Integer[]::new);
                for (int i = 0; i < members.length; ) {
                    int j = i;
                    while (j < members.length && group[table.code(members[j], d)] == group[table.code(members[i], d)]) {
                        j++;
                    }
                    if (j - i == 1) {
                        alone.set(members[i]);
                    } else {
                        lineStart[lines] = position;
                        totalCell[lines] = -1;
                        memberCount[lines] = j - i;
                        for (int m = i; m < j; m++) {
                            lineCells[position++] = members[m];
                            lineOf[members[m] * slots + dims + p] = lines;
                        }
                        lines++;
                    }
                    i = j;
                }
            }
        }
        lineStart[lines] = position;
        return new TableLines(
                table,
                dimensionOrder,
                slotDimension,
                groupOfCode,
                lineOf,
                Arrays.copyOf(lineStart, lines + 1),
                Arrays.copyOf(lineCells, position),
                Arrays.copyOf(totalCell, lines),
                Arrays.copyOf(memberCount, lines),
                alone);
    }

    /** Each code of dimension {@code d} numbered by its group in {@code partition}; -1 for none and for the total. */
    private static int[] groupCodes(CodedTable table, int d, NaturalGroups.Partition partition) {
        int[] group = new int[table.cardinality(d)];
        Arrays.fill(group, -1);
        Map<String, Integer> numbers = new HashMap<>();
        for (int cell = 0; cell < table.size(); cell++) {
            int code = table.code(cell, d);
            String name = code == 0 ? null : partition.groupOf().get(table.keyValue(cell, d));
            if (name != null) {
                group[code] = numbers.computeIfAbsent(name, x -> numbers.size());
            }
        }
        return group;
    }

    private static int indexOf(int[] order, int d) {
        for (int k = 0; k < order.length; k++) {
            if (order[k] == d) {
                return k;
            }
        }
        throw new IllegalStateException("dimension " + d + " is not in the line order");
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

    /**
     * The cells that are the only member of their group along a line: the group's total, which the attacker knows, is
     * the cell itself. Not an equation here (a small count's total is no figure an organisation publishes), but a cell
     * of 0 or k or more is as good as published, and protects nothing. (A line of one member is not counted: the threat
     * model grants totals of two or more members, and sparse tables are mostly such lines.)
     */
    BitSet alone() {
        return (BitSet) alone.clone();
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

    /** The number of slots of each cell's lines: one per dimension, then one per group partition. */
    int slots() {
        return slotDimension.length;
    }

    /** Whether there are group lines at all. */
    boolean hasGroups() {
        return slotDimension.length > table.dimensions();
    }

    /** The dimension along which the lines of {@code slot} run. */
    int dimension(int slot) {
        return slotDimension[slot];
    }

    /**
     * The line through {@code cell} in {@code slot}: along dimension {@code slot} for a slot below the number of
     * dimensions, else its group line, or -1 if it is in none.
     */
    int line(int cell, int slot) {
        return lineOf[cell * slotDimension.length + slot];
    }

    /**
     * Whether the codes of cells {@code a} and {@code b} in dimension {@code d} lie in the same group (or both in none)
     * of every partition of {@code d}: swapping one for the other then changes no group's total.
     */
    boolean sameGroups(int a, int b, int d) {
        for (int s = table.dimensions(); s < slotDimension.length; s++) {
            int[] group = groupOfCode[s - table.dimensions()];
            if (slotDimension[s] == d && group[table.code(a, d)] != group[table.code(b, d)]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The group of {@code cell}'s code in the partition of group {@code slot} (at least the number of dimensions), by a
     * number unique within that partition, or -1 if the code is in none of its groups.
     */
    int group(int cell, int slot) {
        int d = slotDimension[slot];
        return groupOfCode[slot - table.dimensions()][table.code(cell, d)];
    }

    /**
     * Whether the attacker knows an equation for this line: its members sum to its total, which is either the
     * publisher's total cell or, with two or more members, assumed known from outside (group lines always have two).
     */
    boolean isEquation(int line) {
        return line >= 0 && (memberCount[line] >= 2 || (memberCount[line] >= 1 && totalCell[line] >= 0));
    }

    /** The publisher's total cell of the line, or -1. */
    int totalCell(int line) {
        return totalCell[line];
    }

    /** The number of the line's cells that are not its total. */
    int memberCount(int line) {
        return memberCount[line];
    }

    /**
     * The coefficient of {@code cell} in its line of {@code slot}: +1 as a member, -1 as the total (group lines have
     * members only).
     */
    int coefficient(int cell, int slot) {
        return slot < table.dimensions() && table.isTotal(cell, slot) ? -1 : 1;
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
