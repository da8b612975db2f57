package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The publishers' tables of each measure as one write transaction sees them ({@link SameMeasureTables#read}), read once
 * per publisher and measure and kept up to date as the transaction writes more datasets. For a caller that checks many
 * tables of one publisher in one transaction (a harvest's group of small datasets), where reading every other table
 * again for each one costs a read per table per table. Valid only inside that one transaction, on its thread, and only
 * if the caller announces each dataset it writes there ({@link #written}): no other writer can commit while the
 * transaction is open.
 */
public final class TablesInOneWrite {
    private final StoredTables stored;
    /** By publisher and measure: each dataset's table, in the order {@link SameMeasureTables#read} first gave them. */
    private final Map<List<Node>, Map<Node, KeyedTable>> kept = new HashMap<>();
    /** The links of tables, with each table's categories read once in the transaction; made when first needed. */
    private TableLinks links;

    /** Tables read through {@code stored}. */
    public TablesInOneWrite(StoredTables stored) {
        this.stored = stored;
    }

    /** As {@link SameMeasureTables#read}: {@code org}'s tables of {@code measure} but {@code except}'s. */
    List<KeyedTable> read(DatasetGraph dsg, Node org, Node except, Node measure) {
        Map<Node, KeyedTable> tables = kept.computeIfAbsent(List.of(org, measure), k -> {
            Map<Node, KeyedTable> all = new LinkedHashMap<>();
            SameMeasureTables.read(dsg, stored, org, null, measure).forEach(t -> all.put(t.dataset(), t));
            return all;
        });
        List<KeyedTable> out = new ArrayList<>(tables.size());
        tables.forEach((dataset, table) -> {
            if (!dataset.equals(except)) {
                out.add(table);
            }
        });
        return out;
    }

    /** The tables' links over the geography as this transaction sees it, for every check in it. */
    TableLinks links(DatasetGraph dsg) {
        if (links == null) {
            links = new TableLinks(ValueNesting.read(dsg));
        }
        return links;
    }

    /**
     * Takes in that this transaction wrote {@code dataset} (a new version, or its withdrawal): its table is read again
     * for every publisher and measure kept, where it now belongs or no longer does. Call in the transaction.
     */
    public void written(DatasetGraph dsg, Node dataset) {
        kept.forEach((orgAndMeasure, tables) -> {
            Optional<KeyedTable> now = SameMeasureTables.publishedBy(dsg, dataset, orgAndMeasure.get(0))
                    ? SameMeasureTables.of(dsg, stored, dataset, orgAndMeasure.get(1))
                    : Optional.empty();
            if (now.isPresent()) {
                tables.put(dataset, now.get()); // in place if it was there, as the store's order keeps it
            } else {
                tables.remove(dataset);
            }
        });
    }
}
