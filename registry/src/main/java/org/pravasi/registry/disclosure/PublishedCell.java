package org.pravasi.registry.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One cell of a table as published: its key (as in {@link Cell}, {@link Cell#TOTAL} marking a total) and either its
 * count or nothing when the cell is withheld.
 *
 * @param key the dimension values, never empty
 * @param count the published count (never negative), or empty if withheld
 */
public record PublishedCell(List<String> key, OptionalLong count) {

    /** Validates and copies the key. */
    public PublishedCell {
        key = List.copyOf(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(count, "count");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a cell key needs at least one dimension value");
        }
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count.getAsLong());
        }
    }

    /** A published count followed by its dimension values. */
    public static PublishedCell published(long count, String... key) {
        return new PublishedCell(List.of(key), OptionalLong.of(count));
    }

    /** A withheld cell with these dimension values. */
    public static PublishedCell withheld(String... key) {
        return new PublishedCell(List.of(key), OptionalLong.empty());
    }

    /** Whether the count is withheld. */
    public boolean isWithheld() {
        return count.isEmpty();
    }
}
