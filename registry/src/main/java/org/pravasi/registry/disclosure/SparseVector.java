package org.pravasi.registry.disclosure;

import java.util.Arrays;

/**
 * An immutable sparse vector over the integers modulo {@link ModP#P}: strictly increasing indexes with their non-zero
 * entries.
 */
final class SparseVector {

    private final int[] indexes;
    private final long[] entries;

    SparseVector(int[] indexes, long[] entries) {
        assert indexes.length == entries.length;
        this.indexes = indexes;
        this.entries = entries;
    }

    static SparseVector unit(int index) {
        return new SparseVector(new int[] {index}, new long[] {1});
    }

    int size() {
        return indexes.length;
    }

    boolean isZero() {
        return indexes.length == 0;
    }

    int index(int k) {
        return indexes[k];
    }

    long entry(int k) {
        return entries[k];
    }

    /** The entry at {@code index}, zero where the vector has none. */
    long entryAt(int index) {
        int k = Arrays.binarySearch(indexes, index);
        return k >= 0 ? entries[k] : 0;
    }

    /** Returns {@code factor} times this vector. */
    SparseVector times(long factor) {
        long[] scaled = new long[entries.length];
        for (int k = 0; k < entries.length; k++) {
            scaled[k] = ModP.multiply(entries[k], factor);
        }
        return new SparseVector(indexes, scaled);
    }

    /** Returns this vector minus {@code factor} times {@code other}, dropping cancelled entries. */
    SparseVector minus(long factor, SparseVector other) {
        int[] idx = new int[indexes.length + other.indexes.length];
        long[] val = new long[idx.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < indexes.length || j < other.indexes.length) {
            int a = i < indexes.length ? indexes[i] : Integer.MAX_VALUE;
            int b = j < other.indexes.length ? other.indexes[j] : Integer.MAX_VALUE;
            long v;
            int at;
            if (a < b) {
                at = a;
                v = entries[i++];
            } else if (b < a) {
                at = b;
                v = ModP.subtract(0, ModP.multiply(factor, other.entries[j++]));
            } else {
                at = a;
                v = ModP.subtract(entries[i++], ModP.multiply(factor, other.entries[j++]));
            }
            if (v != 0) {
                idx[n] = at;
                val[n++] = v;
            }
        }
        return new SparseVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }
}
