package org.pravasi.registry.disclosure;

import java.util.BitSet;

/**
 * The cells withheld so far, and which of them are proven protected: a withheld cell is protected
 * once it lies on an exactly checked circuit, and stays protected as more cells are withheld,
 * because withholding more only ever removes knowledge from the attacker.
 */
final class WithheldCells {

    private final TableLines lines;
    private final CircuitBasis basis;
    private final BitSet withheld = new BitSet();
    private final BitSet protectedCells = new BitSet();
    private final int[] withheldInLine;

    WithheldCells(TableLines lines) {
        this.lines = lines;
        this.basis = new CircuitBasis(lines);
        this.withheldInLine = new int[lines.lineCount()];
    }

    /** Withholds {@code cell} and marks every cell on the circuit it closes, if any, as protected. */
    void withhold(int cell) {
        assert !withheld.get(cell) : "cell " + cell + " is already withheld";
        withheld.set(cell);
        for (int d = 0; d < lines.table().dimensions(); d++) {
            withheldInLine[lines.line(cell, d)]++;
        }
        SparseVector circuit = basis.add(cell);
        if (circuit != null && ExactCircuitCheck.holds(circuit, lines)) {
            for (int k = 0; k < circuit.size(); k++) {
                protectedCells.set(circuit.index(k));
            }
        }
    }

    boolean isWithheld(int cell) {
        return withheld.get(cell);
    }

    boolean isProtected(int cell) {
        return protectedCells.get(cell);
    }

    /** The number of withheld cells in {@code line}, its total included. */
    int withheldIn(int line) {
        return withheldInLine[line];
    }

    /** Withheld cells not (yet) proven protected. */
    BitSet unprotected() {
        BitSet open = (BitSet) withheld.clone();
        open.andNot(protectedCells);
        return open;
    }

    /** Whether withholding {@code candidate} would make the withheld {@code target} protected. */
    boolean wouldProtect(int candidate, int target) {
        // A candidate alone in one of its equation lines would itself be determined by that line,
        // so it cannot close a circuit; this check spares an elimination for most candidates.
        for (int d = 0; d < lines.table().dimensions(); d++) {
            int line = lines.line(candidate, d);
            if (lines.isEquation(line) && withheldInLine[line] == 0) {
                return false;
            }
        }
        return basis.closesCircuitThrough(candidate, target);
    }
}
