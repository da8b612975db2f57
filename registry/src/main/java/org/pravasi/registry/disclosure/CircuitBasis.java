package org.pravasi.registry.disclosure;

import java.util.Arrays;

/**
 * An incremental basis, modulo {@link ModP#P}, of the columns of the attacker's line equations restricted to withheld
 * cells. Adding a column either extends the basis or closes a circuit: a combination of withheld cells that leaves
 * every line total unchanged, which is exactly what stops those cells from being derivable.
 */
final class CircuitBasis {

    /** A column after elimination, and the combination of withheld cells' columns it equals. */
    private record Reduction(SparseVector remainder, SparseVector combination) {}

    private final TableLines lines;
    private final SparseVector[] vectorByPivot;
    private final SparseVector[] combinationByPivot;
    private final WorkMeter work;

    CircuitBasis(TableLines lines, WorkMeter work) {
        this.lines = lines;
        this.work = work;
        this.vectorByPivot = new SparseVector[lines.lineCount()];
        this.combinationByPivot = new SparseVector[lines.lineCount()];
    }

    /**
     * The column of {@code cell}: its coefficient in every equation line through it, by line id (group lines have ids
     * above every line along a dimension, in slot order).
     */
    private SparseVector column(int cell) {
        int dims = lines.table().dimensions();
        int[] ids = new int[lines.slots()];
        long[] coefficients = new long[lines.slots()];
        int n = 0;
        for (int k = 0; k < lines.slots(); k++) {
            int slot = k < dims ? lines.dimensionInIdOrder(k) : k;
            int line = lines.line(cell, slot);
            if (lines.isEquation(line)) {
                ids[n] = line;
                coefficients[n++] = ModP.of(lines.coefficient(cell, slot));
            }
        }
        return new SparseVector(Arrays.copyOf(ids, n), Arrays.copyOf(coefficients, n));
    }

    /** Eliminates {@code cell}'s column against the basis without changing it. */
    private Reduction reduce(int cell) {
        SparseVector vector = column(cell);
        SparseVector combination = SparseVector.unit(cell);
        // Each basis vector's first index is its pivot, so every step removes the smallest index.
        while (!vector.isZero()) {
            int pivot = vector.index(0);
            SparseVector basisVector = vectorByPivot[pivot];
            if (basisVector == null) {
                break;
            }
            long factor = vector.entry(0);
            work.spend(vector.size() + basisVector.size() + combination.size() + combinationByPivot[pivot].size());
            vector = vector.minus(factor, basisVector);
            combination = combination.minus(factor, combinationByPivot[pivot]);
        }
        return new Reduction(vector, combination);
    }

    /**
     * Whether adding {@code cell} would close a circuit through {@code target}; like {@link #reduce} but tracking only
     * the target's coefficient, so it is cheap enough to ask for every candidate complement.
     */
    boolean closesCircuitThrough(int cell, int target) {
        SparseVector vector = column(cell);
        long coefficient = cell == target ? 1 : 0;
        while (!vector.isZero()) {
            int pivot = vector.index(0);
            SparseVector basisVector = vectorByPivot[pivot];
            if (basisVector == null) {
                return false;
            }
            long factor = vector.entry(0);
            work.spend(vector.size() + basisVector.size());
            vector = vector.minus(factor, basisVector);
            coefficient = ModP.subtract(coefficient, ModP.multiply(factor, combinationByPivot[pivot].entryAt(target)));
        }
        return coefficient != 0;
    }

    /**
     * Adds {@code cell}'s column; returns the circuit it closes (coefficients per cell, the added cell's being 1), or
     * null if the column extends the basis.
     */
    SparseVector add(int cell) {
        Reduction reduction = reduce(cell);
        SparseVector remainder = reduction.remainder();
        if (remainder.isZero()) {
            return reduction.combination();
        }
        long scale = ModP.inverse(remainder.entry(0));
        int pivot = remainder.index(0);
        work.hold(remainder.size() + reduction.combination().size());
        vectorByPivot[pivot] = remainder.times(scale);
        combinationByPivot[pivot] = reduction.combination().times(scale);
        return null;
    }
}
