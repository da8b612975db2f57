package org.pravasi.registry.disclosure;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Confirms in exact integer arithmetic that a circuit found modulo {@link ModP#P} really keeps every line total
 * unchanged, so that a cell is only ever declared protected on exact evidence.
 */
final class ExactCircuitCheck {

    private ExactCircuitCheck() {}

    /**
     * Whether {@code circuit}, lifted to rationals, is a non-zero vector x with A·x = 0 for the line equations A; false
     * if it cannot be lifted or does not check out.
     */
    static boolean holds(SparseVector circuit, TableLines lines) {
        int size = circuit.size();
        long[] numerators = new long[size];
        long[] denominators = new long[size];
        BigInteger common = BigInteger.ONE;
        for (int k = 0; k < size; k++) {
            long[] fraction = ModP.toRational(circuit.entry(k));
            if (fraction == null || fraction[0] == 0) {
                return false;
            }
            numerators[k] = fraction[0];
            denominators[k] = fraction[1];
            BigInteger denominator = BigInteger.valueOf(fraction[1]);
            common = common.divide(common.gcd(denominator)).multiply(denominator);
        }
        Map<Integer, BigInteger> lineSums = new HashMap<>();
        for (int k = 0; k < size; k++) {
            int cell = circuit.index(k);
            BigInteger x =
                    BigInteger.valueOf(numerators[k]).multiply(common.divide(BigInteger.valueOf(denominators[k])));
            for (int slot = 0; slot < lines.slots(); slot++) {
                int line = lines.line(cell, slot);
                if (lines.isEquation(line)) {
                    BigInteger term = lines.coefficient(cell, slot) > 0 ? x : x.negate();
                    lineSums.merge(line, term, BigInteger::add);
                }
            }
        }
        return lineSums.values().stream().allMatch(sum -> sum.signum() == 0);
    }

    /**
     * Whether the integer vector with entries {@code x[k]} on the distinct cells {@code cells[k]} (and zero elsewhere)
     * is a vector x with A·x = 0 for the line equations A and no zero entry; false if any cell repeats, any entry is
     * zero or a line sum overflows a long.
     */
    static boolean holds(int[] cells, long[] x, TableLines lines) {
        if (cells.length != x.length || cells.length == 0) {
            return false;
        }
        Set<Integer> distinct = new HashSet<>();
        Map<Integer, Long> lineSums = new HashMap<>();
        try {
            for (int k = 0; k < cells.length; k++) {
                if (x[k] == 0 || !distinct.add(cells[k])) {
                    return false;
                }
                for (int slot = 0; slot < lines.slots(); slot++) {
                    int line = lines.line(cells[k], slot);
                    if (lines.isEquation(line)) {
                        long term = Math.multiplyExact(lines.coefficient(cells[k], slot), x[k]);
                        lineSums.merge(line, term, Math::addExact);
                    }
                }
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        return lineSums.values().stream().allMatch(sum -> sum == 0);
    }
}
