package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper protection level of withheld cells: the largest value the attacker cannot rule out for a cell, over every
 * solution of the line constraints in which the published cells keep their counts and each withheld cell is at least
 * its {@link #floor} (the LP relaxation), must be at least k. Proven cheaply where possible (the cell's own count, a
 * certified cube), else by linear programming over its component of withheld cells, which is exact; lines with a
 * publisher total cell are the constraints.
 */
final class ProtectionLevels {

    /** Candidates whose effect is computed when choosing a further cell to withhold. */
    static final int CANDIDATES = 24;

    private enum Kind {
        NONE,
        EQUAL,
        AT_MOST
    }

    /**
     * Work counted per variable for setting up one linear program, beyond its variables × (rows + 1): a program of
     * 2,000 variables in two rows took 10 ms, as long as one of 50,000 units in many rows.
     */
    static final long LP_SET_UP = 20;

    private final TableLines lines;
    private final WithheldCells withheld;
    private final int threshold;
    /** Cells withheld because an earlier release withheld them: a group holding one need not hold a small count. */
    private final BitSet explained;
    /** Withheld cells shown to be able to hold k or more; stays true as more cells are withheld. */
    private final BitSet proven = new BitSet();
    /**
     * Withheld cells shown to be able to hold k or more in a table where their group still holds a small count; stays
     * true as more cells are withheld (the same table remains possible, with the small count still there).
     */
    private final BitSet witnessed = new BitSet();
    /** For cells found not witnessed, the largest value such a table allows (the best of the programs tried). */
    private final Map<Integer, Double> witnessBounds = new HashMap<>();

    ProtectionLevels(TableLines lines, WithheldCells withheld, int threshold) {
        this(lines, withheld, threshold, new BitSet());
    }

    /**
     * Protection levels for a suppression in which {@code explained} cells are withheld because an earlier release
     * withheld them (docs/disclosure.md, "Versions read together").
     */
    ProtectionLevels(TableLines lines, WithheldCells withheld, int threshold, BitSet explained) {
        this.lines = lines;
        this.withheld = withheld;
        this.threshold = threshold;
        this.explained = (BitSet) explained.clone();
    }

    /**
     * Whether the withheld {@code cell} can be worth k or more as far as the attacker knows: over the line constraints,
     * and in a table where its group of withheld cells still holds a count from 1 to k-1 (docs/disclosure.md, "A
     * withheld group holds a small count"): cells are withheld only because of one, so a table without one is ruled
     * out.
     */
    boolean reaches(int cell) {
        return reachesOnLines(cell) && witnessed(cell);
    }

    /**
     * The largest value of {@code cell} the attacker cannot rule out, for a report: its bound over the lines, or, when
     * that reaches k but no table with a small count in its group does, the best such table found.
     */
    double shownBound(int cell) {
        double onLines = upperBound(cell);
        Double witness = witnessBounds.get(cell);
        return witness == null || witnessed.get(cell) ? onLines : Math.min(onLines, witness);
    }

    /**
     * Whether some table the attacker cannot rule out has {@code cell} at k or more and another withheld cell of its
     * group (cells linked through equation lines, where suppression puts every complement) from 1 to k-1. Called once
     * the line constraints allow k.
     */
    private boolean witnessed(int cell) {
        CodedTable table = lines.table();
        if (table.value(cell) >= threshold || witnessed.get(cell) || withheld.cubeWitness(cell)) {
            // At k or more, the true table is one: its group holds the small count it was withheld for.
            return true;
        }
        List<Integer> group = group(cell);
        if (holdsExplained(group)) {
            witnessed.set(cell);
            return true;
        }
        List<Integer> component = component(cell, -1);
        BitSet constrained = new BitSet();
        component.forEach(constrained::set);
        // A cell sharing no constraint with this one can be small whatever this one is: first one whose own count is
        // small (no program needed), then one that a program shows can be.
        for (boolean programs : new boolean[] {false, true}) {
            for (int other : group) {
                if (other != cell
                        && !constrained.get(other)
                        && (programs ? !small(other) && canBeSmall(other) : small(other))) {
                    witnessed.set(cell);
                    return true;
                }
            }
        }
        List<Integer> others = new ArrayList<>(component.subList(1, component.size()));
        others.sort((a, b) -> {
            int bySmall = Boolean.compare(!small(a), !small(b));
            return bySmall != 0 ? bySmall : table.compareKeys(a, b);
        });
        double best = -1;
        double[] weights = new double[component.size()];
        weights[0] = 1;
        for (int other : others) {
            IntervalSolver.Solution s = solve(component, weights, other);
            if (Double.isNaN(s.value())) {
                continue;
            }
            if (IntervalSolver.floor(s.value()) >= threshold) {
                witnessed.set(cell);
                witnessAlso(component, s.x(), other);
                return true;
            }
            best = Math.max(best, s.value());
        }
        witnessBounds.put(cell, best);
        return false;
    }

    /** Whether {@code cell} can be from 1 to k-1 over the line constraints: its own count is, or a program says so. */
    private boolean canBeSmall(int cell) {
        if (small(cell)) {
            return true;
        }
        List<Integer> component = component(cell, -1);
        double[] weights = new double[component.size()];
        weights[0] = 1;
        return !Double.isNaN(solve(component, weights, cell).value());
    }

    private boolean small(int cell) {
        long v = lines.table().value(cell);
        return v >= 1 && v < threshold;
    }

