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

    /**
     * The datasets whose records name {@code org} as publisher, but {@code except}: only those under the organisation's
     * own path ({@code <base>id/dataset/<org>/…} for {@code <base>id/org/<org>}). A statement naming {@code org} as
     * publisher of anything else (another node's graph, another organisation's record) makes nothing its table.
     */
    static List<Node> datasetsOf(DatasetGraph dsg, Node org, Node except) {
        List<Node> datasets = new ArrayList<>();
        Iterator<Quad> published = dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), org);
        published.forEachRemaining(q -> {
            Node s = q.getSubject();
            if (q.getGraph().equals(s) && underPathOf(s, org) && !s.equals(except)) {
                datasets.add(s);
            }
        });
        return datasets;
    }

    /** Whether {@code dataset} is {@code <base>id/dataset/<org>/<slug>} for {@code org}, {@code <base>id/org/<org>}. */
    private static boolean underPathOf(Node dataset, Node org) {
        return dataset.isURI()
                && datasetPath(org)
                        .filter(own -> dataset.getURI().startsWith(own)
                                && dataset.getURI().indexOf('/', own.length()) < 0)
                        .isPresent();
    }

    /** {@code <base>id/dataset/<org>/} for an organisation {@code <base>id/org/<org>}; empty for any other node. */
    private static Optional<String> datasetPath(Node org) {
        if (!org.isURI()) {
            return Optional.empty();
        }
        String uri = org.getURI();
        int at = uri.lastIndexOf("/id/org/");
        if (at < 0 || uri.indexOf('/', at + "/id/org/".length()) >= 0 || uri.length() == at + "/id/org/".length()) {
            return Optional.empty();
        }
        return Optional.of(uri.substring(0, at) + "/id/dataset/" + uri.substring(at + "/id/org/".length()) + "/");
    }

    /**
     * As {@link #read}, with the replaced versions of those datasets read back from the archive
     * ({@link StoredTables#replaced}): a state table replaced by one of a later year still gives the earlier year's
     * state totals to whoever kept it. A measure is read by lineage, not label: a dataset counts every measure any of
     * its versions was published under, and so does {@code except} (the dataset being published); the tables of every
     * dataset whose measures meet {@code except}'s and {@code measure} are read, current and replaced, as tables of
     * {@code measure} ({@link KeyedTable#counting}). Relabelling a table's measure (cases as individuals) would
     * otherwise set it apart from the state table it was checked against. Publishing reads these; a harvest reads the
     * same through {@link TablesInOneWrite}, from the versions of its peers' datasets it kept.
     */
    static List<KeyedTable> readWithReplaced(
            DatasetGraph dsg, StoredTables tables, Node org, Node except, Node measure) {
        // Measures first, tables only for the datasets whose lineage meets this one: an archived version's measure is
        // remembered once read ({@link StoredTables#replacedMeasures}), and its table may be large.
        java.util.Set<Node> lineage = except == null
                ? new java.util.HashSet<>()
                : measures(
                        currentMeasure(dsg, except),
                        tables.replacedMeasures(dsg, except),
                        tables.withdrawn(dsg, except));
        lineage.add(measure);
        List<KeyedTable> out = new ArrayList<>();
        List<KeyedTable> replaced = new ArrayList<>();
        for (Node ds : datasetsOf(dsg, org, except)) {
            Optional<Node> current = currentMeasure(dsg, ds);
            Optional<KeyedTable> withdrawn = tables.withdrawn(dsg, ds);
            if (java.util.Collections.disjoint(
                    measures(current, tables.replacedMeasures(dsg, ds), withdrawn), lineage)) {
                continue;
            }
            current.or(() -> withdrawn.map(KeyedTable::measure))
                    .flatMap(m -> of(dsg, tables, ds, m))
                    .map(t -> t.counting(measure))
                    .ifPresent(out::add);
            tables.replaced(dsg, ds).forEach(t -> replaced.add(t.counting(measure)));
        }
        out.addAll(replaced);
        return out;
    }

    /**
     * The tables of {@code dataset} that {@link #readWithReplaced} gives for {@code measure} with no dataset excepted:
     * its current version (or its withdrawn one), then each replaced one, every one read as a table of {@code measure},
     * if any of its versions counts {@code measure}; call in a transaction. For a harvested dataset the replaced and
     * withdrawn versions are the ones this portal served and kept ({@link VersionArchive#keepHarvested}).
     */
    static List<KeyedTable> withReplaced(DatasetGraph dsg, StoredTables tables, Node dataset, Node measure) {
        Optional<Node> current = currentMeasure(dsg, dataset);
        Optional<KeyedTable> withdrawn = tables.withdrawn(dsg, dataset);
        if (!measures(current, tables.replacedMeasures(dsg, dataset), withdrawn).contains(measure)) {
            return List.of();
        }
        List<KeyedTable> out = new ArrayList<>();
        current.or(() -> withdrawn.map(KeyedTable::measure))
                .flatMap(m -> of(dsg, tables, dataset, m))
                .map(t -> t.counting(measure))
                .ifPresent(out::add);
        tables.replaced(dsg, dataset).forEach(t -> out.add(t.counting(measure)));
        return out;
    }

    /** The datasets of {@code org} ({@link #datasetsOf}); call in a transaction. */
    static List<Node> datasetsOf(DatasetGraph dsg, Node org) {
        return datasetsOf(dsg, org, null);
    }

    /**
     * Every measure the datasets of {@code org} were published under, in any version (current, replaced, withdrawn);
     * call in a transaction.
     */
    static java.util.Set<Node> measuresOf(DatasetGraph dsg, StoredTables tables, Node org) {
        java.util.Set<Node> out = new java.util.HashSet<>();
        for (Node ds : datasetsOf(dsg, org, null)) {
            out.addAll(measures(currentMeasure(dsg, ds), tables.replacedMeasures(dsg, ds), tables.withdrawn(dsg, ds)));
        }
        return out;
    }

    /**
     * Every measure a dataset's versions were published under: its current version's, its replaced ones', its withdrawn
     * one's.
     */
    private static java.util.Set<Node> measures(
            Optional<Node> current, java.util.Set<Node> earlier, Optional<KeyedTable> withdrawn) {
        java.util.Set<Node> out = new java.util.HashSet<>(earlier);
        current.ifPresent(out::add);
        withdrawn.ifPresent(t -> out.add(t.measure()));
        return out;
    }

    /** The measure of {@code dataset}'s current version, if it has one; call in a transaction. */
    private static Optional<Node> currentMeasure(DatasetGraph dsg, Node dataset) {
        return VersionHistory.current(dsg, dataset).flatMap(v -> measureOf(dsg, v));
    }

    private static Optional<Node> measureOf(DatasetGraph dsg, Node version) {
        Iterator<Quad> measures = dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY);
        return measures.hasNext() ? Optional.of(measures.next().getObject()) : Optional.empty();
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
        return underPathOf(dataset, org) && dsg.contains(dataset, dataset, DCTerms.publisher.asNode(), org);
    }

    /**
     * The current version of {@code dataset} as a table of its own measure, if it has one with observations; call in a
     * transaction.
     */
    static Optional<KeyedTable> current(DatasetGraph dsg, StoredTables tables, Node dataset) {
        return VersionHistory.current(dsg, dataset)
                .flatMap(version -> measureOf(dsg, version).map(m -> tables.table(dsg, dataset, version, m)));
    }

    /**
     * A public release of a dataset: {@code number} 0 for its last one ({@link #lastRelease}), else the number of an
     * earlier version that a later one replaced.
     */
    record Release(int number, KeyedTable table) {}

    /**
     * Calls {@code each} with every public release of {@code dataset}: the last one first, then each replaced version
     * from the archive, the newest first, read when its turn comes, so that one archived table is held at a time, not
     * the whole history. A version whose published table is the same as a newer one's is left out (it tells nothing
     * more), told apart by a digest of what it shows ({@link PublishedTable}). Each was public while current, and
     * anyone may have kept it. Call in a transaction.
     */
    static void forEachRelease(
            DatasetGraph dsg, StoredTables tables, Node dataset, java.util.function.Consumer<Release> each) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        lastRelease(dsg, tables, dataset).ifPresent(t -> {
            seen.add(PublishedTable.digest(t));
            each.accept(new Release(0, t));
        });
        tables.replacedVersions(dsg, dataset)
                .descendingMap()
                .forEach((n, version) -> tables.archived(dataset, version).ifPresent(t -> {
                    if (seen.add(PublishedTable.digest(t))) {
                        each.accept(new Release(n, t));
                    }
                }));
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
