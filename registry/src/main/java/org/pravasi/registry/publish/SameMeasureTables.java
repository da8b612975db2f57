package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.QB;
import org.pravasi.registry.disclosure.Cell;

/**
 * An organisation's other published tables of one measure, read back from the store as disclosure control sees them:
 * the current version of each of its datasets (the withdrawn version of a withdrawn one, read back from the archive: it
 * was public), with withheld cells marked and total concepts ({@code …/_T}) read as {@link Cell#TOTAL}
 * ({@link StoredTables}).
 */
final class SameMeasureTables {
    private SameMeasureTables() {}

    /** The current tables of {@code org} that count {@code measure}, except {@code except}; call in a transaction. */
    static List<KeyedTable> read(DatasetGraph dsg, StoredTables tables, Node org, Node except, Node measure) {
        List<KeyedTable> out = new ArrayList<>();
        for (Node ds : datasetsOf(dsg, org, except)) {
            of(dsg, tables, ds, measure).ifPresent(out::add);
        }
        return out;
    }

    /** The datasets whose records name {@code org} as publisher, but {@code except}. */
    private static List<Node> datasetsOf(DatasetGraph dsg, Node org, Node except) {
        Iterator<Quad> published = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org);
        List<Node> datasets = new ArrayList<>();
        published.forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && !q.getSubject().equals(except)) {
                datasets.add(q.getSubject());
            }
        });
        return datasets;
    }

    /**
     * As {@link #read}, with the replaced versions of those datasets that count {@code measure} too, read back from the
     * archive ({@link StoredTables#replaced}): a state table replaced by one of a later year still gives the earlier
     * year's state totals to whoever kept it. Publishing reads these; a harvesting portal keeps no archive of its
     * peers.
     */
    static List<KeyedTable> readWithReplaced(
            DatasetGraph dsg, StoredTables tables, Node org, Node except, Node measure) {
        List<KeyedTable> out = new ArrayList<>();
        List<KeyedTable> replaced = new ArrayList<>();
        for (Node ds : datasetsOf(dsg, org, except)) {
            of(dsg, tables, ds, measure).ifPresent(out::add);
            tables.replaced(dsg, ds).stream()
                    .filter(t -> t.measure().equals(measure))
                    .forEach(replaced::add);
        }
        out.addAll(replaced);
        return out;
    }

    /**
     * The table of {@code dataset} that {@link #read} gives for {@code measure}: its current version's, if it counts
     * {@code measure}; with no current version, the withdrawn version's from the archive, if it does; call in a
     * transaction.
     */
    static Optional<KeyedTable> of(DatasetGraph dsg, StoredTables tables, Node dataset, Node measure) {
        Optional<Node> current = VersionHistory.current(dsg, dataset);
        if (current.isPresent()) {
            return current.filter(version -> dsg.contains(version, Node.ANY, QB.measure.asNode(), measure))
                    .map(version -> tables.table(dsg, dataset, version, measure));
        }
        return tables.withdrawn(dsg, dataset).filter(t -> t.measure().equals(measure));
    }

    /** Whether {@code dataset}'s record names {@code org} as its publisher; call in a transaction. */
    static boolean publishedBy(DatasetGraph dsg, Node dataset, Node org) {
        return dsg.contains(dataset, dataset, DCTerms.publisher.asNode(), org);
    }

    /**
     * The current version of {@code dataset} as a table of its own measure, if it has one with observations; call in a
     * transaction.
     */
    static Optional<KeyedTable> current(DatasetGraph dsg, StoredTables tables, Node dataset) {
        return VersionHistory.current(dsg, dataset).flatMap(version -> {
            Iterator<Quad> measures = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
            return measures.hasNext()
                    ? Optional.of(
                            tables.table(dsg, dataset, version, measures.next().getObject()))
                    : Optional.empty();
        });
    }

    /**
     * The last public release of {@code dataset} as a table of its own measure: its current version, or after a
     * withdrawal the withdrawn version, read back from the archive (it was public, and anyone may have kept it); call
     * in a transaction.
     */
    static Optional<KeyedTable> lastRelease(DatasetGraph dsg, StoredTables tables, Node dataset) {
        return VersionHistory.current(dsg, dataset).isPresent()
                ? current(dsg, tables, dataset)
                : tables.withdrawn(dsg, dataset);
    }
}
