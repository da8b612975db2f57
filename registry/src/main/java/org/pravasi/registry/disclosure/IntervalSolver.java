package org.pravasi.registry.disclosure;

import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Bounds on one withheld count by linear programming (ojAlgo): the largest or smallest value the count can take over
 * every solution of the given line constraints at or above each count's floor (0, or 1 for a count the attacker knows
 * is not zero: docs/disclosure.md, "Protection intervals") — the LP relaxation; counts are not forced to be integers
 * here.
 */
final class IntervalSolver {

    /**
     * One constraint: the sum of {@code coefficients[i]} times variable {@code columns[i]} equals, or with
     * {@code equality} false is at most, {@code constant}.
     */
    record Row(int[] columns, int[] coefficients, double constant, boolean equality) {}

    private IntervalSolver() {}

    /** The optimum and a solution reaching it; the solution is null unless the optimum is finite. */
    record Solution(double value, double[] x) {}

    /**
     * The largest value of variable {@code target}, every variable at least its {@code floors} entry, positive infinity
     * if unbounded, NaN if infeasible.
     */
    static double maximum(int variables, double[] floors, List<Row> rows, int target) {
        double[] weights = new double[variables];
        weights[target] = 1;
        return solve(variables, floors, rows, weights, true).value();
    }

    /** The smallest value of variable {@code target}, every variable at least its floor, NaN if infeasible. */
    static double minimum(int variables, double[] floors, List<Row> rows, int target) {
        double[] weights = new double[variables];
        weights[target] = 1;
        return solve(variables, floors, rows, weights, false).value();
    }

    /**
     * Optimises the weighted sum of the variables: value positive infinity (maximising) if unbounded, NaN if
     * infeasible.
     */
    static Solution solve(int variables, double[] floors, List<Row> rows, double[] weights, boolean maximise) {
        if (floors.length != variables) {
            throw new IllegalArgumentException(floors.length + " floors for " + variables + " variables");
        }
        // Right-hand sides scaled to at most 1 keep the solver's tolerances meaningful for large counts;
        // the optimum scales with them.
        double scale = 1;
        for (Row row : rows) {
            scale = Math.max(scale, Math.abs(row.constant()));
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[variables];
        for (int j = 0; j < variables; j++) {
            x[j] = model.addVariable("x" + j).lower(0);
        }
        // Equal rows, and rows that fix one variable, are given as bounds or once: ojAlgo's presolve
        // has been seen to call such feasible programs infeasible.
        // Bounds from several rows on one variable combine: the tightest of each side holds.
        double[] lower = new double[variables];
        for (int j = 0; j < variables; j++) {
            lower[j] = floors[j] / scale;
        }
        double[] upper = new double[variables];
        java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (!distinct.add(java.util.Arrays.toString(row.columns())
                    + java.util.Arrays.toString(row.coefficients())
                    + row.constant()
                    + row.equality())) {
                continue;
            }
            if (row.columns().length == 1) {
                double value = row.constant() / row.coefficients()[0] / scale;
                int j = row.columns()[0];
                if (row.equality() || row.coefficients()[0] > 0) {
                    upper[j] = Math.min(upper[j], value);
                }
                if (row.equality() || row.coefficients()[0] < 0) {
                    lower[j] = Math.max(lower[j], value);
                }
                continue;
            }
            Expression e = model.addExpression("r" + r);
            for (int i = 0; i < row.columns().length; i++) {
                e.set(x[row.columns()[i]], row.coefficients()[i]);
            }
            if (row.equality()) {
                e.level(row.constant() / scale);
            } else {
                e.upper(row.constant() / scale);
            }
        }
        for (int j = 0; j < variables; j++) {
            if (lower[j] > upper[j]) {
                return new Solution(Double.NaN, null);
            }
            if (lower[j] == upper[j]) {
                x[j].level(lower[j]);
            } else {
                x[j].lower(lower[j]);
                if (upper[j] < Double.POSITIVE_INFINITY) {
                    x[j].upper(upper[j]);
                }
            }
        }
        for (int j = 0; j < variables; j++) {
            if (weights[j] != 0) {
                x[j].weight(weights[j]);
            }
        }
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.UNBOUNDED) {
            return new Solution(maximise ? Double.POSITIVE_INFINITY : 0, null);
        }
        if (!state.isFeasible()) {
            return new Solution(Double.NaN, null);
        }
        double[] solution = new double[variables];
        for (int j = 0; j < variables; j++) {
            solution[j] = result.doubleValue(j) * scale;
        }
        return new Solution(result.getValue() * scale, solution);
    }

    /** The whole count the bound allows, forgiving rounding error of the solver. */
    static long floor(double bound) {
        return bound >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.floor(bound + 1e-6);
    }
}
