package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the cells that the totals of one of their lines fix whatever else is withheld: in the line's
 * {@link GroupGraph}, no cycle of cells that may be withheld passes through them. A quarterly series from 2018-Q1 to
 * 2027-Q1 without total rows is one: its line's total less the years 2018 to 2026 is 2027-Q1, and each year less its
 * financial year steps from one first quarter to the one before. No suppression can protect such a cell, so looking for
 * one first spares a search that would walk the whole table to fail.
 */
final class FixedByTotals {

    private FixedByTotals() {}

    /**
     * The cells of {@code cells} that a line's totals fix, given that {@code pinned} cells cannot be withheld; a cell
     * fixed is known as if published, which may fix another.
     */
    static BitSet among(TableLines lines, BitSet cells, BitSet pinned) {
        BitSet fixed = new BitSet();
        Map<Integer, GroupGraph> graphs = new HashMap<>();
        BitSet known = (BitSet) pinned.clone();
        int found;
        do {
            found = fixed.cardinality();
            BitSet open = (BitSet) cells.clone();
            open.andNot(fixed);
            fixed.or(fixedIn(lines, open, known, graphs));
            known.or(fixed);
        } while (fixed.cardinality() > found);
        return fixed;
    }

    private static BitSet fixedIn(TableLines lines, BitSet cells, BitSet pinned, Map<Integer, GroupGraph> graphs) {
        BitSet fixed = new BitSet();
        for (int cell = cells.nextSetBit(0); cell >= 0; cell = cells.nextSetBit(cell + 1)) {
            for (int d = 0; d < lines.table().dimensions() && !fixed.get(cell); d++) {
                int line = lines.line(cell, d);
                if (!lines.isEquation(line)) {
                    continue;
                }
                int dimension = d;
                GroupGraph graph = graphs.computeIfAbsent(line, l -> GroupGraph.of(lines, l, dimension));
                if (graph != null && graph.isBridge(cell, c -> !pinned.get(c))) {
                    fixed.set(cell);
                }
            }
        }
        return fixed;
    }
}
