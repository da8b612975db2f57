package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An independent statement of the protection rule, sharing no code with production: builds the line equations from the
 * keys with hash maps and bounds each withheld cell with Apache Commons Math's simplex solver (production uses ojAlgo).
 * The attacker knows every published cell, that counts are at least 0, and every line with a total cell: its members
 * sum to it (or to at most it when the table leaves categories out). Lines without a total cell are not in this model;
 * the exact derivability checker covers them.
 */
public final class LpIntervalOracle {

    private LpIntervalOracle() {}

    /** One line: cell to coefficient, equal to (or, where categories are missing, at most) {@code constant}. */
    private record Line(Map<Integer, Integer> terms, long constant, Relationship relationship) {}

    /**
     * The largest value of each withheld cell with a count below {@code k} that is consistent with everything published
     * (LP relaxation, {@code Double.POSITIVE_INFINITY} if unbounded): exact when below k, otherwise possibly only a
     * lower bound that is at least k. Cells with a count of k or more are left out, since their true count bounds them
     * from below.
     */
    public static Map<Integer, Double> upperBoundsOfSmallCells(List<Cell> table, BitSet withheld, int k) {
        List<Line> lines = lines(table, k);
        Map<Integer, List<Line>> byCell = new HashMap<>();
        for (Line line : lines) {
            line.terms()
                    .keySet()
                    .forEach(c ->
                            byCell.computeIfAbsent(c, x -> new ArrayList<>()).add(line));
        }
        Map<Integer, Double> bounds = new LinkedHashMap<>();
        List<Integer> open = new ArrayList<>();
        for (int c = withheld.nextSetBit(0); c >= 0; c = withheld.nextSetBit(c + 1)) {
            if (table.get(c).value() < k) {
                // Cells two lines away suffice to prove most bounds; the whole component decides the rest.
                double near = program(table, withheld, byCell, c, 2).maximum();
                bounds.put(c, near);
                if (Math.floor(near + 1e-6) < k) {
                    open.add(c);
                }
            }
        }
        java.util.Set<Integer> asked = new java.util.HashSet<>();
        for (int c : open) {
            if (!asked.add(c)) {
                continue;
            }
            // One table with many of the component's open cells at k or more settles them together (ReachingK).
            Program component = program(table, withheld, byCell, c, Integer.MAX_VALUE);
            List<ReachingK.Target> targets = new ArrayList<>();
            for (int other : open) {
                Integer col = component.column().get(other);
                if (col != null) {
                    asked.add(other);
                    targets.add(new ReachingK.Target(other, col, floor(table, other)));
                }
            }
            Map<Integer, Double> proved = component.lp().provedAmong(targets, k);
            bounds.putAll(proved);
            for (ReachingK.Target target : targets) {
                if (!proved.containsKey(target.cell())) {
                    bounds.put(
                            target.cell(),
                            program(table, withheld, byCell, target.cell(), Integer.MAX_VALUE)
                                    .maximum());
                }
            }
        }
        return bounds;
    }

    /** The withheld cells whose upper bound, rounded down to a whole count, is below {@code k}. */
    public static BitSet underProtected(List<Cell> table, BitSet withheld, int k) {
        BitSet under = new BitSet();
        upperBoundsOfSmallCells(table, withheld, k).forEach((cell, hi) -> {
            if (Math.floor(hi + 1e-6) < k) {
                under.set(cell);
            }
        });
        return under;
    }

