package org.pravasi.registry.federation;

import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.pravasi.registry.disclosure.Cell;

/**
 * A harvested version's observations read back as the table of counts its publisher suppressed: one cell per
 * observation, keyed by its dimension values in the structure's order ({@link Cell#TOTAL} for a code list's total
 * concept), withheld observations counted as 0 and marked.
 *
 * @param observations the observation of each cell, by index
 * @param dimensions the structure's dimension properties, in key order
 * @param cells the cells, by index
 * @param withheld the cells whose observation is confidential
 */
record ObservedTable(List<Node> observations, List<Node> dimensions, List<Cell> cells, BitSet withheld) {

    /** Copies the lists and the bit set. */
    ObservedTable {
        observations = List.copyOf(observations);
        dimensions = List.copyOf(dimensions);
        cells = List.copyOf(cells);
        withheld = (BitSet) withheld.clone();
    }

    @Override
    public BitSet withheld() {
        return (BitSet) withheld.clone();
    }

    /** The cell at {@code index} in words, for a refusal: its observation and its dimension values. */
    String describe(int index) {
        StringBuilder s = new StringBuilder("<" + observations.get(index) + "> (");
        List<String> key = cells.get(index).key();
        for (int d = 0; d < dimensions.size(); d++) {
            s.append(d == 0 ? "" : ", ")
                    .append(local(dimensions.get(d)))
                    .append(' ')
                    .append(Cell.TOTAL.equals(key.get(d)) ? "total" : local(key.get(d)));
        }
        return s.append(')').toString();
    }

    private static String local(Node n) {
        return n.isURI() ? n.getLocalName() : n.toString();
    }

    private static String local(String uri) {
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }
}
