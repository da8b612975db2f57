package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Proves withheld cells of tables read together not derivable without eliminating their equations: a cube withheld
 * whole in one table ({@link HypercubeSearch#amongWithheld}) is carried across the links to the cells it forces (a cell
 * of the next version that must move with its match, a state that must move with its districts), and the whole vector
 * is checked exactly against every equation it touches. A vector x with A·x = 0 that is non-zero on a cell shows that
 * the equations A leave that cell free, so every cell of its support is certified. A cube that forces a contradiction,
 * or leaves an equation unbalanced, certifies nothing; the elimination decides those cells.
 *
 * <p>A new version withholding what the last one withheld is certified cube by cube this way, where eliminating the two
 * versions' equations together took 6,896,061,870 units (about a minute) for 100,000 observations.
 */
final class LinkedCubes {
    private final int[][] rowVars;
    private final long[][] rowCoefficients;
    /** The rows of each unknown, as indexes into the row arrays: rows {@code first[v]} to {@code first[v+1]-1}. */
    private final int[] first;

    private final int[] rowsOf;
    /** The coefficient of each entry of {@link #rowsOf}. */
    private final long[] coefficientOf;

    private final WorkMeter work;

    private final long[] value;
    private final BitSet assigned = new BitSet();
    private final List<Integer> assignedOrder = new ArrayList<>();
    /** Per row: the unknowns not yet assigned, or -1 if the row has not been touched in this attempt. */
    private final int[] open;

    private final long[] residual;
    private final List<Integer> touched = new ArrayList<>();
    private final Deque<Integer> ready = new ArrayDeque<>();

    /**
     * @param unknowns the number of unknowns
     * @param vars each equation's unknowns, distinct
     * @param coefficients their exact integer coefficients, none zero
     * @param work the meter this certification spends on, one unit per coefficient read
     */
    LinkedCubes(int unknowns, List<int[]> vars, List<long[]> coefficients, WorkMeter work) {
        this.rowVars = vars.toArray(new int[0][]);
        this.rowCoefficients = coefficients.toArray(new long[0][]);
        this.work = work;
        this.value = new long[unknowns];
        this.open = new int[rowVars.length];
        java.util.Arrays.fill(open, -1);
        this.residual = new long[rowVars.length];
        this.first = new int[unknowns + 1];
        for (int[] row : rowVars) {
            for (int v : row) {
                first[v + 1]++;
            }
        }
        for (int v = 0; v < unknowns; v++) {
            first[v + 1] += first[v];
        }
        this.rowsOf = new int[first[unknowns]];
        this.coefficientOf = new long[first[unknowns]];
        int[] next = first.clone();
        for (int r = 0; r < rowVars.length; r++) {
            for (int k = 0; k < rowVars[r].length; k++) {
                int p = next[rowVars[r][k]]++;
                rowsOf[p] = r;
                coefficientOf[p] = rowCoefficients[r][k];
            }
        }
    }

    /**
     * Extends the vector with {@code values} on {@code vars} (zero elsewhere) by what the equations force and, if it
     * then satisfies every equation exactly, adds the unknowns where it is non-zero to {@code certified}.
     *
     * @return whether it did
     * @throws TooCostly once the meter's budget is spent
     */
    boolean certify(int[] vars, long[] values, BitSet certified) {
        try {
            boolean holds = extend(vars, values);
            if (holds) {
                for (int v : assignedOrder) {
                    if (value[v] != 0) {
                        certified.set(v);
                    }
                }
            }
            return holds;
        } catch (ArithmeticException overflow) {
            return false;
        } finally {
            reset();
        }
    }

    private boolean extend(int[] vars, long[] values) {
        for (int i = 0; i < vars.length; i++) {
            if (!assign(vars[i], values[i])) {
                return false;
            }
        }
        while (!ready.isEmpty()) {
            int r = ready.poll();
            if (open[r] == 0) {
                if (residual[r] != 0) {
                    return false;
                }
            } else if (open[r] == 1) {
                // The one unknown left is forced: it must balance the row.
                work.spend(rowVars[r].length);
                int k = 0;
                while (assigned.get(rowVars[r][k])) {
                    k++;
                }
                long c = rowCoefficients[r][k];
                if (residual[r] % c != 0 || !assign(rowVars[r][k], Math.negateExact(residual[r] / c))) {
                    return false;
                }
            }
        }
        // Unknowns nothing forced stay zero: each row with some left open must balance without them.
        for (int r : touched) {
            if (residual[r] != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean assign(int v, long x) {
        if (assigned.get(v)) {
            return value[v] == x;
        }
        assigned.set(v);
        assignedOrder.add(v);
        value[v] = x;
        work.spend(first[v + 1] - first[v]);
        for (int p = first[v]; p < first[v + 1]; p++) {
            int r = rowsOf[p];
            if (open[r] < 0) {
                open[r] = rowVars[r].length;
                touched.add(r);
            }
            open[r]--;
            if (x != 0) {
                residual[r] = Math.addExact(residual[r], Math.multiplyExact(coefficientOf[p], x));
            }
            if (open[r] <= 1) {
                ready.add(r);
            }
        }
        return true;
    }

    private void reset() {
        for (int v : assignedOrder) {
            value[v] = 0;
            assigned.clear(v);
        }
        assignedOrder.clear();
        for (int r : touched) {
            open[r] = -1;
            residual[r] = 0;
        }
        touched.clear();
        ready.clear();
    }
}
