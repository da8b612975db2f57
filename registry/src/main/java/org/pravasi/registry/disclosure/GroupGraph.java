package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * One line of a table with its groups as a bipartite graph, where the groups of the line's dimension form at most two
 * independent partitions (calendar and financial years of quarters; states of districts): each cell of the line is an
 * edge from its group in the first partition to its group in the second, "none" being a node of each side too. A signed
 * set of the line's cells leaves the line's total and every group's total unchanged exactly when it is a set of cycles
 * with signs alternating along them, since each node's balance is a group's total (the two "none" nodes' follow from
 * the rest and the line's total). So a cell on no cycle of the cells that may be withheld (a bridge) is fixed by the
 * totals alone, whatever else is withheld.
 */
final class GroupGraph {

    private final int[] cells;
    private final int[] sideA;
    private final int[] sideB;
    private final int nodes;

    private GroupGraph(int[] cells, int[] sideA, int[] sideB, int nodes) {
        this.cells = cells;
        this.sideA = sideA;
        this.sideB = sideB;
        this.nodes = nodes;
    }

    /**
     * The graph of {@code line}, along dimension {@code d}, or null where its dimension's groups form more than two
     * independent partitions. A partition whose groups on the line are unions of another's adds no constraint (quarters
     * of months fix their years) and is left out.
     */
    static GroupGraph of(TableLines lines, int line, int d) {
        int[] partitions = independentPartitions(lines, line, d);
        if (partitions.length > 2) {
            return null;
        }
        int size = lines.end(line) - lines.start(line);
        int[] cells = new int[size];
        int[] sideA = new int[size];
        int[] sideB = new int[size];
        Map<Long, Integer> nodes = new HashMap<>();
        for (int i = 0; i < size; i++) {
            cells[i] = lines.cellAt(lines.start(line) + i);
            sideA[i] = node(nodes, 0, partitions.length > 0 ? lines.line(cells[i], partitions[0]) : -1);
            sideB[i] = node(nodes, 1, partitions.length > 1 ? lines.line(cells[i], partitions[1]) : -1);
        }
        return new GroupGraph(cells, sideA, sideB, nodes.size());
    }

    private static int node(Map<Long, Integer> nodes, int side, int groupLine) {
        return nodes.computeIfAbsent(((long) side << 32) | (groupLine + 1L), x -> nodes.size());
    }

    /** The group slots of dimension {@code d}, less each whose groups on the line are unions of another's kept. */
    private static int[] independentPartitions(TableLines lines, int line, int d) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = lines.table().dimensions(); slot < lines.slots(); slot++) {
            if (lines.dimension(slot) == d) {
                slots.add(slot);
            }
        }
        for (int k = 0; k < slots.size(); ) {
            int coarse = slots.get(k);
            boolean implied = false;
            for (int fine : slots) {
                implied |= fine != coarse && isUnionOf(lines, line, coarse, fine);
            }
            if (implied) {
                slots.remove(k);
            } else {
                k++;
            }
        }
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether along {@code line} every group of slot {@code coarse} is a union of whole groups of slot {@code fine}.
     */
    private static boolean isUnionOf(TableLines lines, int line, int coarse, int fine) {
        Map<Integer, Integer> coarseOfFine = new HashMap<>();
        for (int p = lines.start(line); p < lines.end(line); p++) {
            int cell = lines.cellAt(p);
            int group = lines.line(cell, coarse);
            int part = lines.line(cell, fine);
            if (part < 0) {
                if (group >= 0) {
                    return false;
                }
                continue;
            }
            Integer known = coarseOfFine.putIfAbsent(part, group);
            if (known != null && known != group) {
                return false;
            }
        }
        return true;
    }

    /** The number of the line's cells (edges). */
    int size() {
        return cells.length;
    }

    /** The number of nodes, groups and "none" of both sides. */
    int nodes() {
        return nodes;
    }

    /** The cell of edge {@code i}. */
    int cell(int i) {
        return cells[i];
    }

    /** The node of edge {@code i}'s group in the first partition. */
    int first(int i) {
        return sideA[i];
    }

    /** The node of edge {@code i}'s group in the second partition. */
    int second(int i) {
        return sideB[i];
    }

    /** The edge of {@code cell}, which must lie on the line. */
    int edgeOf(int cell) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == cell) {
                return i;
            }
        }
        throw new IllegalArgumentException("cell " + cell + " is not on the line");
    }

    /**
     * Whether {@code cell} lies on no cycle of the cells {@code usable} accepts: the line's totals then fix its count,
     * whichever of them are withheld.
     */
    boolean isBridge(int cell, IntPredicate usable) {
        int target = edgeOf(cell);
        boolean[] reached = new boolean[nodes];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(sideA[target]);
        reached[sideA[target]] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < cells.length; i++) {
                if (i == target || sideA[i] != node && sideB[i] != node || !usable.test(cells[i])) {
                    continue;
                }
                int other = sideA[i] == node ? sideB[i] : sideA[i];
                if (!reached[other]) {
                    reached[other] = true;
                    queue.add(other);
                }
            }
        }
        return !reached[sideB[target]];
    }
}
