package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table whose keys are dictionary-encoded per dimension into small integers, so that a million cells can be grouped
 * into lines without hashing lists of strings; code 0 is the total.
 */
final class CodedTable {

    private final List<Cell> cells;
    private final int dimensions;
    private final int[] codes;
    private final int[] cardinality;
    private final BitSet anyTotal = new BitSet();

    private CodedTable(List<Cell> cells, int dimensions, int[] codes, int[] cardinality) {
        this.cells = cells;
        this.dimensions = dimensions;
        this.codes = codes;
        this.cardinality = cardinality;
        // Asked for every candidate complement, so worked out once.
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == 0) {
                anyTotal.set(i / dimensions);
            }
        }
    }

    /** Encodes {@code cells}, all of whose keys must have the same length. */
    static CodedTable of(List<Cell> cells) {
        int dimensions =
                Objects.requireNonNull(cells.getFirst(), "cell 0").key().size();
        List<Map<String, Integer>> dictionaries = new ArrayList<>(dimensions);
        for (int d = 0; d < dimensions; d++) {
            Map<String, Integer> dictionary = new HashMap<>();
            dictionary.put(Cell.TOTAL, 0);
            dictionaries.add(dictionary);
        }
        int[] codes = new int[Math.multiplyExact(cells.size(), dimensions)];
        for (int i = 0; i < cells.size(); i++) {
            List<String> key = Objects.requireNonNull(cells.get(i), "cell " + i).key();
            if (key.size() != dimensions) {
                throw new IllegalArgumentException(
                        "cell " + i + " has " + key.size() + " key values but cell 0 has " + dimensions);
            }
            for (int d = 0; d < dimensions; d++) {
                Map<String, Integer> dictionary = dictionaries.get(d);
                codes[i * dimensions + d] = dictionary.computeIfAbsent(key.get(d), v -> dictionary.size());
            }
        }
        int[] cardinality = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            cardinality[d] = dictionaries.get(d).size();
        }
        return new CodedTable(cells, dimensions, codes, cardinality);
    }

    int size() {
        return cells.size();
    }

    int dimensions() {
        return dimensions;
    }

    /** The number of distinct codes in dimension {@code d}, counting the total's code 0. */
    int cardinality(int d) {
        return cardinality[d];
    }

    int code(int cell, int d) {
        return codes[cell * dimensions + d];
    }

    boolean isTotal(int cell, int d) {
        return codes[cell * dimensions + d] == 0;
    }

    /** Whether the cell is a total in at least one dimension. */
    boolean isAnyTotal(int cell) {
        return anyTotal.get(cell);
    }

    long value(int cell) {
        return cells.get(cell).value();
    }

    /** The key value of {@code cell} in dimension {@code d}, as written. */
    String keyValue(int cell, int d) {
        return cells.get(cell).key().get(d);
    }

    /** Whether two cells agree on every dimension except {@code skipped}. */
    boolean sameLine(int a, int b, int skipped) {
        for (int d = 0; d < dimensions; d++) {
            if (d != skipped && codes[a * dimensions + d] != codes[b * dimensions + d]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Orders cells by their original key strings, so that choices made by key do not depend on the order in which the
     * publisher listed the rows.
     */
    int compareKeys(int a, int b) {
        List<String> left = cells.get(a).key();
        List<String> right = cells.get(b).key();
        for (int d = 0; d < dimensions; d++) {
            int c = left.get(d).compareTo(right.get(d));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
