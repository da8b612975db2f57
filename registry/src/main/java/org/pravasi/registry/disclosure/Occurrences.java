package org.pravasi.registry.disclosure;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where declared phrases occur in one text, as offsets in the original text: spans in order and apart, so that whether
 * one covers an offset takes one binary search.
 *
 * @param starts where each span starts
 * @param ends where each ends
 */
record Occurrences(int[] starts, int[] ends) {

    /** The union of {@code spans} (each a start and an end, in any order, overlapping or not). */
    static Occurrences union(List<int[]> spans) {
        int[][] sorted = spans.stream()
                .filter(s -> s[0] < s[1])
                .sorted(Comparator.comparingInt(s -> s[0]))
                .toArray(int[][]::new);
        int[] starts = new int[sorted.length];
        int[] ends = new int[sorted.length];
        int n = 0;
        for (int[] s : sorted) {
            if (n > 0 && s[0] <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], s[1]);
            } else {
                starts[n] = s[0];
                ends[n++] = s[1];
            }
        }
        return new Occurrences(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Whether a span covers {@code offset}: only the last one starting at or before it can, as none overlap. */
    boolean cover(int offset) {
        int low = 0;
        int high = starts.length; // the first span starting after offset lies in [low, high]
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && offset < ends[low - 1];
    }
}
