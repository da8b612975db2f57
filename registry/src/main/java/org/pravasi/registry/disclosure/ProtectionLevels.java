package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper protection level of withheld cells: the largest value the attacker cannot rule out for a cell, over every
 * non-negative solution of the line constraints in which the published cells keep their counts (the LP relaxation),
 * must be at least k. Proven cheaply where possible (the cell's own count, a certified cube), else by linear
 * programming over its component of withheld cells, which is exact; lines with a publisher total cell are the
 * constraints.
 */
final class ProtectionLevels {

    /** Candidates whose effect is computed when choosing a further cell to withhold. */
    static final int CANDIDATES = 24;

    private enum Kind {
        NONE,
        EQUAL,
        AT_MOST
    }

    private final TableLines lines;
    private final WithheldCells withheld;
    private final int threshold;
    /** Withheld cells shown to be able to hold k or more; stays true as more cells are withheld. */
    private final BitSet proven = new BitSet();

    ProtectionLevels(TableLines lines, WithheldCells withheld, int threshold) {
        this.lines = lines;
        this.withheld = withheld;
        this.threshold = threshold;
    }

    /** Whether the withheld {@code cell} can be worth k or more as far as the attacker knows. */
    boolean reaches(int cell) {
        CodedTable table = lines.table();
        if (table.value(cell) >= threshold || withheld.cubeBound(cell) >= threshold || proven.get(cell)) {
            return true;
        }
        List<Integer> component = component(cell, -1);
        // One program pushing every open small cell of the component up at once usually proves most of
        // them: any solution is a table the attacker cannot rule out.
        double[] weights = new double[component.size()];
        int open = 0;
        for (int j = 0; j < component.size(); j++) {
            int other = component.get(j);
            if (table.value(other) < threshold && !proven.get(other) && withheld.cubeBound(other) < threshold) {
                weights[j] = 1;
                open++;
            }
        }
        if (open > 1) {
            prove(component, solve(component, weights));
            if (proven.get(cell)) {
                return true;
            }
        }
        weights = new double[component.size()];
        weights[0] = 1;
        IntervalSolver.Solution alone = solve(component, weights);
        prove(component, alone);
        return IntervalSolver.floor(alone.value()) >= threshold;
    }

    /** Marks the cells that the solution shows can hold k or more. */
    private void prove(List<Integer> component, IntervalSolver.Solution solution) {
        if (solution.x() == null) {
            return;
        }
        for (int j = 0; j < component.size(); j++) {
            if (IntervalSolver.floor(solution.x()[j]) >= threshold) {
                proven.set(component.get(j));
            }
        }
    }

    /** The largest value of {@code cell} the attacker cannot rule out (exact over its component). */
    double upperBound(int cell) {
        return upper(component(cell, -1));
    }

    /**
     * The published cell to withhold next for the under-protected {@code target}: among the cheapest cells on the lines
     * of its component, the first (by kind, count, key) that lifts its upper bound to k, else the one that lifts it
     * most; -1 if none lifts it.
     */
    int complementFor(int target) {
        List<Integer> candidates = candidates(target);
        if (candidates.isEmpty()) {
            return -1;
        }
        double before = upperBound(target);
        int best = -1;
        double bestBound = before;
        for (int candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            double bound = upper(component(target, candidate));
            if (IntervalSolver.floor(bound) >= threshold) {
                return candidate;
            }
            if (bound > bestBound + 1e-6) {
                best = candidate;
                bestBound = bound;
            }
        }
        return best;
    }

    /** Published cells on the constraint lines through the target, then on those of its component. */
    private List<Integer> candidates(int target) {
        List<Integer> own = new ArrayList<>();
        BitSet seen = new BitSet();
        collect(List.of(target), own, seen);
        if (own.isEmpty()) {
            collect(component(target, -1), own, seen);
        }
        CodedTable table = lines.table();
        own.sort((a, b) -> {
            int byKind = Integer.compare(ComplementChooser.kind(table, a), ComplementChooser.kind(table, b));
            if (byKind != 0) {
                return byKind;
            }
            int byValue = Long.compare(table.value(a), table.value(b));
            return byValue != 0 ? byValue : table.compareKeys(a, b);
        });
        return own;
    }

    private void collect(List<Integer> cells, List<Integer> into, BitSet seen) {
        for (int cell : cells) {
            for (int d = 0; d < lines.table().dimensions(); d++) {
                int line = lines.line(cell, d);
                if (kind(line) == Kind.NONE) {
                    continue;
                }
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int other = lines.cellAt(p);
                    if (!withheld.isWithheld(other) && !withheld.isPinned(other) && !seen.get(other)) {
                        seen.set(other);
                        into.add(other);
                    }
                }
            }
        }
    }

    /**
     * The target first, then withheld cells (and {@code extra}, as if withheld) linked to it through constraint lines,
     * breadth first.
     */
    private List<Integer> component(int target, int extra) {
        List<Integer> cells = new ArrayList<>();
        BitSet seenCells = new BitSet();
        BitSet seenLines = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(target);
        seenCells.set(target);
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            cells.add(cell);
            for (int d = 0; d < lines.table().dimensions(); d++) {
                int line = lines.line(cell, d);
                if (seenLines.get(line) || kind(line) == Kind.NONE) {
                    continue;
                }
                seenLines.set(line);
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int other = lines.cellAt(p);
                    if ((withheld.isWithheld(other) || other == extra) && !seenCells.get(other)) {
                        seenCells.set(other);
                        queue.add(other);
                    }
                }
            }
        }
        return cells;
    }

    /** The largest value of the first of {@code free} with those cells unknown, every other cell at its true count. */
    private double upper(List<Integer> free) {
        double[] weights = new double[free.size()];
        weights[0] = 1;
        return solve(free, weights).value();
    }

    private IntervalSolver.Solution solve(List<Integer> free, double[] weights) {
        Map<Integer, Integer> column = new HashMap<>();
        free.forEach(c -> column.put(c, column.size()));
        List<IntervalSolver.Row> rows = new ArrayList<>();
        BitSet seenLines = new BitSet();
        CodedTable table = lines.table();
        for (int cell : free) {
            for (int d = 0; d < table.dimensions(); d++) {
                int line = lines.line(cell, d);
                if (seenLines.get(line)) {
                    continue;
                }
                seenLines.set(line);
                Kind kind = kind(line);
                if (kind == Kind.NONE) {
                    continue;
                }
                List<Integer> columns = new ArrayList<>();
                List<Integer> coefficients = new ArrayList<>();
                double constant = 0;
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int other = lines.cellAt(p);
                    int coefficient = lines.coefficient(other, d);
                    Integer at = column.get(other);
                    if (at != null) {
                        columns.add(at);
                        coefficients.add(coefficient);
                    } else {
                        constant -= (double) coefficient * table.value(other);
                    }
                }
                rows.add(new IntervalSolver.Row(
                        columns.stream().mapToInt(Integer::intValue).toArray(),
                        coefficients.stream().mapToInt(Integer::intValue).toArray(),
                        constant,
                        kind == Kind.EQUAL));
            }
        }
        IntervalSolver.Solution solution = IntervalSolver.solve(free.size(), rows, weights, true);
        if (Double.isNaN(solution.value())) {
            throw new IllegalStateException("the table's own counts satisfy every line constraint, so the linear"
                    + " program cannot be infeasible");
        }
        return solution;
    }

    /**
     * What the attacker knows about a line for the protection interval: members that add up to the publisher's total
     * cell give an equation, members that add up to less (categories left out of the table) an upper limit, more
     * nothing. Lines without a total cell give nothing here (docs/disclosure.md, "Protection intervals", says why);
     * they still count for derivability.
     */
    private Kind kind(int line) {
        if (!lines.isEquation(line)) {
            return Kind.NONE;
        }
        int total = lines.totalCell(line);
        if (total < 0) {
            return Kind.NONE;
        }
        long sum = memberSum(line, dimensionOf(line));
        long stated = lines.table().value(total);
        return sum == stated ? Kind.EQUAL : sum < stated ? Kind.AT_MOST : Kind.NONE;
    }

    private int dimensionOf(int line) {
        int first = lines.cellAt(lines.start(line));
        for (int d = 0; d < lines.table().dimensions(); d++) {
            if (lines.line(first, d) == line) {
                return d;
            }
        }
        throw new IllegalStateException("line " + line + " has no dimension");
    }

    private long memberSum(int line, int d) {
        long sum = 0;
        for (int p = lines.start(line); p < lines.end(line); p++) {
            int cell = lines.cellAt(p);
            if (!lines.table().isTotal(cell, d)) {
                sum += lines.table().value(cell);
            }
        }
        return sum;
    }
}
