package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The publishers' tables of each measure as one write transaction sees them, read once per publisher and measure and
 * kept up to date as the transaction writes more datasets. For a caller that checks many tables of one publisher in one
 * transaction (a harvest's group of small datasets), where reading every other table again for each one costs a read
 * per table per table. Valid only inside that one transaction, on its thread, and only if the caller announces each
 * dataset it writes there ({@link #written}): no other writer can commit while the transaction is open.
 *
 * <p>Each dataset gives its current table (or its withdrawn one) and every replaced version that the store's archive
 * holds ({@link SameMeasureTables#withReplaced}): for a harvesting portal, every version of a peer's dataset it served
 * and kept, each one more table of the measure, as publishing reads the archive (docs/disclosure.md, "What a harvesting
 * portal does").
 */
public final class TablesInOneWrite {
    private final StoredTables stored;
    /** By publisher and measure: each dataset's tables (current or withdrawn, then replaced), in the store's order. */
    private final Map<List<Node>, Map<Node, List<KeyedTable>>> kept = new HashMap<>();
    /** The links of tables, with each table's categories read once in the transaction; made when first needed. */
    private TableLinks links;

    /** Tables read through {@code stored}. */
    public TablesInOneWrite(StoredTables stored) {
        this.stored = stored;
    }

    /**
     * {@code org}'s tables of {@code measure} but {@code except}'s, with their replaced versions
     * ({@link SameMeasureTables#withReplaced}).
     */
    List<KeyedTable> read(DatasetGraph dsg, Node org, Node except, Node measure) {
        Map<Node, List<KeyedTable>> tables = kept.computeIfAbsent(List.of(org, measure), k -> {
            Map<Node, List<KeyedTable>> all = new LinkedHashMap<>();
            for (Node ds : SameMeasureTables.datasetsOf(dsg, org)) {
                List<KeyedTable> found = SameMeasureTables.withReplaced(dsg, stored, ds, measure);
                if (!found.isEmpty()) {
                    all.put(ds, found);
                }
            }
            return all;
        });
        List<KeyedTable> out = new ArrayList<>(tables.size());
        tables.forEach((dataset, found) -> {
            if (!dataset.equals(except)) {
                out.addAll(found);
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
            List<KeyedTable> now = SameMeasureTables.publishedBy(dsg, dataset, orgAndMeasure.get(0))
                    ? SameMeasureTables.withReplaced(dsg, stored, dataset, orgAndMeasure.get(1))
                    : List.of();
            if (!now.isEmpty()) {
                tables.put(dataset, now); // in place if it was there, as the store's order keeps it
            } else {
                tables.remove(dataset);
            }
        });
    }
}
