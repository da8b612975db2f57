package org.pravasi.registry.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects findings, capping how many of one kind are kept so a broken million-row file gives a readable report. */
public final class Findings {
    /** Most findings kept per (column, problem) before the rest are only counted. */
    public static final int MAX_PER_KIND = 20;
    /** Most findings kept in all. */
    public static final int MAX_TOTAL = 500;

    private final List<Finding> kept = new ArrayList<>();
    private final java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
    private long dropped;
    private boolean anyError;

    /** Adds a finding (or counts it when its kind is over the cap). */
    public void add(Finding f) {
        add(f, f.column() + '\u0000' + f.problem());
    }

    /**
     * Adds a finding of the given kind (or counts it when that kind is over the cap): for findings whose problem names
     * its row, such as personal data in a cell, where each sentence would otherwise be a kind of its own.
     */
    public void add(Finding f, String kind) {
        anyError |= f.isError();
        int n = perKind.merge(kind, 1, Integer::sum);
        if (n > MAX_PER_KIND || kept.size() >= MAX_TOTAL) {
            dropped++;
            return;
        }
        kept.add(f);
    }

    /** Adds every finding. */
    public void addAll(List<Finding> fs) {
        fs.forEach(this::add);
    }

    /** Whether {@link #MAX_TOTAL} findings are kept, so that every further one would only be counted. */
    public boolean full() {
        return kept.size() >= MAX_TOTAL;
    }

    /** Whether any error was added. */
    public boolean hasErrors() {
        return anyError;
    }

    /** The findings kept, in the order found, with a closing note when some were only counted. */
    public List<Finding> list() {
        List<Finding> out = new ArrayList<>(kept);
        if (dropped > 0) {
            out.add(new Finding(
                    anyError ? Finding.Severity.ERROR : Finding.Severity.WARNING,
                    "",
                    0,
                    "",
                    "",
                    dropped + " more findings of the kinds above are not listed.",
                    "Fix the ones listed and upload again to see the rest."));
        }
        return List.copyOf(out);
    }
}
