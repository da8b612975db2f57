package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * The home page's headline figures, one per dataset, each a total by the registry's one rule for totals over parts
 * ({@link CellRollups}): the dataset's total in its latest year; else, when that total is not complete, its total in
 * its latest period; else the largest category of the latest year whose total is published, with a note that the year's
 * total is not. A sum over the published cells of a total with withheld ones is never shown. Kept per language until
 * the node announces a change.
 */
final class Headlines {
    /** Most figures shown on the home page. */
    static final int MAX = 8;
    /**
     * Observations read at most for one dataset's latest year, as the explorer reads at most for one selection: a
     * dataset with more in its latest year has no headline, rather than a page that holds them all.
     */
    static final long MOST_OBSERVATIONS = 200_000;

    /**
     * One headline figure.
     *
     * @param dataset the dataset it comes from
     * @param measure what is counted (e.g. "cases")
     * @param period the label of the year or period it counts
     * @param category the category it is limited to ({@code "violation type: Wage theft"}), or empty for all
     * @param figure the figure, with the explorer's address of its selection
     * @param total the dataset's total in its latest year, when that is not published and another figure is shown
     * @param year the latest year
     * @param citation how to cite the dataset (its licence is shown next to the figure)
     */
    record Headline(
            Summaries.Dataset dataset,
            String measure,
            String period,
            String category,
            DistrictFigures.Fig figure,
            Optional<DistrictFigures.Fig> total,
            String year,
            Citation citation) {}

    private final Store store;
    private final long mostObservations;
    private final CubeReader cubes;
    private final Catalogue catalogue;
    private final int threshold;
    private final Map<String, List<Headline>> cache = new HashMap<>();
    private long generation;

    Headlines(Store store, Catalogue catalogue, ChangeBus bus, int threshold) {
        this(store, catalogue, bus, threshold, MOST_OBSERVATIONS);
    }

    /** Headlines that read at most {@code mostObservations} of a dataset's latest year. */
    Headlines(Store store, Catalogue catalogue, ChangeBus bus, int threshold, long mostObservations) {
        this.mostObservations = mostObservations;
        this.store = store;
        this.cubes = new CubeReader(store, catalogue.view());
        this.catalogue = catalogue;
        this.threshold = threshold;
        bus.subscribe(event -> {
            synchronized (cache) {
                generation++;
                cache.clear();
            }
        });
    }

    /** Up to {@link #MAX} figures: figures from published sources first, then illustrative ones, most recent first. */
    List<Headline> read(String lang) {
        long seen;
        synchronized (cache) {
            List<Headline> hit = cache.get(lang);
            if (hit != null) {
                return hit;
            }
            seen = generation;
        }
        List<Headline> fresh = compute(lang);
        synchronized (cache) {
            if (generation == seen) {
                cache.put(lang, fresh);
            }
        }
        return fresh;
    }

    private List<Headline> compute(String lang) {
        List<Headline> out = new ArrayList<>();
        for (Summaries.Dataset d : catalogue.datasets(lang, x -> true)) {
            Optional<Citation> citation = Citation.read(catalogue.view(), d.uri(), "", lang);
            if (citation.isPresent()) {
                latestYear(d.uri(), lang)
                        .flatMap(c -> headline(d, c, citation.get()))
                        .ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Headline::dataset, Comparator.comparing(Summaries.Dataset::illustrative)));
        return List.copyOf(out.size() > MAX ? out.subList(0, MAX) : out);
    }

    /**
     * The totals of the current version's latest year, read alone (a headline is about that year): empty when the
     * dataset has no periods, or when that year has more than the most observations it reads
     * ({@link #MOST_OBSERVATIONS} but in tests).
     */
    private Optional<CellRollups> latestYear(String datasetUri, String lang) {
        return store.read(() -> cubes.currentShape(datasetUri).flatMap(shape -> {
            Labels labels = catalogue.view().labels(lang);
            List<Node> dims = shape.structure().dimensions();
            int period = dims.indexOf(SDMX.refPeriod.asNode());
            if (period < 0) {
                return Optional.empty();
            }
            Map<String, Node> periods = new TreeMap<>();
            shape.values().get(period).forEach(p -> periods.put(labels.notation(p), p));
            if (periods.isEmpty()) {
                return Optional.empty();
            }
            String year = CellRollups.year(List.copyOf(periods.keySet()).getLast());
            Set<Node> inYear = new HashSet<>();
            periods.forEach((notation, p) -> {
                if (CellRollups.year(notation).equals(year)) {
                    inYear.add(p);
                }
            });
            Set<Integer> withTotal = Totals.dimensionsWithTotal(shape, labels);
            List<Set<Node>> bounds = new ArrayList<>(Collections.nCopies(dims.size(), null));
            bounds.set(period, inYear);
            CubeReader.Slice slice = cubes.slice(shape, lang, bounds, mostObservations);
            return slice.tooLarge()
                    ? Optional.empty()
                    : Optional.of(new CellRollups(slice.cube(), threshold, withTotal, periods.keySet()));
        }));
    }

    /** The headline of one dataset, if it has periods. */
    static Optional<Headline> headline(Summaries.Dataset d, CellRollups c, Citation citation) {
        Cube cube = c.cube();
        List<String> years = c.years();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        String year = years.getLast();
        String measure = cube.measure().label();
        DistrictFigures.Fig total =
                new DistrictFigures.Fig(c.inYear(Map.of(), year), c.explore(d.uri(), Map.of(), year));
        if (published(total)) {
            return Optional.of(new Headline(d, measure, year, "", total, Optional.empty(), year, citation));
        }
        Map<String, String> periods = c.periods();
        String last = List.copyOf(periods.keySet()).getLast();
        if (!last.equals(year)) {
            DistrictFigures.Fig latest =
                    new DistrictFigures.Fig(c.inPeriod(Map.of(), last), c.explore(d.uri(), Map.of(), last));
            if (published(latest) && total.total().rollup().status() == Rollup.Status.INCOMPLETE) {
                return Optional.of(
                        new Headline(d, measure, periods.get(last), "", latest, Optional.empty(), year, citation));
            }
        }
        Optional<Headline> best = Optional.empty();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            if (i == c.period()
                    || CellRollups.AREA_PROPERTIES.contains(
                            cube.dimensions().get(i).uri())) {
                continue;
            }
            int index = i;
            Map<String, String> values = new LinkedHashMap<>();
            cube.rows().stream()
                    .map(r -> r.keys().get(index))
                    .filter(t -> !Totals.TOTAL.equals(t.notation()))
                    .forEach(t -> values.putIfAbsent(t.notation(), t.label()));
            for (Map.Entry<String, String> v : values.entrySet()) {
                Map<Integer, String> fixed = Map.of(i, v.getKey());
                DistrictFigures.Fig f = new DistrictFigures.Fig(c.inYear(fixed, year), c.explore(d.uri(), fixed, year));
                if (published(f) && (best.isEmpty() || value(best.get().figure()) < value(f))) {
                    best = Optional.of(new Headline(
                            d,
                            measure,
                            year,
                            cube.dimensions().get(i).label() + ": " + v.getValue(),
                            f,
                            Optional.of(total),
                            year,
                            citation));
                }
            }
        }
        return Optional.of(best.orElse(new Headline(d, measure, year, "", total, Optional.empty(), year, citation)));
    }

    private static boolean published(DistrictFigures.Fig f) {
        return f.total().rollup().value().isPresent();
    }

    private static long value(DistrictFigures.Fig f) {
        return f.total().rollup().value().orElse(0);
    }
}
