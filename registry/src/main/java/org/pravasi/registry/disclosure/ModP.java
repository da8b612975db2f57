package org.pravasi.registry.disclosure;

/**
 * Arithmetic modulo the Mersenne prime 2^61-1, in which elimination never overflows a long; results are lifted back to
 * small rationals by {@link #toRational} and checked exactly elsewhere.
 */
final class ModP {

    static final long P = (1L << 61) - 1;

    /** Numerators and denominators up to this bound are recovered uniquely: 2·B² is below P. */
    static final long RATIONAL_BOUND = (1L << 30) - 1;

    private ModP() {}

    static long of(long signed) {
        long r = signed % P;
        return r < 0 ? r + P : r;
    }

    static long add(long a, long b) {
        long r = a + b;
        return r >= P ? r - P : r;
    }

    static long subtract(long a, long b) {
        long r = a - b;
        return r < 0 ? r + P : r;
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        // 2^61 = 1 (mod P): fold the 122-bit product into 61-bit halves.
        long r = (low & P) + ((low >>> 61) | (high << 3));
        r = (r & P) + (r >>> 61);
        return r >= P ? r - P : r;
    }

    static long inverse(long a) {
        assert a != 0 : "zero has no inverse";
        long result = 1;
        long base = a;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = multiply(result, base);
            }
            base = multiply(base, base);
        }
        return result;
    }

    /**
     * Returns {numerator, denominator} with denominator positive and both at most {@link #RATIONAL_BOUND}, congruent to
     * {@code a}, or null if there is no such fraction (rational reconstruction by the half extended Euclidean
     * algorithm).
     */
    static long[] toRational(long a) {
        long r0 = P;
        long r1 = a;
        long s0 = 0;
        long s1 = 1;
        while (r1 > RATIONAL_BOUND) {
            long q = r0 / r1;
            long r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            long s2 = s0 - q * s1;
            s0 = s1;
            s1 = s2;
        }
        if (s1 == 0 || Math.abs(s1) > RATIONAL_BOUND || gcd(r1, Math.abs(s1)) != 1) {
            return null;
        }
        return s1 < 0 ? new long[] {-r1, -s1} : new long[] {r1, s1};
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
