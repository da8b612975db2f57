package org.pravasi.portal.map;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pravasi.registry.catalog.MapSource;
import org.pravasi.registry.catalog.figures.DistrictTallies;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.Json;

/** The {@link MapService} over a TDB2 store: reads in read transactions, results cached until the next change. */
final class StoreMapService implements MapService {
    private static final String INDICATORS = "indicators";
    /** Cache key prefix of one dataset's indicator. */
    private static final String ONE = "one:";

    private final Store store;
    private final int threshold;
    private final MapSource source;
    private final IndicatorReader indicators;
    private final ResultCache<List<Indicator>> indicatorCache = new ResultCache<>(ResultCache.DEFAULT_MAX_ENTRIES);
    private final ResultCache<Indicator> featuredCache = new ResultCache<>(1);
    private final ResultCache<MapResult> results = new ResultCache<>(ResultCache.DEFAULT_MAX_ENTRIES);
    private final ResultCache<String> json = new ResultCache<>(ResultCache.DEFAULT_MAX_ENTRIES);
    private volatile DistrictDirectory directory;

    StoreMapService(Store store, int threshold, long timeoutMs) {
        this.store = store;
        this.threshold = threshold;
        this.source = MapSource.over(store, timeoutMs);
        this.indicators = new IndicatorReader(source);
    }

    @Override
    public List<Indicator> indicators() {
        return indicatorCache.get(INDICATORS, () -> store.read(indicators::read));
    }

    @Override
    public DistrictDirectory geography() {
        DistrictDirectory d = directory;
        if (d == null) {
            d = DistrictDirectory.read(source);
            directory = d;
        }
        return d;
    }

    /**
     * Checks a request. A strict request (the API) that names a dataset reads only that dataset's indicator while the
     * full list is not cached: at 10 million observations in 12 datasets, reading them all took most of the first
     * answer's time.
     */
    @Override
    public Resolution resolve(MapRequest request, boolean lenient) {
        if (!lenient
                && !request.dataset().isEmpty()
                && !indicatorCache.get(INDICATORS).isPresent()) {
            List<Indicator> one = indicatorCache.get(
                    ONE + request.dataset(),
                    () -> store.read(() -> indicators.readOne(request.dataset()))
                            .map(List::of)
                            .orElse(List.of()));
            return Selections.resolve(one, this::featured, request, false);
        }
        return Selections.resolve(indicators(), this::featured, request, lenient);
    }

    /**
     * The indicator the page shows when none is asked for: the one whose default view has figures for the most
     * districts (ties: the first by title). Computing it maps every indicator once per change; those maps are then
     * cached for the visitors who choose them.
     */
    Indicator featured() {
        return featuredCache.get(
                INDICATORS,
                () -> indicators().stream()
                        .max(Comparator.comparingLong((Indicator i) -> map(Selections.defaults(i)).districts().stream()
                                        .filter(d -> d.status() == Status.VALUE)
                                        .count())
                                .thenComparing(Indicator::districts))
                        .orElseThrow());
    }

    @Override
    public MapResult map(Selection selection) {
        return results.get(selection.key(), () -> {
            Indicator i = selection.indicator();
            var year = YearPeriods.find(i, selection.period().notation());
            if (year.isPresent() && i.period(selection.period().notation()).isEmpty()) {
                List<Map<String, Tally>> parts = year.get().parts().stream()
                        .map(part -> i.period(part)
                                .map(p -> source.tallies(query(selection, p.uri())))
                                .orElse(Map.of()))
                        .toList();
                return Figures.rollup(selection, parts, geography(), threshold);
            }
            Map<String, Tally> cells = source.tallies(query(selection));
            return Figures.build(selection, cells, geography(), threshold);
        });
    }

    /** What the registry counts for a selection: every dimension not summed over all its values is a filter. */
    static DistrictTallies.Query query(Selection s) {
        return query(s, s.period().uri());
    }

    /** What the registry counts for a selection in the period {@code periodUri} (a part of the period chosen). */
    static DistrictTallies.Query query(Selection s, String periodUri) {
        List<DistrictTallies.Filter> filters = s.choices().stream()
                .filter(c -> c.mode() != Selection.Mode.ALL)
                .map(c -> new DistrictTallies.Filter(
                        c.dimension().uri(), c.codes().stream().map(Code::uri).collect(Collectors.toSet())))
                .toList();
        Indicator i = s.indicator();
        return new DistrictTallies.Query(i.version(), i.areaUri(), i.measure().uri(), periodUri, filters);
    }

    @Override
    public String mapJson(Selection selection, String lang) {
        return json.get(
                jsonKey(selection, lang),
                () -> Json.MAPPER.writeValueAsString(map(selection).in(lang)));
    }

    @Override
    public boolean cached(Selection selection, String lang) {
        return json.get(jsonKey(selection, lang)).isPresent();
    }

    private static String jsonKey(Selection selection, String lang) {
        return lang + ":" + selection.key();
    }

    /**
     * Forgets cached indicators and figures: called after every committed change. The geography stays: it only changes
     * when a node starts with {@code --geo}, before anything is served.
     */
    void invalidate() {
        indicatorCache.clear();
        featuredCache.clear();
        results.clear();
        json.clear();
    }
}