    /**
     * The withheld cells linked to {@code cell} through equation lines (with or without a total cell), walked once for
     * all of its cells while nothing more is withheld: walked again from every small cell, one group of a
     * 1,000,000-cell table (most of its 230,000 withheld cells) took publishing from seconds to over ten minutes.
     */
    private List<Integer> group(int cell) {
        if (groupsAt != withheld.count()) {
            groups.clear();
            explainedGroups.clear();
            groupsAt = withheld.count();
        }
        List<Integer> group = groups.get(cell);
        if (group == null) {
            group = List.copyOf(walkGroup(cell));
            for (int c : group) {
                groups.put(c, group);
            }
        }
        return group;
    }

    /** Each withheld cell's group, for as many withheld cells as {@link #groupsAt}. */
    private final Map<Integer, List<Integer>> groups = new HashMap<>();

    /**
     * Whether each group of {@link #groups} holds a cell withheld because an earlier release withheld it, by identity:
     * asked once per group, not once per cell, since a long quarterly series can link most of a table into one group.
     */
    private final Map<List<Integer>, Boolean> explainedGroups = new IdentityHashMap<>();

    private boolean holdsExplained(List<Integer> group) {
        return !explained.isEmpty()
                && explainedGroups.computeIfAbsent(group, g -> g.stream().anyMatch(explained::get));
    }

    private int groupsAt = -1;

    private List<Integer> walkGroup(int cell) {
        List<Integer> cells = new ArrayList<>();
        BitSet seenCells = new BitSet();
        BitSet seenLines = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>(List.of(cell));
        seenCells.set(cell);
        while (!queue.isEmpty()) {
            int next = queue.poll();
            cells.add(next);
            for (int d = 0; d < lines.table().dimensions(); d++) {
                int line = lines.line(next, d);
                if (seenLines.get(line) || !lines.isEquation(line)) {
                    continue;
                }
                seenLines.set(line);
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int other = lines.cellAt(p);
                    if (withheld.isWithheld(other) && !seenCells.get(other)) {
                        seenCells.set(other);
                        queue.add(other);
                    }
                }
            }
        }
        return cells;
    }

    /** Whether the withheld {@code cell} can be worth k or more over the line constraints alone. */
    private boolean reachesOnLines(int cell) {
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
        if (IntervalSolver.floor(before) >= threshold) {
            // The lines allow k, but only in tables where its group holds no small count. One more cell alone is
            // usually fixed by its other lines; the cheapest, once protected by its own cube, opens the group.
            return candidates.getFirst();
        }
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

    /**
     * Marks witnessed every other small withheld cell of {@code component} that the table {@code x} (a solution of its
     * programs, {@code small} from 1 to k-1) puts at k or more: the table shows those too. It stays a table the
     * attacker cannot rule out as more cells are withheld (they keep their counts in it), as {@link #witnessed} already
     * assumes of the cells it marks. An unbounded program gives no table, and marks nothing more. Spares the programs
     * of every such cell (a 1,764-cell table took 26 s, nearly all in them).
     */
    private void witnessAlso(List<Integer> component, double[] x, int small) {
        if (x == null) {
            return; // unbounded: the solver gave no table
        }
        for (int j = 0; j < component.size(); j++) {
            int c = component.get(j);
            if (c != small && IntervalSolver.floor(x[j]) >= threshold) {
                witnessed.set(c);
            }
        }
    }

    /** The largest value of the first of {@code free} with those cells unknown, every other cell at its true count. */
    private double upper(List<Integer> free) {
        double[] weights = new double[free.size()];
        weights[0] = 1;
        return solve(free, weights).value();
    }

    private IntervalSolver.Solution solve(List<Integer> free, double[] weights) {
        return solve(free, weights, -1);
    }

    /** As {@link #solve(List, double[])}, with the cell {@code small} of {@code free} (if not -1) from 1 to k-1. */
    private IntervalSolver.Solution solve(List<Integer> free, double[] weights, int small) {
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
        double[] floors = new double[free.size()];
        for (int j = 0; j < free.size(); j++) {
            floors[j] = floor(table.value(free.get(j)));
        }
        // As the audit counts its programs (AttackerViewAudit), plus what setting one up costs per variable.
        withheld.work().spend((long) free.size() * (rows.size() + 1 + LP_SET_UP));
        if (small >= 0) {
            int at = column.get(small);
            rows.add(new IntervalSolver.Row(new int[] {at}, new int[] {1}, threshold - 1, false));
            rows.add(new IntervalSolver.Row(new int[] {at}, new int[] {-1}, -1, false));
            // Infeasible is an answer here: no table has this cell small.
            return IntervalSolver.solve(free.size(), floors, rows, weights, true);
        }
        IntervalSolver.Solution solution = IntervalSolver.solve(free.size(), floors, rows, weights, true);
        if (Double.isNaN(solution.value())) {
            throw new IllegalStateException("the table's own counts satisfy every line constraint, so the linear"
                    + " program cannot be infeasible");
        }
        return solution;
    }

    /**
     * The least count the attacker is assumed to know a withheld cell of count {@code value} holds: 1 unless it is 0.
     * Zeros are published and complements are chosen among non-zero cells first, so a withheld cell is nearly always at
     * least 1, and in a table that lists only the combinations with cases (no zeros at all) it is sure to be: four
     * withheld 3s under a published total of 12 could each hold 12 with a floor of 0, but 9 at most with one
     * (docs/disclosure.md, "Protection intervals"). A withheld zero keeps the floor 0.
     */
    static long floor(long value) {
        return Math.min(value, 1);
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
