package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the cheapest hypercube around a cell: one other category in every dimension whose line through the cell gives
 * an equation. With signs chosen so that the two cube cells on each line cancel, the 2^m cells of a complete cube form
 * a combination that changes no line total, so withholding the cube protects all of its cells at once (the classic
 * hypercube method of secondary suppression). Where groups of codes have totals known from outside
 * ({@link NaturalGroups}), a cube is complete only if it leaves those unchanged too, so its other category in a
 * dimension is taken from the target's groups (another quarter of the same year and financial year, another district of
 * the same state) where the line has one. One instance serves one suppression run and is not thread-safe.
 */
final class HypercubeSearch {

    /** Categories tried per dimension, the cheapest first; bounds the search to 4^m cubes. */
    static final int ALTERNATIVES_PER_DIMENSION = 4;

    /**
     * A complete cube: its 2^m cells, the target first, and for each cell the sign (+1 or -1) that makes the signed sum
     * of the cube's cells leave every line total unchanged: two members of a line get opposite signs, a member and its
     * line's total cell equal signs.
     */
    record Cube(int[] cells, long[] signs) {}

    /** What a cube adds: withheld cells, of which totals and zeros, and their counts' sum. */
    private record Cost(int cells, int totals, int zeros, long value) implements Comparable<Cost> {
        private static final Comparator<Cost> ORDER = Comparator.comparingInt(Cost::cells)
                .thenComparingInt(Cost::totals)
                .thenComparingInt(Cost::zeros)
                .thenComparingLong(Cost::value);

        @Override
        public int compareTo(Cost other) {
            return ORDER.compare(this, other);
        }
    }

    private final TableLines lines;
    private final WithheldCells withheld;
    private Cube bestCube;
    private Cost bestCost;
    private long step;

    HypercubeSearch(TableLines lines, WithheldCells withheld) {
        this.lines = lines;
        this.withheld = withheld;
    }

    /**
     * The cheapest complete cube through {@code target}, or null if there is none; the cube may add no cell when all of
     * its cells are withheld already.
     */
    Cube cheapest(int target) {
        return cheapest(target, 0);
    }

    /**
     * The cheapest complete cube through {@code target} whose cells of the sign opposite to the target's all hold at
     * least {@code step}, so that the target can be {@code step} higher than its count as far as the attacker knows; or
     * null.
     */
    Cube cheapest(int target, long step) {
        this.step = step;
        CodedTable table = lines.table();
        List<Integer> varied = new ArrayList<>();
        List<int[]> alternatives = new ArrayList<>();
        for (int d = 0; d < table.dimensions(); d++) {
            int line = lines.line(target, d);
            if (lines.isEquation(line)) {
                varied.add(d);
                alternatives.add(cheapestCodes(line, target, d));
            }
        }
        bestCube = null;
        bestCost = null;
        extend(varied, alternatives, new Cube(new int[] {target}, new long[] {1}), new Cost(0, 0, 0, 0));
        return bestCube;
    }

    private void extend(List<Integer> varied, List<int[]> alternatives, Cube cube, Cost cost) {
        // Costs only grow as the cube grows, and ties keep the cube found first.
        if (bestCost != null && cost.compareTo(bestCost) >= 0) {
            return;
        }
        int level = Integer.numberOfTrailingZeros(cube.cells().length);
        if (level == varied.size()) {
            withheld.work().spend(cube.cells().length);
            if (isBalancedInFixedDimensions(cube.cells(), varied) && isBalancedInGroups(cube)) {
                bestCube = cube;
                bestCost = cost;
            }
            return;
        }
        int d = varied.get(level);
        int[] cells = cube.cells();
        for (int code : alternatives.get(level)) {
            withheld.work().spend(cells.length);
            int[] larger = Arrays.copyOf(cells, 2 * cells.length);
            long[] signs = Arrays.copyOf(cube.signs(), 2 * cells.length);
            Cost grown = cost;
            boolean complete = true;
            for (int k = 0; k < cells.length && complete; k++) {
                int moved = lines.neighbour(cells[k], d, code);
                complete = moved >= 0 && !withheld.isPinned(moved);
                if (complete) {
                    larger[cells.length + k] = moved;
                    // The two cells share their line along d: c·s + c'·s' = 0 with c, c' = ±1.
                    signs[cells.length + k] = -signs[k] * lines.coefficient(cells[k], d) * lines.coefficient(moved, d);
                    complete = signs[cells.length + k] > 0 || room(moved) >= step;
                    grown = add(grown, moved);
                }
            }
            if (complete) {
                extend(varied, alternatives, new Cube(larger, signs), grown);
            }
        }
    }

