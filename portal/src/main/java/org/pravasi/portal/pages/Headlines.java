package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * The home page's headline figures: for each dataset, the sum of its published figures in its latest year. Kept per
 * language until the node announces a change.
 */
final class Headlines {
    /** Most figures shown on the home page. */
    static final int MAX = 8;

    /**
     * One headline figure.
     *
     * @param dataset the dataset it comes from
     * @param measure what is counted (e.g. "Cases")
     * @param year the year summed
     * @param value the sum of the published cells
     * @param suppressed suppressed cells left out of the sum
     * @param citation how to cite the dataset (its licence is shown next to the figure)
     */
    record Headline(
            Summaries.Dataset dataset, String measure, String year, long value, int suppressed, Citation citation) {}

    private final CubeReader cubes;
    private final Catalogue catalogue;
    private final Map<String, List<Headline>> cache = new HashMap<>();
    private long generation;

    Headlines(Store store, Catalogue catalogue, ChangeBus bus) {
        this.cubes = new CubeReader(store, catalogue.view());
        this.catalogue = catalogue;
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
                cubes.current(d.uri(), lang)
                        .flatMap(c -> headline(d, c, citation.get()))
                        .ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Headline::dataset, Comparator.comparing(Summaries.Dataset::illustrative)));
        return List.copyOf(out.size() > MAX ? out.subList(0, MAX) : out);
    }

    /** The latest year's total of {@code cube}, if it has a period dimension and any published figure. */
    static Optional<Headline> headline(Summaries.Dataset d, Cube cube, Citation citation) {
        List<Totals.Point> points = Totals.byPeriod(cube);
        Optional<String> year = points.stream()
                .map(p -> p.key().length() >= 4 ? p.key().substring(0, 4) : p.key())
                .max(Comparator.naturalOrder());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        long sum = 0;
        int suppressed = 0;
        for (Totals.Point p : points) {
            if (p.key().startsWith(year.get())) {
                sum += p.sum();
                suppressed += p.suppressed();
            }
        }
        return Optional.of(new Headline(d, cube.measure().label(), year.get(), sum, suppressed, citation));
    }
}
