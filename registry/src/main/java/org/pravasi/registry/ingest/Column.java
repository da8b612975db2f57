package org.pravasi.registry.ingest;

import java.util.Objects;

/**
 * A declared CSV column.
 *
 * @param name the header text
 * @param role what the column holds
 * @param qualifier the area level ({@code district}, {@code state}, {@code country}), the period granularity
 *     ({@code year}, {@code quarter}, {@code month}), the code-list id, or the measure name
 */
public record Column(String name, ColumnRole role, String qualifier) {
    /** Checks the parts. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(qualifier, "qualifier");
    }
}
