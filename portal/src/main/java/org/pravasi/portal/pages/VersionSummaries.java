package org.pravasi.portal.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.linkeddata.RowLabeller;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.CubeData;
import org.pravasi.registry.catalog.CubeShape;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * Summarises a dataset's current version for its page ({@link VersionSummary}) in one pass over its observations, one
 * at a time: what the page needs of the whole version (which dimensions have a total code, which overlap) comes from
 * the version's shape, read from the indexes first, so no observation is held but the first rows shown. The pass does
 * not depend on the language (it counts by code), so it is made once per version and kept, each page labelling it in
 * its own language; it is forgotten when the store announces a change to the dataset (a harvest may rewrite a peer's
 * version under its URI), and two readers asking for the same one at once share one pass.
 */
final class VersionSummaries {
    /** Versions kept: each is a thousand rows and a few hundred totals. */
    private static final int KEPT = 64;

    private final Store store;
    private final CatalogView catalogue;
    private final Cache<Key, Optional<Tallies>> kept =
            Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();
    /** Changes announced per dataset: a pass made across a change is kept under the old count, so never used. */
    private final Map<String, Long> changes = new ConcurrentHashMap<>();

    private final AtomicLong made = new AtomicLong();

    VersionSummaries(Store store, CatalogView catalogue, ChangeBus bus) {
        this.store = store;
        this.catalogue = catalogue;
        bus.subscribe(event -> changes.merge(event.uri(), 1L, Long::sum));
    }

    /** The summary of {@code datasetUri}'s current version in {@code lang}; empty when it has none. */
    Optional<VersionSummary> current(String datasetUri, String lang) {
        return store.read(() -> catalogue
                .currentVersion(datasetUri)
                .flatMap(v -> kept.get(
                        new Key(v.uri(), changes.getOrDefault(datasetUri, 0L)),
                        k -> store.read(() -> tally(datasetUri))))
                .map(t -> t.labelled(catalogue.labels(lang), lang)));
    }

    /** How many passes were made: a version seen again, in any language, is not read again. */
    long made() {
        return made.get();
    }

    private Optional<Tallies> tally(String datasetUri) {
        Optional<CubeShape> found = catalogue.currentShape(datasetUri);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        made.incrementAndGet();
        CubeShape shape = found.get();
        // Codes only: notations do not depend on the language, labels are given afterwards.
        Labels codes = catalogue.labels("en");
        Cube outline = CubeReader.outline(shape, codes, "en");
        Set<Integer> withTotal = Totals.dimensionsWithTotal(shape, codes);
        Set<Integer> notAdded = Totals.notAdded(outline, withTotal);
        int period = Totals.periodIndex(outline);
        int category = DatasetPage.categoryIndex(outline);
        Totals.Sums sums = new Totals.Sums(period, category, withTotal, notAdded);
        Head head = new Head(ObservationTable.MAX_ROWS);
        RowLabeller rows = new RowLabeller(v -> code(v, codes));
        long count = catalogue.eachRow(shape, r -> {
            sums.add(rows.row(r));
            head.offer(r);
        });
        return Optional.of(
                new Tallies(shape, count, head.rows(), period, category, notAdded, sums.byPeriod(), sums.byCategory()));
    }

    /** A value as a term with its code and no label yet. */
    private static Cube.Term code(Node value, Labels codes) {
        String notation = codes.notation(value);
        return new Cube.Term(value.isURI() ? value.getURI() : "", notation, notation);
    }

    /** One pass over a version, by code: its first rows as stored and its totals keyed by notation. */
    private record Tallies(
            CubeShape shape,
            long observations,
            List<CubeData.Row> head,
            int period,
            int category,
            Set<Integer> notAdded,
            List<Totals.Point> byPeriod,
            List<Totals.Point> byCategory) {

        /** The summary with labels in {@code lang}. */
        VersionSummary labelled(Labels labels, String lang) {
            RowLabeller labeller = new RowLabeller(v -> CubeReader.term(v, labels));
            List<Cube.Row> rows = head.stream().map(labeller::row).toList();
            List<Totals.Point> categories = relabel(byCategory, category, labels);
            categories.sort(Totals.LARGEST_FIRST);
            return new VersionSummary(
                    CubeReader.outline(shape, labels, lang).withRows(rows),
                    observations,
                    period,
                    category,
                    notAdded,
                    relabel(byPeriod, period, labels),
                    categories);
        }

        /** {@code points} of dimension {@code index} labelled by the value each one's code names. */
        private List<Totals.Point> relabel(List<Totals.Point> points, int index, Labels labels) {
            if (points.isEmpty()) {
                return new ArrayList<>();
            }
            Map<String, Node> byCode = new HashMap<>();
            shape.values().get(index).forEach(v -> byCode.putIfAbsent(labels.notation(v), v));
            List<Totals.Point> out = new ArrayList<>(points.size());
            for (Totals.Point p : points) {
                Node value = byCode.get(p.key());
                String label = value == null ? p.label() : labels.label(value);
                out.add(new Totals.Point(p.key(), label, p.sum(), p.suppressed()));
            }
            return out;
        }
    }

    /** The first {@code size} rows by observation number, of rows offered in any order. */
    private static final class Head {
        private final int size;
        /** The rows kept, the latest-numbered first, so the one to drop is at hand. */
        private final PriorityQueue<Numbered> rows =
                new PriorityQueue<>(Comparator.comparingLong(Numbered::number).reversed());

        Head(int size) {
            this.size = size;
        }

        void offer(CubeData.Row row) {
            long number = CatalogView.observationNumber(row.uri());
            if (rows.size() < size) {
                rows.add(new Numbered(number, row));
            } else if (number < rows.peek().number()) {
                rows.poll();
                rows.add(new Numbered(number, row));
            }
        }

        List<CubeData.Row> rows() {
            List<Numbered> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingLong(Numbered::number));
            return sorted.stream().map(Numbered::row).toList();
        }
    }

    private record Numbered(long number, CubeData.Row row) {}

    private record Key(String version, long changes) {}
}
