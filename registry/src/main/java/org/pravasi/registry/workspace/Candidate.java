package org.pravasi.registry.workspace;

import java.util.Objects;

/**
 * One identifier a value may stand for.
 *
 * @param id our identifier: an LGD code, a period notation ({@code 2024-Q2}) or a code-list notation
 * @param label what people read, e.g. {@code Aurangabad (Bihar)}
 * @param why what matched, e.g. {@code former name of Gurugram}, {@code Hindi name}, {@code 2 of 3 words in common}
 * @param score for suggestions, how close (0–1, higher first); 1 for exact matches
 */
public record Candidate(String id, String label, String why, double score) {
    /** Checks the parts. */
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(why, "why");
    }
}
