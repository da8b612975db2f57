package org.pravasi.registry.disclosure;

import java.util.ArrayList;
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
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The oracles' shortcut for large groups of withheld cells: one table the attacker cannot rule out in which many target
 * cells hold k or more at once proves each of them protected, where one program per cell would cost a simplex run each.
 * The program maximises the sum over the targets of {@code min(x, k)} (each capped by a variable of its own, so no
 * target gains by another's loss); a target it leaves below k is not proved either way and is asked about again, alone,
 * by the oracle. Apache Commons Math, as the oracles.
 *
 * @param rows the constraints' coefficients over the program's variables (each unknown cell less its floor)
 * @param relationships each row's relationship
 * @param constants each row's right-hand side, already divided by {@code scale}
 * @param scale what the right-hand sides were divided by
 */
record ReachingK(List<double[]> rows, List<Relationship> relationships, List<Double> constants, double scale) {

    /** A target cell: its column among the program's variables and the least count it holds. */
    record Target(int cell, int column, long floor) {}

    /**
     * The targets some one table puts at k or more, each with its value there (at least k), found by solving again for
     * those not yet shown while the last solution showed any.
     */
    Map<Integer, Double> provedAmong(List<Target> targets, int k) {
        Map<Integer, Double> proved = new LinkedHashMap<>();
        List<Target> open = new ArrayList<>(targets);
        while (!open.isEmpty()) {
            double[] point;
            try {
                point = solve(open, k);
            } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
                // Too many iterations or numerical trouble: the oracle asks about each target alone.
                break;
            }
            List<Target> left = new ArrayList<>();
            for (Target target : open) {
                double value = point[target.column()] * scale + target.floor();
                if (Math.floor(value + 1e-6) >= k) {
                    proved.put(target.cell(), value);
                } else {
                    left.add(target);
                }
            }
            if (left.size() == open.size()) {
                break;
            }
            open = left;
        }
        return proved;
    }

    /** The cells' values (less their floors, scaled) in one table maximising the sum of the targets' capped values. */
    private double[] solve(List<Target> targets, int k) {
        int n = rows.getFirst().length;
        int width = n + targets.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double[] row = java.util.Arrays.copyOf(rows.get(r), width);
            constraints.add(new LinearConstraint(row, relationships.get(r), constants.get(r)));
        }
        double[] objective = new double[width];
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            // cap <= x and cap <= k - floor: the cap counts toward the sum only up to k.
            double[] belowCell = new double[width];
            belowCell[n + t] = 1;
            belowCell[target.column()] = -1;
            constraints.add(new LinearConstraint(belowCell, Relationship.LEQ, 0));
            double[] belowK = new double[width];
            belowK[n + t] = 1;
            constraints.add(new LinearConstraint(belowK, Relationship.LEQ, (k - target.floor()) / scale));
            objective[n + t] = 1;
        }
        PointValuePair optimum = new SimplexSolver()
                .optimize(
                        new MaxIter(1_000_000),
                        new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints),
                        GoalType.MAXIMIZE,
                        new NonNegativeConstraint(true));
        return optimum.getPoint();
    }
}
