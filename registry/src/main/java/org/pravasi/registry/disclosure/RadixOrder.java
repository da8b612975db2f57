package org.pravasi.registry.disclosure;

/** Orders cell indexes so that each line along one dimension is contiguous, in linear time. */
final class RadixOrder {

    private RadixOrder() {}

    /**
     * Returns all cell indexes sorted by their codes in every dimension except {@code d}, then by their code in
     * {@code d}; within a line the total (code 0) therefore comes first.
     */
    static int[] groupedBy(CodedTable table, int d) {
        int n = table.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] scratch = new int[n];
        // Least significant key first: stable counting sorts build the lexicographic order.
        countingSort(table, d, order, scratch);
        for (int j = table.dimensions() - 1; j >= 0; j--) {
            if (j != d) {
                countingSort(table, j, order, scratch);
            }
        }
        return order;
    }

    private static void countingSort(CodedTable table, int d, int[] order, int[] scratch) {
        int[] start = new int[table.cardinality(d) + 1];
        for (int cell : order) {
            start[table.code(cell, d) + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        for (int cell : order) {
            scratch[start[table.code(cell, d)]++] = cell;
        }
        System.arraycopy(scratch, 0, order, 0, order.length);
    }
}
