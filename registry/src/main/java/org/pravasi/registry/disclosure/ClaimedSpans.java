package org.pravasi.registry.disclosure;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stretches of one text that matches have claimed, none overlapping another: whether a candidate overlaps one is
 * answered in logarithmic time, so a text with hundreds of thousands of matches is screened in linear time (a list
 * searched whole for each candidate made a 16 MiB literal of counts take hours).
 */
final class ClaimedSpans {
    /** Spans of at least one character, end by start: apart, so their ends rise with their starts. */
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();
    /** Empty spans, by offset. */
    private final TreeSet<Integer> points = new TreeSet<>();

    /** Whether {@code [start, end)} overlaps no span claimed, as {@link PersonalDataMatch#overlaps} reads it. */
    boolean free(int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(end - 1);
        if (before != null && before.getKey() < end && start < before.getValue()) {
            return false;
        }
        Integer point = points.higher(start);
        return point == null || point >= end;
    }

    /** Claims {@code [start, end)}, which must be {@link #free}. */
    void claim(int start, int end) {
        if (start < end) {
            spans.put(start, end);
        } else {
            points.add(start);
        }
    }

    /** Claims {@code [start, end)} if it is free; returns whether it was. */
    boolean claimIfFree(int start, int end) {
        boolean free = free(start, end);
        if (free) {
            claim(start, end);
        }
        return free;
    }
}
