package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The attacker of docs/disclosure.md, "A withheld group holds a small count", stated independently of production (keys
 * grouped by {@link OracleLines}, Apache Commons Math's simplex; production uses ojAlgo): besides every published cell
 * and every line with a total cell, the attacker knows that cells are withheld only because of a count from 1 to k-1,
 * so each group of withheld cells linked through lines holds at least one. A table in which every withheld cell of the
 * group is 0 or k or more would have been published whole, so it is ruled out.
 *
 * <p>Reads only what is published: the values of withheld cells are never looked at.
 */
public final class SmallCountOracle {

    private SmallCountOracle() {}

    /**
     * For every withheld cell, the largest value it can take in a table that keeps the published cells, satisfies every
     * line with a total cell (members add up to the total), has withheld counts of at least 1 (0 for a withheld zero
     * where the true counts are known) and holds a count from 1 to {@code k - 1} in another withheld cell of its group
     * (LP relaxation; -1 when no such table exists, positive infinity when unbounded). Once a table puts the cell at k
     * or more the search stops, so a bound of k or more may be lower than the largest.
     */
    public static Map<Integer, Double> upperBounds(List<Cell> published, BitSet withheld, int k) {
        return upperBounds(published, withheld, k, null);
    }

    /**
     * As {@link #upperBounds(List, BitSet, int)} for a table whose true counts are known to the test, used only to say
     * what each line with a total cell tells the attacker, as production does: members that add up to the total an
     * equation, to less an upper limit, to more nothing.
     */
    public static Map<Integer, Double> upperBoundsOf(List<Cell> table, BitSet withheld, int k) {
        return upperBounds(table, withheld, k, table);
    }

    private static Map<Integer, Double> upperBounds(List<Cell> published, BitSet withheld, int k, List<Cell> truth) {
        List<Line> lines = lines(published, truth);
        // The least count of each cell: 1 for a withheld count that is not zero (zeros are published), and for every
        // withheld cell where the true counts are not known.
        long[] floors = new long[published.size()];
        for (int c = withheld.nextSetBit(0); c >= 0; c = withheld.nextSetBit(c + 1)) {
            floors[c] = truth == null ? 1 : Math.min(truth.get(c).value(), 1);
        }
        Map<Integer, List<List<Integer>>> links = byCell(links(published));
        Map<Integer, List<List<Integer>>> constraints = byCell(asLists(lines));
        // Whether a cell's component admits it a count from 1 to k - 1: the same for every cell asking.
        Map<Integer, Boolean> canBeSmall = new HashMap<>();
        Map<Integer, Double> together =
                truth == null ? Map.of() : provedTogether(published, withheld, floors, lines, constraints, truth, k);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int c = withheld.nextSetBit(0); c >= 0; c = withheld.nextSetBit(c + 1)) {
            List<Integer> group = group(c, links, withheld);
            if (truth != null && truth.get(c).value() >= k && group.stream().anyMatch(j -> small(truth, j, k))) {
                // The true table is a witness: the cell is k or more and its group holds a small count.
                out.put(c, (double) truth.get(c).value());
                continue;
            }
            if (together.containsKey(c)) {
                out.put(c, together.get(c));
                continue;
            }
            List<Integer> constrained = group(c, constraints, withheld);
            List<Integer> others = new ArrayList<>(group.subList(1, group.size()));
            if (truth != null) {
                others.sort(Comparator.comparing(j -> !small(truth, j, k)));
            }
            double best = -1;
            double alone = Double.NaN;
            for (int j : others) {
                if (constrained.contains(j)) {
                    if (truth != null) {
                        // Cells two lines away from either usually suffice, the rest at their true counts (a table
                        // the attacker cannot rule out); the whole component decides otherwise.
                        best = Math.max(
                                best, maximum(published, floors, lines, near(c, j, lines, constrained), c, j, k));
                    }
                    if (Math.floor(best + 1e-6) < k) {
                        best = Math.max(best, maximum(published, floors, lines, constrained, c, j, k));
                    }
                } else if ((truth != null && small(truth, j, k))
                        || canBeSmall.computeIfAbsent(
                                j,
                                x -> maximum(published, floors, lines, group(x, constraints, withheld), x, x, k)
                                        >= 0)) {
                    // No constraint links the two: the cell can be its largest while the other is small.
                    if (Double.isNaN(alone)) {
                        alone = maximum(published, floors, lines, constrained, c, -1, k);
                    }
                    best = Math.max(best, alone);
                }
                if (Math.floor(best + 1e-6) >= k) {
                    break;
                }
            }
            out.put(c, best);
        }
        return out;
    }

    /**
     * Cells below k shown to hold k or more in one table with a small count elsewhere in their component
     * ({@link ReachingK}): for each component of the lines with a total cell, its first truly small cell is held from 1
     * to k - 1 and as many of the others as one table allows are put at k or more. What this leaves is asked about cell
     * by cell.
     */
    private static Map<Integer, Double> provedTogether(
            List<Cell> table,
            BitSet withheld,
            long[] floors,
            List<Line> lines,
            Map<Integer, List<List<Integer>>> constraints,
            List<Cell> truth,
            int k) {
        Map<Integer, Double> proved = new HashMap<>();
        BitSet seen = new BitSet();
        for (int c = withheld.nextSetBit(0); c >= 0; c = withheld.nextSetBit(c + 1)) {
            if (seen.get(c)) {
                continue;
            }
            List<Integer> component = group(c, constraints, withheld);
            component.forEach(seen::set);
            Integer small = component.stream()
                    .filter(j -> small(truth, j, k))
                    .findFirst()
                    .orElse(null);
            if (small == null) {
                continue;
            }
            Program program = program(table, floors, lines, component, small, k);
            List<ReachingK.Target> targets = new ArrayList<>();
            for (int other : component) {
                if (other != small && truth.get(other).value() < k) {
                    targets.add(new ReachingK.Target(other, program.column().get(other), floors[other]));
                }
            }
            proved.putAll(program.lp().provedAmong(targets, k));
        }
        return proved;
    }

    /** {@code c}, {@code j} and the cells of {@code component} at most two lines from either, {@code c} first. */
    private static List<Integer> near(int c, int j, List<Line> lines, List<Integer> component) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>(List.of(c, j));
        for (int step = 0; step < 2; step++) {
            List<Integer> frontier = new ArrayList<>(out);
            for (Line line : lines) {
                if (frontier.stream().anyMatch(line.terms()::containsKey)) {
                    line.terms().keySet().stream().filter(component::contains).forEach(out::add);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static double solve(double[] objective, List<LinearConstraint> constraints, PivotSelectionRule rule) {
        PointValuePair optimum = new SimplexSolver()
                .optimize(
                        new MaxIter(1_000_000),
                        new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints),
                        GoalType.MAXIMIZE,
                        new NonNegativeConstraint(true),
                        rule);
        return optimum.getValue();
    }

    /** The cells of each line with a total cell, to link withheld cells into components. */
    private static List<List<Integer>> asLists(List<Line> lines) {
        List<List<Integer>> asLists = new ArrayList<>();
        lines.forEach(line -> asLists.add(new ArrayList<>(line.terms().keySet())));
        return asLists;
    }

    /** For each cell, the lines it lies on, in the order of {@code lines}. */
    private static Map<Integer, List<List<Integer>>> byCell(List<List<Integer>> lines) {
        Map<Integer, List<List<Integer>>> out = new HashMap<>();
        for (List<Integer> line : lines) {
            for (int cell : new java.util.LinkedHashSet<>(line)) {
                out.computeIfAbsent(cell, x -> new ArrayList<>()).add(line);
            }
        }
        return out;
    }

    private static boolean small(List<Cell> truth, int cell, int k) {
        long v = truth.get(cell).value();
        return v >= 1 && v < k;
    }

    /** One line with a total cell: cell index to coefficient (members +1, the total -1), equal to (or at most) 0. */
    private record Line(Map<Integer, Integer> terms, Relationship relationship) {}

    /** Lines with a total cell; with {@code truth}, classified by its counts, else all taken to add up. */
    private static List<Line> lines(List<Cell> table, List<Cell> truth) {
        OracleLines grouped = OracleLines.of(table);
        List<Line> out = new ArrayList<>();
        grouped.members().forEach((line, members) -> {
            Integer total = grouped.totals().get(line);
            if (total != null) {
                Map<Integer, Integer> terms = new HashMap<>();
                members.forEach(m -> terms.put(m, 1));
                terms.put(total, -1);
                long sum = truth == null
                        ? 0
                        : members.stream().mapToLong(m -> truth.get(m).value()).sum();
                long stated = truth == null ? 0 : truth.get(total).value();
                if (sum <= stated) {
                    out.add(new Line(terms, sum == stated ? Relationship.EQ : Relationship.LEQ));
                }
            }
        });
        return out;
    }

    /**
     * Lines that link cells into a group: those with a total cell and those of two or more members, whose total the
     * suppression assumes known from outside (the package documentation), so its complements lie on them too.
     */
    private static List<List<Integer>> links(List<Cell> table) {
        OracleLines grouped = OracleLines.of(table);
        List<List<Integer>> out = new ArrayList<>();
        grouped.members().forEach((line, members) -> {
            Integer total = grouped.totals().get(line);
            List<Integer> cells = new ArrayList<>(members);
            if (total != null) {
                cells.add(total);
            }
            if (total != null || members.size() > 1) {
                out.add(cells);
            }
        });
        return out;
    }

    /**
     * The withheld cells linked to {@code cell} through the lines of {@code byCell} ({@link #byCell}), {@code cell}
     * first, in the order a search along the lines in their order finds them.
     */
    private static List<Integer> group(int cell, Map<Integer, List<List<Integer>>> byCell, BitSet withheld) {
        List<Integer> out = new ArrayList<>();
        BitSet seen = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>(List.of(cell));
        seen.set(cell);
        while (!queue.isEmpty()) {
            int c = queue.poll();
            out.add(c);
            for (List<Integer> line : byCell.getOrDefault(c, List.of())) {
                for (int other : line) {
                    if (withheld.get(other) && !seen.get(other)) {
                        seen.set(other);
                        queue.add(other);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The largest value of {@code target} over the cells {@code group} unknown (the others at their published counts),
     * with {@code small} (unless -1) between 1 and k - 1; -1 if infeasible.
     */
    private static double maximum(
            List<Cell> table, long[] floors, List<Line> lines, List<Integer> group, int target, int small, int k) {
        Program program = program(table, floors, lines, group, small, k);
        ReachingK lp = program.lp();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < lp.rows().size(); r++) {
            constraints.add(new LinearConstraint(
                    lp.rows().get(r), lp.relationships().get(r), lp.constants().get(r)));
        }
        double[] objective = new double[group.size()];
        objective[program.column().get(target)] = 1;
        long f = floors[target];
        try {
            return solve(objective, constraints, PivotSelectionRule.DANTZIG) * lp.scale() + f;
        } catch (TooManyIterationsException e) {
            // Dantzig's rule can cycle on degenerate programs; Bland's cannot.
            return solve(objective, constraints, PivotSelectionRule.BLAND) * lp.scale() + f;
        } catch (UnboundedSolutionException e) {
            return Double.POSITIVE_INFINITY;
        } catch (NoFeasibleSolutionException e) {
            return -1;
        }
    }

    /** The cells of a group and the constraints over them, as {@link #maximum} states them. */
    private record Program(Map<Integer, Integer> column, ReachingK lp) {}

    /** The constraints of {@link #maximum}, for any objective over the cells of {@code group}. */
    private static Program program(
            List<Cell> table, long[] floors, List<Line> lines, List<Integer> group, int small, int k) {
        Map<Integer, Integer> column = new HashMap<>();
        group.forEach(c -> column.put(c, column.size()));
        int n = group.size();
        List<double[]> rows = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        List<Double> constants = new ArrayList<>();
        for (Line line : lines) {
            if (line.terms().keySet().stream().noneMatch(column::containsKey)) {
                continue;
            }
            double[] coefficients = new double[n];
            double rhs = 0;
            for (Map.Entry<Integer, Integer> term : line.terms().entrySet()) {
                Integer at = column.get(term.getKey());
                if (at != null) {
                    coefficients[at] = term.getValue();
                    // Each unknown is its floor plus a non-negative rest: the rest is the program's variable.
                    rhs -= term.getValue() * (double) floors[term.getKey()];
                } else {
                    rhs -= term.getValue() * (double) table.get(term.getKey()).value();
                }
            }
            rows.add(coefficients);
            relationships.add(line.relationship());
            constants.add(rhs);
        }
        if (small >= 0) {
            double[] unit = new double[n];
            unit[column.get(small)] = 1;
            rows.add(unit);
            long f = floors[small];
            relationships.add(Relationship.GEQ);
            constants.add(1.0 - f);
            rows.add(unit);
            relationships.add(Relationship.LEQ);
            constants.add(k - 1.0 - f);
        }
        // Right-hand sides scaled to at most 1, as in LpIntervalOracle, so the solver's tolerances stay meaningful.
        double scale =
                Math.max(1, constants.stream().mapToDouble(Math::abs).max().orElse(1));
        List<Double> scaled = new ArrayList<>();
        constants.forEach(c -> scaled.add(c / scale));
        return new Program(column, new ReachingK(rows, relationships, scaled, scale));
    }
}
