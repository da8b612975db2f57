package org.pravasi.registry.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a table of counts: its key (one value per dimension, in the table's fixed column order, {@link #TOTAL}
 * marking a publisher-supplied total over that dimension) and its count.
 *
 * @param key the dimension values, never empty
 * @param value the count, never negative
 */
public record Cell(List<String> key, long value) {

    /** The key value that marks a total over a dimension (the SKOS total concept's notation). */
    public static final String TOTAL = "_T";

    /** Validates and copies the key. */
    public Cell {
        key = List.copyOf(Objects.requireNonNull(key, "key"));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a cell key needs at least one dimension value");
        }
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
    }

    /** Creates a cell from its count followed by its dimension values. */
    public static Cell of(long value, String... key) {
        return new Cell(List.of(key), value);
    }
}