    private Cost add(Cost cost, int cell) {
        if (withheld.isWithheld(cell)) {
            return cost;
        }
        CodedTable table = lines.table();
        return new Cost(
                cost.cells() + 1,
                cost.totals() + (table.isAnyTotal(cell) ? 1 : 0),
                cost.zeros() + (table.value(cell) == 0 ? 1 : 0),
                cost.value() + table.value(cell));
    }

    /** A dimension left fixed must give no equation through any cube cell, or it would be unbalanced. */
    private boolean isBalancedInFixedDimensions(int[] cube, List<Integer> varied) {
        for (int d = 0; d < lines.table().dimensions(); d++) {
            if (varied.contains(d)) {
                continue;
            }
            for (int cell : cube) {
                if (lines.isEquation(lines.line(cell, d))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A cube that varies a dimension between codes of different groups changes a group's total, so it hides nothing
     * from whoever knows that total (docs/disclosure.md, "Groups whose totals are published elsewhere").
     */
    private boolean isBalancedInGroups(Cube cube) {
        return !lines.hasGroups() || ExactCircuitCheck.holds(cube.cells(), cube.signs(), lines);
    }

    /**
     * The codes in dimension {@code d} of the cheapest other cells on the target's line, cheapest first, among those in
     * the target's groups if there are any (any other gives no complete cube); one pass keeping the best few, since
     * sorting whole lines dominated large tables.
     */
    private int[] cheapestCodes(int line, int target, int d) {
        int[] codes = cheapestCodes(line, target, d, true);
        return codes.length > 0 || !lines.hasGroups() ? codes : cheapestCodes(line, target, d, false);
    }

    private int[] cheapestCodes(int line, int target, int d, boolean sameGroups) {
        withheld.work().spend(lines.end(line) - lines.start(line));
        int[] best = new int[ALTERNATIVES_PER_DIMENSION];
        int kept = 0;
        for (int p = lines.start(line); p < lines.end(line); p++) {
            int cell = lines.cellAt(p);
            if (cell == target || withheld.isPinned(cell) || kept == best.length && !cheaper(cell, best[kept - 1])) {
                continue;
            }
            if (sameGroups && !lines.sameGroups(target, cell, d)) {
                continue;
            }
            boolean opposite = lines.coefficient(target, d) * lines.coefficient(cell, d) > 0;
            if (opposite && room(cell) < step) {
                continue;
            }
            int at = kept < best.length ? kept++ : kept - 1;
            while (at > 0 && cheaper(cell, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = cell;
        }
        int[] codes = new int[kept];
        for (int k = 0; k < kept; k++) {
            codes[k] = lines.table().code(best[k], d);
        }
        return codes;
    }

    /** Withheld cells first, then by kind, count and key; keys are unique, so this is a strict order. */
    private boolean cheaper(int a, int b) {
        int byWithheld = Boolean.compare(!withheld.isWithheld(a), !withheld.isWithheld(b));
        if (byWithheld != 0) {
            return byWithheld < 0;
        }
        CodedTable table = lines.table();
        int byKind = Integer.compare(ComplementChooser.kind(table, a), ComplementChooser.kind(table, b));
        if (byKind != 0) {
            return byKind < 0;
        }
        int byValue = Long.compare(table.value(a), table.value(b));
        return byValue != 0 ? byValue < 0 : table.compareKeys(a, b) < 0;
    }

    /** How far the cell's count can go down in a cube: to its floor ({@link ProtectionLevels#floor}). */
    private long room(int cell) {
        long value = lines.table().value(cell);
        return value - ProtectionLevels.floor(value);
    }
}
