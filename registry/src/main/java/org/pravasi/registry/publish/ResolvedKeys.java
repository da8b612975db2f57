package org.pravasi.registry.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.pravasi.ontology.Period;
import org.pravasi.registry.ingest.Column;

/**
 * Every key cell value of a table resolved to its RDF node, column by column.
 *
 * @param columns    the key columns, in table order
 * @param properties the dimension property of each key column
 * @param values     for each key column, cell text → node
 * @param periods    period cell text → period
 */
public record ResolvedKeys(List<Column> columns, List<Node> properties, List<Map<String, Node>> values,
                           Map<String, Period> periods) {
    /** Copies the collections. */
    public ResolvedKeys {
        columns = List.copyOf(columns);
        properties = List.copyOf(properties);
        values = List.copyOf(values);
        periods = Map.copyOf(periods);
    }
}
