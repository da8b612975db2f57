package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pravasi.ontology.Period;
import org.pravasi.registry.ingest.Column;

/**
 * Every key cell value of a table resolved to its RDF node, column by column.
 *
 * @param columns the key columns, in table order
 * @param properties the dimension property of each key column
 * @param values for each key column, cell text → node
 * @param periods period cell text → period
 * @param totals the total concepts ({@code _T}) of the columns' code lists
 */
public record ResolvedKeys(
        List<Column> columns,
        List<Node> properties,
        List<Map<String, Node>> values,
        Map<String, Period> periods,
        Set<Node> totals) {
    /** Copies the collections. */
    public ResolvedKeys {
        columns = List.copyOf(columns);
        properties = List.copyOf(properties);
        values = List.copyOf(values);
        periods = Map.copyOf(periods);
        totals = Set.copyOf(totals);
    }

    /** The nodes a row's key cells are published as. */
    public List<Node> nodes(String[] cells) {
        List<Node> out = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            out.add(values.get(i).get(cells[i]));
        }
        return out;
    }

    /**
     * A row's key as disclosure control must see it: what will be published (each cell's URI), not what was written,
     * with {@link KeyResolver#TOTAL} for a code list's total concept.
     */
    public List<String> publishedKey(String[] cells) {
        List<String> out = new ArrayList<>(cells.length);
        for (Node n : nodes(cells)) {
            out.add(totals.contains(n) ? KeyResolver.TOTAL : n.getURI());
        }
        return out;
    }
}
