package org.pravasi.registry.disclosure;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Confirms in exact integer arithmetic that a circuit found modulo {@link ModP#P} really keeps
 * every line total unchanged, so that a cell is only ever declared protected on exact evidence.
 */
final class ExactCircuitCheck {

    private ExactCircuitCheck() {
    }

    /**
     * Whether {@code circuit}, lifted to rationals, is a non-zero vector x with A·x = 0 for the line
     * equations A; false if it cannot be lifted or does not check out.
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
        int dims = lines.table().dimensions();
        for (int k = 0; k < size; k++) {
            int cell = circuit.index(k);
            BigInteger x = BigInteger.valueOf(numerators[k])
                    .multiply(common.divide(BigInteger.valueOf(denominators[k])));
            for (int d = 0; d < dims; d++) {
                int line = lines.line(cell, d);
                if (lines.isEquation(line)) {
                    BigInteger term = lines.coefficient(cell, d) > 0 ? x : x.negate();
                    lineSums.merge(line, term, BigInteger::add);
                }
            }
        }
        return lineSums.values().stream().allMatch(sum -> sum.signum() == 0);
    }
}
