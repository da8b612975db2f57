package org.pravasi.registry.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A declared CSV column.
 *
 * @param name the header text
 * @param role what the column holds
 * @param qualifier the area level ({@code district}, {@code state}, {@code country}), the period granularity
 *     ({@code year}, {@code quarter}, {@code month}), the code-list id, or the measure name
 * @param categoriesOverlap a dimension's own statement that its categories overlap (or, {@code false}, partition what
 *     is counted), overriding its code list's {@code pv:categoriesOverlap}; empty when the descriptor says nothing
 */
public record Column(String name, ColumnRole role, String qualifier, Optional<Boolean> categoriesOverlap) {
    /** Checks the parts. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(categoriesOverlap, "categoriesOverlap");
    }

    /** A column that leaves overlap to its code list. */
    public Column(String name, ColumnRole role, String qualifier) {
        this(name, role, qualifier, Optional.empty());
    }
}
