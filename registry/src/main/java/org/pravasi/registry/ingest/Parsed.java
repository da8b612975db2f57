package org.pravasi.registry.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading an input: the value when it could be read, and every finding. A value may come with errors when
 * later checks can still say useful things about it; callers refuse when any finding is an error.
 *
 * @param value present when the input could be read
 * @param findings errors and warnings, in the order found
 */
public record Parsed<T>(Optional<T> value, List<Finding> findings) {
    /** Copies the findings. */
    public Parsed {
        findings = List.copyOf(findings);
    }

    /** A successful read, possibly with warnings. */
    public static <T> Parsed<T> of(T value, List<Finding> findings) {
        return new Parsed<>(Optional.of(value), findings);
    }

    /** A failed read. */
    public static <T> Parsed<T> failed(List<Finding> findings) {
        return new Parsed<>(Optional.empty(), findings);
    }
}