    /**
     * The program for the target with the withheld cells up to {@code depth} lines away from it unknown and the others
     * at their true counts: its {@link Program#maximum()} is a lower bound on the target's exact maximum, which it
     * equals once the depth covers every withheld cell linked to the target.
     */
    private static Program program(
            List<Cell> table, BitSet withheld, Map<Integer, List<Line>> byCell, int target, int depth) {
        List<Integer> variables = new ArrayList<>();
        Map<Integer, Integer> distance = new HashMap<>(Map.of(target, 0));
        Map<Integer, Integer> column = new HashMap<>();
        List<Line> touched = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(target));
        column.put(target, 0);
        variables.add(target);
        java.util.Set<Line> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            for (Line line : byCell.getOrDefault(cell, List.of())) {
                if (!seen.add(line)) {
                    continue;
                }
                touched.add(line);
                if (distance.get(cell) >= depth) {
                    continue;
                }
                for (int other : line.terms().keySet()) {
                    if (withheld.get(other) && !column.containsKey(other)) {
                        distance.put(other, distance.get(cell) + 1);
                        column.put(other, variables.size());
                        variables.add(other);
                        queue.add(other);
                    }
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> rhss = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        double scale = 1;
        for (Line line : touched) {
            double[] coefficients = new double[variables.size()];
            double rhs = line.constant();
            for (Map.Entry<Integer, Integer> term : line.terms().entrySet()) {
                Integer col = column.get(term.getKey());
                if (col != null) {
                    coefficients[col] = term.getValue();
                    // Each unknown is its floor plus a non-negative rest: the rest is the program's variable.
                    rhs -= term.getValue() * (double) floor(table, term.getKey());
                } else {
                    rhs -= term.getValue() * (double) table.get(term.getKey()).value();
                }
            }
            rows.add(coefficients);
            rhss.add(rhs);
            relationships.add(line.relationship());
            scale = Math.max(scale, Math.abs(rhs));
        }
        // The optimum scales with the right-hand sides; scaling them to at most 1 keeps the solver's
        // absolute tolerances meaningful for counts in the hundred thousands.
        List<Double> scaled = new ArrayList<>();
        for (double rhs : rhss) {
            scaled.add(rhs / scale);
        }
        return new Program(column, new ReachingK(rows, relationships, scaled, scale), floor(table, target));
    }

    /** One target's program: the columns of its unknown cells (the target's is 0), the constraints, its floor. */
    private record Program(Map<Integer, Integer> column, ReachingK lp, long targetFloor) {

        /** The target's largest value, {@code Double.POSITIVE_INFINITY} if unbounded. */
        double maximum() {
            List<LinearConstraint> constraints = new ArrayList<>();
            for (int r = 0; r < lp.rows().size(); r++) {
                constraints.add(new LinearConstraint(
                        lp.rows().get(r),
                        lp.relationships().get(r),
                        lp.constants().get(r)));
            }
            double[] objective = new double[column.size()];
            objective[0] = 1;
            try {
                PointValuePair optimum = new SimplexSolver()
                        .optimize(
                                new MaxIter(100_000),
                                new LinearObjectiveFunction(objective, 0),
                                new LinearConstraintSet(constraints),
                                GoalType.MAXIMIZE,
                                new NonNegativeConstraint(true));
                return optimum.getValue() * lp.scale() + targetFloor;
            } catch (UnboundedSolutionException e) {
                return Double.POSITIVE_INFINITY;
            }
        }
    }

    /** The attacker's equations, built from the keys alone. */
    private static List<Line> lines(List<Cell> table, int k) {
        OracleLines grouped = OracleLines.of(table);
        Map<List<String>, List<Integer>> members = grouped.members();
        Map<List<String>, Integer> totals = grouped.totals();
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> line : members.entrySet()) {
            Integer total = totals.get(line.getKey());
            Map<Integer, Integer> terms = new HashMap<>();
            line.getValue().forEach(cell -> terms.put(cell, 1));
            long sum = line.getValue().stream()
                    .mapToLong(c -> table.get(c).value())
                    .sum();
            if (total != null) {
                // Members that add up to the total give an equation; fewer (categories left out of the
                // table) only say that they add up to at most the total; more say nothing reliable.
                long stated = table.get(total).value();
                terms.put(total, -1);
                if (sum <= stated) {
                    lines.add(new Line(terms, 0, sum == stated ? Relationship.EQ : Relationship.LEQ));
                }
            }
        }
        return lines;
    }

    /**
     * The least count the attacker knows a withheld cell holds: 1 unless it is 0 (zeros are published; the attacker is
     * taken to know which withheld cells are not zero).
     */
    static long floor(List<Cell> table, int cell) {
        return Math.min(table.get(cell).value(), 1);
    }
}
