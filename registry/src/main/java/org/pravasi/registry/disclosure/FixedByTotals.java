package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
     * fixed is known as if published, which may fix another on its lines, so those lines are looked at again.
     */
    static BitSet among(TableLines lines, BitSet cells, BitSet pinned) {
        BitSet fixed = new BitSet();
        BitSet known = (BitSet) pinned.clone();
        Map<Integer, Optional<GroupGraph>> graphs = new HashMap<>();
        BitSet open = (BitSet) cells.clone();
        while (!open.isEmpty()) {
            BitSet found = new BitSet();
            Map<Integer, BitSet> bridges = new HashMap<>();
            for (int cell = open.nextSetBit(0); cell >= 0; cell = open.nextSetBit(cell + 1)) {
                for (int d = 0; d < lines.table().dimensions() && !found.get(cell); d++) {
                    int line = lines.line(cell, d);
                    if (!lines.isEquation(line)) {
                        continue;
                    }
                    int dimension = d;
                    Optional<GroupGraph> graph =
                            graphs.computeIfAbsent(line, l -> Optional.ofNullable(GroupGraph.of(lines, l, dimension)));
                    if (graph.isPresent()
                            && bridges.computeIfAbsent(line, l -> graph.get().bridges(c -> !known.get(c)))
                                    .get(graph.get().edgeOf(cell))) {
                        found.set(cell);
                    }
                }
            }
            fixed.or(found);
            known.or(found);
            open = onTheirLines(lines, found);
            open.and(cells);
            open.andNot(fixed);
        }
        return fixed;
    }

    /** The cells on the lines of {@code found}. */
    private static BitSet onTheirLines(TableLines lines, BitSet found) {
        BitSet near = new BitSet();
        for (int cell = found.nextSetBit(0); cell >= 0; cell = found.nextSetBit(cell + 1)) {
            for (int d = 0; d < lines.table().dimensions(); d++) {
                int line = lines.line(cell, d);
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    near.set(lines.cellAt(p));
                }
            }
        }
        return near;
    }
}
