package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.ingest.Row;
import org.pravasi.registry.ingest.Table;

/**
 * Resolved keys that publish every distinct cell text of a column as its own URI and {@code _T} as the column's total:
 * for tests of suppression, which look at keys and counts only, on tables whose codes need not resolve.
 */
final class IdentityKeys {
    private IdentityKeys() {}

    static ResolvedKeys of(Table table) {
        int width = table.descriptor().keyColumns().size();
        List<Map<String, Node>> values = new ArrayList<>();
        List<Node> properties = new ArrayList<>();
        Set<Node> totals = new HashSet<>();
        for (int i = 0; i < width; i++) {
            Map<String, Node> column = new HashMap<>();
            String prefix = "urn:test:column" + i + ":";
            for (Row r : table.rows()) {
                String cell = r.key()[i];
                Node n = column.computeIfAbsent(cell, c -> NodeFactory.createURI(prefix + column.size()));
                if (cell.equals(KeyResolver.TOTAL)) {
                    totals.add(n);
                }
            }
            values.add(column);
            properties.add(NodeFactory.createURI("urn:test:dimension" + properties.size()));
        }
        return new ResolvedKeys(table.descriptor().keyColumns(), properties, values, Map.of(), totals);
    }
}
