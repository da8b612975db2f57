package org.pravasi.registry.publish;

import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.LinkedTables;

/**
 * A table as disclosure control reads it across datasets: what it counts, its dimension properties, each cell's key as
 * published (value IRIs, {@link Cell#TOTAL} for a code list's total) and which cells are withheld.
 *
 * @param dataset the dataset's URI
 * @param measure the measure property (tables of different measures count different things)
 * @param dimensions the dimension properties, in key order
 * @param keys each cell's key
 * @param values each cell's count (ignored for withheld cells)
 * @param withheld the withheld cells, by index
 * @param lines each cell's line in the uploaded file, or 0 for a table read from the store
 */
public record KeyedTable(
        Node dataset,
        Node measure,
        List<Node> dimensions,
        List<List<String>> keys,
        long[] values,
        BitSet withheld,
        long[] lines) {

    /** Copies the collections and arrays. */
    public KeyedTable {
        dimensions = List.copyOf(dimensions);
        keys = List.copyOf(keys);
        withheld = (BitSet) withheld.clone();
        values = values.clone();
        lines = lines.clone();
    }

    /** The dataset's slug, the last segment of its URI, to name it in messages. */
    public String slug() {
        String uri = dataset.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** The table for {@link LinkedTables}, with the published counts only (a withheld cell counts 0). */
    /**
     * This table read as counting {@code other}: the same counts under another measure's name, for a table whose
     * dataset counted that measure once (a relabelled measure counts the same thing as before).
     */
    KeyedTable counting(Node other) {
        return measure.equals(other) ? this : new KeyedTable(dataset, other, dimensions, keys, values, withheld, lines);
    }

    LinkedTables.Table forCheck() {
        List<Cell> cells = new java.util.ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            cells.add(new Cell(keys.get(i), withheld.get(i) ? 0 : values[i]));
        }
        return new LinkedTables.Table(cells, withheld);
    }

    /** A cell's key for people: the last segment of each value. */
    public String label(int cell) {
        return String.join(
                ", ",
                keys.get(cell).stream()
                        .map(v -> v.substring(v.lastIndexOf('/') + 1))
                        .toList());
    }
}
