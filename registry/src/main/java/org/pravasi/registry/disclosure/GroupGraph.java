package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

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
    private final int partitions;
    /** The edges at each node, node by node: those of node v are {@code incident[incidentStart[v] ..]}. */
    private final int[] incidentStart;

    private final int[] incident;

    private GroupGraph(int[] cells, int[] sideA, int[] sideB, int nodes, int partitions) {
        this.cells = cells;
        this.partitions = partitions;
        this.sideA = sideA;
        this.sideB = sideB;
        this.nodes = nodes;
        this.incidentStart = new int[nodes + 1];
        for (int i = 0; i < cells.length; i++) {
            incidentStart[sideA[i] + 1]++;
            incidentStart[sideB[i] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            incidentStart[v + 1] += incidentStart[v];
        }
        this.incident = new int[2 * cells.length];
        int[] next = Arrays.copyOf(incidentStart, nodes);
        for (int i = 0; i < cells.length; i++) {
            incident[next[sideA[i]]++] = i;
            incident[next[sideB[i]]++] = i;
        }
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
        // In key order, so that nodes, edges and the choices among equal costs do not depend on the rows' order.
        int[] cells = IntStream.range(lines.start(line), lines.end(line))
                .map(lines::cellAt)
                .boxed()
                .sorted(lines.table()::compareKeys)
                .mapToInt(Integer::intValue)
                .toArray();
        int[] sideA = new int[size];
        int[] sideB = new int[size];
        Map<Long, Integer> nodes = new HashMap<>();
        for (int i = 0; i < size; i++) {
            sideA[i] = node(nodes, 0, partitions.length > 0 ? lines.line(cells[i], partitions[0]) : -1);
            sideB[i] = node(nodes, 1, partitions.length > 1 ? lines.line(cells[i], partitions[1]) : -1);
        }
        return new GroupGraph(cells, sideA, sideB, nodes.size(), partitions.length);
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

    /** The number of independent partitions of the line's groups: 0, 1 or 2. */
    int partitions() {
        return partitions;
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

    /** The number of edges at {@code node}. */
    int degree(int node) {
        return incidentStart[node + 1] - incidentStart[node];
    }

    /** The {@code k}-th edge at {@code node}, in key order of their cells. */
    int edgeAt(int node, int k) {
        return incident[incidentStart[node] + k];
    }

    /** The other end of edge {@code i} from {@code node}. */
    int across(int i, int node) {
        return sideA[i] == node ? sideB[i] : sideA[i];
    }

    /**
     * The edges on no cycle of the edges whose cells {@code usable} accepts (bridges, by Tarjan's depth-first search,
     * in time linear in the line): the line's totals fix their cells whichever of the others are withheld. Unusable
     * edges are never bridges here.
     */
    BitSet bridges(IntPredicate usable) {
        BitSet bridges = new BitSet();
        int[] discovered = new int[nodes];
        int[] low = new int[nodes];
        int[] parentEdge = new int[nodes];
        int[] position = new int[nodes];
        Arrays.fill(discovered, -1);
        int time = 0;
        int[] stack = new int[nodes];
        for (int root = 0; root < nodes; root++) {
            if (discovered[root] >= 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            discovered[root] = low[root] = time++;
            parentEdge[root] = -1;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (position[v] < degree(v)) {
                    int e = edgeAt(v, position[v]++);
                    if (e == parentEdge[v] || !usable.test(cells[e])) {
                        continue;
                    }
                    int w = across(e, v);
                    if (discovered[w] < 0) {
                        discovered[w] = low[w] = time++;
                        parentEdge[w] = e;
                        stack[depth++] = w;
                    } else {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else {
                    depth--;
                    if (parentEdge[v] >= 0) {
                        int parent = across(parentEdge[v], v);
                        low[parent] = Math.min(low[parent], low[v]);
                        if (low[v] > discovered[parent]) {
                            bridges.set(parentEdge[v]);
                        }
                    }
                }
            }
        }
        return bridges;
    }
}
