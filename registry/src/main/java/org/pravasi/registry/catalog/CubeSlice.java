package org.pravasi.registry.catalog;

import java.util.List;

/**
 * The observations of a selection ({@link CatalogView#slice}), and what reading them cost.
 *
 * @param rows the observations that meet every bound, in observation-number order; empty when too large
 * @param tooLarge whether more observations than allowed would have had to be read (then nothing was read past that)
 * @param indexEntries index entries read to choose and list the observations to read
 * @param quads quads of those observations read
 */
public record CubeSlice(List<CubeData.Row> rows, boolean tooLarge, long indexEntries, long quads) {
    /** Copies the list. */
    public CubeSlice {
        rows = List.copyOf(rows);
    }
}
