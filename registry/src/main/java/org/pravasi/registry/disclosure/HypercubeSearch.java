package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Finds the cheapest hypercube around a cell: one other category in every dimension whose line through the cell gives
 * an equation. With signs chosen so that the two cube cells on each line cancel, the 2^m cells of a complete cube form
 * a combination that changes no line total, so withholding the cube protects all of its cells at once (the classic
 * hypercube method of secondary suppression).
 *
 * <p>Where groups of codes have totals known from outside ({@link NaturalGroups}), a cube must leave those unchanged
 * too. In a dimension it varies, it takes either one other category of the target's groups (another quarter of the same
 * calendar and financial year, another district of the same state), or, where the target shares its groups with none, a
 * balanced set of four: the target and a category added, two taken away, every group holding as many added as taken. A
 * first quarter (January to March) lies in one calendar year and the financial year before, and no other quarter lies
 * in both: among 2023-Q1 … 2024-Q4, 2024-Q1 + 2023-Q1 − 2024-Q2 − 2023-Q4 leaves 2023, 2024 and 2023-24 unchanged.
 * Where FY 2022-23 or 2024-25 lies in the table too, no four does: the years less the financial years chain the first
 * quarters, and only the cheapest cycle of the line's {@link GroupGraph} hides one (every first quarter and a quarter
 * of every year). The cube is then the product of each dimension's set. One instance serves one suppression run or one
 * audit ({@link #amongWithheld}) and is not thread-safe.
 */
final class HypercubeSearch {

    /** Categories tried per dimension, the cheapest first; bounds the search to 4^m cubes. */
    static final int ALTERNATIVES_PER_DIMENSION = 4;

    /** Cheapest cells of a line among which balanced sets of four are looked for: at most 8·7/2·6 = 168 sets. */
    private static final int FOUR_SET_CANDIDATES = 8;

    /**
     * A complete cube: its 2^m cells, the target first, and for each cell the sign (+1 or -1) that makes the signed sum
     * of the cube's cells leave every line total unchanged: two members of a line get opposite signs, a member and its
     * line's total cell equal signs.
     */
    record Cube(int[] cells, long[] signs) {}

    /**
     * The categories a cube takes in one dimension besides the target's: each code with its ratio (+1 or -1) to the
     * target's, the cell's coefficient times its sign along the line over the target's. The ratios, with the target's
     * +1, sum to zero over the line and over each group.
     */
    private record Variation(int[] codes, int[] ratios) {}

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

    /** Stands for a line whose groups form no {@link GroupGraph}, among the graphs kept. */
    private static final Object NO_GRAPH = new Object();

    private final TableLines lines;
    private final WithheldCells withheld;

    /**
     * Whether cubes may take only cells withheld already: an audit of another's suppression cannot withhold more, so
     * any cube withheld whole will do, and the one it needs may pass through any withheld partner, not only the few
     * cheapest.
     */
    private final boolean withheldOnly;

    /** The graphs of the lines looked at so far (or {@link #NO_GRAPH}), which depend on the table alone. */
    private final Map<Integer, Object> graphs = new HashMap<>();

    /**
     * The work an audit's search for one cell may do before it leaves the cell to the circuit basis: where no withheld
     * cube exists, trying every withheld partner costs about the product of their numbers (a review's table of 58,800
     * cells with partial cubes everywhere and no whole one: refused after 96 s, where looking at four partners passed
     * in 2.5 s). About 300 times what a cell of the 988,848-observation table takes.
     */
    static final long AUDIT_WORK_PER_CELL = 200_000;

    private Cube bestCube;
    private Cost bestCost;
    private long step;
    /** The work this cell's search has done, in an audit. */
    private long cellWork;

    /** A search for suppression, which may withhold further cells. */
    HypercubeSearch(TableLines lines, WithheldCells withheld) {
        this(lines, withheld, false);
    }

    private HypercubeSearch(TableLines lines, WithheldCells withheld, boolean withheldOnly) {
        this.lines = lines;
        this.withheld = withheld;
        this.withheldOnly = withheldOnly;
    }

    /**
     * A search for an audit: it finds only cubes withheld whole, which can be certified as they are. In one dimension
     * with groups (the quarters of a table whose calendar and financial years are known) it looks for a cycle of the
     * line's {@link GroupGraph} among the codes whose cells are withheld along every partner line of the cube so far;
     * in the others it tries every withheld partner in the target's groups, since the suppression may have protected
     * the target with a cube chosen for another cell.
     */
    static HypercubeSearch amongWithheld(TableLines lines, WithheldCells withheld) {
        return new HypercubeSearch(lines, withheld, true);
    }

    /** Whether {@code cell} may be in a cube: not pinned, and withheld already where only such cells may. */
    private boolean usable(int cell) {
        return !withheld.isPinned(cell) && (!withheldOnly || withheld.isWithheld(cell));
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
        cellWork = 0;
        try {
            return search(target, step);
        } catch (CellSearchSpent spent) {
            return null;
        }
    }

    private Cube search(int target, long step) {
        this.step = step;
        CodedTable table = lines.table();
        List<Integer> varied = new ArrayList<>();
        List<List<Variation>> alternatives = new ArrayList<>();
        int last = withheldOnly ? cycleDimension(target) : -1;
        for (int d = 0; d < table.dimensions(); d++) {
            int line = lines.line(target, d);
            if (lines.isEquation(line) && d != last) {
                varied.add(d);
                alternatives.add(variations(line, target, d));
            }
        }
        if (withheldOnly) {
            // The dimension with the fewest withheld partners first: a cell in no withheld cube is then told so
            // soonest.
            Integer[] order = new Integer[varied.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            List<List<Variation>> found = List.copyOf(alternatives);
            List<Integer> dims = List.copyOf(varied);
            Arrays.sort(order, Comparator.comparingInt(i -> found.get(i).size()));
            varied.clear();
            alternatives.clear();
            for (int i : order) {
                varied.add(dims.get(i));
                alternatives.add(found.get(i));
            }
        }
        if (last >= 0) {
            // Chosen last, once the cube's other dimensions are known (see extend).
            varied.add(last);
            alternatives.add(null);
        }
        bestCube = null;
        bestCost = null;
        extend(varied, alternatives, 0, new Cube(new int[] {target}, new long[] {1}), new Cost(0, 0, 0, 0));
        return bestCube;
    }

    /** Ends an audit's search for one cell past {@link #AUDIT_WORK_PER_CELL}: the cell goes to the circuit basis. */
    private static final class CellSearchSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CellSearchSpent() {
            super(null, null, false, false);
        }
    }

    /** Counts {@code units} on the check's meter and, in an audit, on this cell's search. */
    private void spend(long units) {
        withheld.work().spend(units);
        cellWork += units;
        if (withheldOnly && cellWork > AUDIT_WORK_PER_CELL) {
            throw new CellSearchSpent();
        }
    }

    private void extend(List<Integer> varied, List<List<Variation>> alternatives, int level, Cube cube, Cost cost) {
        // Costs only grow as the cube grows, and ties keep the cube found first.
        if (bestCost != null && cost.compareTo(bestCost) >= 0) {
            return;
        }
        if (level == varied.size()) {
            spend(cube.cells().length);
            if (isBalancedInFixedDimensions(cube.cells(), varied) && isBalancedInGroups(cube)) {
                bestCube = cube;
                bestCost = cost;
            }
            return;
        }
        int d = varied.get(level);
        int[] cells = cube.cells();
        int n = cells.length;
        List<Variation> choices = alternatives.get(level);
        if (choices == null) {
            choices = withheldCycle(cube, d);
        }
        for (Variation variation : choices) {
            int m = variation.codes().length;
            spend((long) n * m);
            int[] larger = Arrays.copyOf(cells, n * (m + 1));
            long[] signs = Arrays.copyOf(cube.signs(), n * (m + 1));
            Cost grown = cost;
            boolean complete = true;
            for (int j = 0; j < m && complete; j++) {
                for (int k = 0; k < n && complete; k++) {
                    int moved = lines.neighbour(cells[k], d, variation.codes()[j]);
                    complete = moved >= 0 && usable(moved);
                    if (complete) {
                        int at = n * (j + 1) + k;
                        larger[at] = moved;
                        // On their line along d: c'·s' = ratio · c·s, with c, c' = ±1 the coefficients.
                        signs[at] = variation.ratios()[j]
                                * signs[k]
                                * lines.coefficient(cells[k], d)
                                * lines.coefficient(moved, d);
                        complete = signs[at] > 0 || room(moved) >= step;
                        grown = add(grown, moved);
                    }
                }
            }
            if (complete) {
                extend(varied, alternatives, level + 1, new Cube(larger, signs), grown);
                if (withheldOnly && bestCube != null) {
                    // Among withheld cells every cube costs the same: the first found is the one kept.
                    return;
                }
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
     * The variations of dimension {@code d} around the target, cheapest first: the cheapest other cells on its line
     * that lie in the same groups, and where there are fewer than {@link #ALTERNATIVES_PER_DIMENSION} of them, the
     * cheapest balanced sets of four.
     */
    private List<Variation> variations(int line, int target, int d) {
        List<Variation> found = new ArrayList<>();
        int[] partners = withheldOnly
                ? withheldPartners(line, target, d)
                : cheapestCells(line, target, d, ALTERNATIVES_PER_DIMENSION, true);
        for (int cell : partners) {
            found.add(new Variation(new int[] {lines.table().code(cell, d)}, new int[] {-1}));
        }
        if (found.size() < ALTERNATIVES_PER_DIMENSION && hasGroups(target, d)) {
            found.addAll(fourSets(line, target, d, ALTERNATIVES_PER_DIMENSION - found.size()));
            GroupGraph graph = found.isEmpty() ? graph(line, d) : null;
            if (graph != null) {
                found.addAll(cycle(graph, target, d, i -> true));
            }
        }
        return found;
    }

    /**
     * For an audit, every other withheld cell on the target's line in its groups, in the line's order: the cubes found
     * are withheld already, so none is cheaper than another, and sorting a long line for each cell would cost its
     * square.
     */
    private int[] withheldPartners(int line, int target, int d) {
        withheld.work().spend(lines.end(line) - lines.start(line));
        int[] found = new int[lines.end(line) - lines.start(line)];
        int open = 0;
        int done = found.length;
        for (int p = lines.start(line); p < lines.end(line); p++) {
            int cell = lines.cellAt(p);
            if (cell != target && usable(cell) && lines.sameGroups(target, cell, d) && canBe(cell, -1, target, d)) {
                if (withheld.isProtected(cell)) {
                    found[--done] = cell;
                } else {
                    found[open++] = cell;
                }
            }
        }
        // Cells not yet protected first, each part in the line's order: a cube through them protects more at once.
        int[] ordered = Arrays.copyOf(found, open + found.length - done);
        for (int k = 0; k < found.length - done; k++) {
            ordered[open + k] = found[found.length - 1 - k];
        }
        return ordered;
    }

    /**
     * For an audit, the dimension whose variation is chosen last, as a cycle among the withheld cells of the cube's
     * partner lines: the one whose groups form the most independent partitions (calendar and financial years), then the
     * most nodes; or -1 if no dimension through the target has groups and a graph.
     */
    private int cycleDimension(int target) {
        int best = -1;
        long bestScore = 0;
        for (int d = 0; d < lines.table().dimensions(); d++) {
            int line = lines.line(target, d);
            if (!lines.isEquation(line) || !hasGroups(target, d)) {
                continue;
            }
            GroupGraph graph = graph(line, d);
            long score = graph == null ? 0 : (long) graph.partitions() << 32 | graph.nodes();
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * For an audit, a cycle through the cube's target along dimension {@code d} whose every code is withheld along the
     * line of each cell of {@code cube}: the cube grown by it is withheld whole. Empty if there is none.
     */
    private List<Variation> withheldCycle(Cube cube, int d) {
        int[] cells = cube.cells();
        int target = cells[0];
        GroupGraph graph = graph(lines.line(target, d), d);
        spend((long) graph.size() * cells.length);
        CodedTable table = lines.table();
        return cycle(graph, target, d, i -> {
            int code = table.code(graph.cell(i), d);
            for (int cell : cells) {
                int moved = lines.neighbour(cell, d, code);
                if (moved < 0 || !usable(moved)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The graph of {@code line} along {@code d}, built once; null where its groups form none. */
    private GroupGraph graph(int line, int d) {
        Object graph = graphs.get(line);
        if (graph == null) {
            GroupGraph built = GroupGraph.of(lines, line, d);
            withheld.work().spend(lines.end(line) - lines.start(line));
            graph = built != null ? built : NO_GRAPH;
            graphs.put(line, graph);
        }
        return graph instanceof GroupGraph g ? g : null;
    }

    /**
     * The cheapest balanced set of any size through the target, where its groups leave no pair or four (a first quarter
     * of a long series with both calendar and financial years known: every first quarter, a quarter of every year, and
     * the line's total where the series ends in a first quarter): the cheapest cycle through it in the line's
     * {@link GroupGraph}, the cheapest path from the target's one group to its other.
     */
    private List<Variation> cycle(GroupGraph graph, int target, int d, IntPredicate allowed) {
        int size = graph.size();
        int count = graph.nodes();
        int edge = graph.edgeOf(target);
        int from = graph.first(edge);
        int to = graph.second(edge);
        spend((long) count * count + 2L * size);
        Cost[] distance = new Cost[count];
        int[] via = new int[count];
        boolean[] settled = new boolean[count];
        distance[from] = new Cost(0, 0, 0, 0);
        while (true) {
            int next = -1;
            for (int v = 0; v < count; v++) {
                if (!settled[v] && distance[v] != null && (next < 0 || distance[v].compareTo(distance[next]) < 0)) {
                    next = v;
                }
            }
            if (next < 0 || next == to) {
                break;
            }
            settled[next] = true;
            for (int k = 0; k < graph.degree(next); k++) {
                int i = graph.edgeAt(next, k);
                // Leaving a group of the first partition a category is taken away (-1), of the second added (+1), so
                // each group on the path holds one of each, and the target's two groups the target and one taken away.
                boolean fromFirst = graph.first(i) == next;
                int other = graph.across(i, next);
                int cell = graph.cell(i);
                if (i == edge
                        || settled[other]
                        || !usable(cell)
                        || !allowed.test(i)
                        || !canBe(cell, fromFirst ? -1 : 1, target, d)) {
                    continue;
                }
                Cost reached = add(distance[next], cell);
                if (distance[other] == null || reached.compareTo(distance[other]) < 0) {
                    distance[other] = reached;
                    via[other] = i;
                }
            }
        }
        if (distance[to] == null) {
            return List.of();
        }
        int[] codes = new int[0];
        int[] ratios = new int[0];
        for (int v = to; v != from; ) {
            int i = via[v];
            // An edge reached at its second end was left from its first: taken away.
            boolean takenAway = graph.second(i) == v;
            codes = Arrays.copyOf(codes, codes.length + 1);
            ratios = Arrays.copyOf(ratios, ratios.length + 1);
            codes[codes.length - 1] = lines.table().code(graph.cell(i), d);
            ratios[ratios.length - 1] = takenAway ? -1 : 1;
            v = takenAway ? graph.first(i) : graph.second(i);
        }
        return List.of(new Variation(codes, ratios));
    }

    /** Whether some group line of dimension {@code d} runs through the cell. */
    private boolean hasGroups(int cell, int d) {
        for (int slot = lines.table().dimensions(); slot < lines.slots(); slot++) {
            if (lines.dimension(slot) == d && lines.line(cell, slot) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to {@code wanted} sets {target, c : +1; a, b : -1} of the cheapest cells on the line whose ratios balance
     * every group of dimension {@code d}, cheapest (by what their cells add) first.
     */
    private List<Variation> fourSets(int line, int target, int d, int wanted) {
        int[] candidates = cheapestCells(line, target, d, FOUR_SET_CANDIDATES, false);
        record Scored(Variation variation, Cost cost) {}
        List<Scored> sets = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            for (int j = i + 1; j < candidates.length; j++) {
                int a = candidates[i];
                int b = candidates[j];
                if (!canBe(a, -1, target, d) || !canBe(b, -1, target, d)) {
                    continue;
                }
                for (int c : candidates) {
                    if (c == a || c == b || !canBe(c, +1, target, d) || !balances(target, c, a, b, d)) {
                        continue;
                    }
                    CodedTable table = lines.table();
                    Variation v = new Variation(
                            new int[] {table.code(a, d), table.code(b, d), table.code(c, d)}, new int[] {-1, -1, 1});
                    sets.add(new Scored(v, add(add(add(new Cost(0, 0, 0, 0), a), b), c)));
                }
            }
        }
        withheld.work().spend((long) candidates.length * candidates.length * candidates.length);
        sets.sort(Comparator.comparing(Scored::cost));
        return sets.stream().limit(wanted).map(Scored::variation).toList();
    }

    /**
     * Whether the cell can take ratio {@code ratio} to the target on their line: its sign is then the ratio times both
     * coefficients, and a cell of negative sign must have room for the step.
     */
    private boolean canBe(int cell, int ratio, int target, int d) {
        long sign = (long) ratio * lines.coefficient(target, d) * lines.coefficient(cell, d);
        return sign > 0 || room(cell) >= step;
    }

    /**
     * Whether {@code plus} and {@code plus2} lie in each group of {@code d} as often as {@code minus} and
     * {@code minus2}.
     */
    private boolean balances(int plus, int plus2, int minus, int minus2, int d) {
        for (int slot = lines.table().dimensions(); slot < lines.slots(); slot++) {
            if (lines.dimension(slot) != d) {
                continue;
            }
            int[] added = {lines.group(plus, slot), lines.group(plus2, slot)};
            int[] taken = {lines.group(minus, slot), lines.group(minus2, slot)};
            for (int g : new int[] {added[0], added[1], taken[0], taken[1]}) {
                if (g >= 0 && count(added, g) != count(taken, g)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int count(int[] groups, int g) {
        int n = 0;
        for (int x : groups) {
            n += x == g ? 1 : 0;
        }
        return n;
    }

    /**
     * The cheapest {@code size} other cells on the target's line that are not pinned, cheapest first; with
     * {@code sameGroups}, only those in the target's groups whose sign leaves room for the step (they pair with it
     * alone). One pass keeping the best few, since sorting whole lines dominated large tables.
     */
    private int[] cheapestCells(int line, int target, int d, int size, boolean sameGroups) {
        withheld.work().spend(lines.end(line) - lines.start(line));
        int[] best = new int[size];
        int kept = 0;
        for (int p = lines.start(line); p < lines.end(line); p++) {
            int cell = lines.cellAt(p);
            if (cell == target || !usable(cell) || kept == best.length && !cheaper(cell, best[kept - 1])) {
                continue;
            }
            if (sameGroups && (!lines.sameGroups(target, cell, d) || !canBe(cell, -1, target, d))) {
                continue;
            }
            int at = kept < best.length ? kept++ : kept - 1;
            while (at > 0 && cheaper(cell, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = cell;
        }
        return Arrays.copyOf(best, kept);
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
