package org.pravasi.portal.explore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.search.EntryType;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.search.SuggestQuery;
import org.pravasi.portal.search.Suggestion;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.VersionRef;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * Reads what a selection needs through the catalogue's read model, in one read transaction: the current version's
 * labelled cube, the names and states of its areas, the citation; and asks the search index for place names the store
 * does not hold (former names, other spellings). Computed selections are kept, by the current version read, the
 * parameters, the language and the permalink, and all forgotten on every change the store announces (a label or a
 * place's name may change without a new version): a selection asked again costs a lookup, not a read of the cube.
 */
final class ExploreReader {
    /** How many places the search index is asked for when a name matches none of a dataset's areas. */
    private static final int PLACE_SUGGESTIONS = 5;

    /**
     * Cells kept at most, over all kept selections (each weighs one plus its cells): tens of MB. A selection larger
     * than this (a whole large dataset unfiltered) is computed each time.
     */
    static final long KEPT_CELLS = 200_000;

    private final Store store;
    private final CatalogView catalogue;
    private final CubeReader cubes;
    private final SearchIndex index;
    private final Explorer explorer;
    private final Cache<Key, Exploration> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CELLS)
            .weigher((Key k, Exploration e) -> 1 + e.cells().size())
            .executor(Runnable::run)
            .build();
    /** Changes announced so far: a selection computed across a change is not kept, as it may be stale. */
    private final AtomicLong changed = new AtomicLong();

    ExploreReader(Store store, CatalogView catalogue, SearchIndex index, int threshold, ChangeBus changes) {
        this.store = store;
        this.catalogue = catalogue;
        this.cubes = new CubeReader(store, catalogue);
        this.index = index;
        this.explorer = new Explorer(threshold);
        changes.subscribe(e -> {
            changed.incrementAndGet();
            kept.invalidateAll();
        });
    }

    /**
     * The selection {@code params} of {@code datasetUri}'s current version, labelled in {@code lang}, citing
     * {@code permalink}; empty when the dataset has no current version.
     *
     * @throws BadSelection when a parameter cannot be answered
     */
    Optional<Exploration> read(String datasetUri, Map<String, List<String>> params, String lang, String permalink) {
        long before = changed.get();
        return store.read(() -> {
            Optional<VersionRef> version = catalogue.currentVersion(datasetUri);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            Key key = Key.of(version.get().uri(), params, lang, permalink);
            Exploration known = kept.getIfPresent(key);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Exploration> computed = compute(datasetUri, params, lang, permalink);
            if (computed.isPresent() && changed.get() == before) {
                kept.put(key, computed.get());
            }
            return computed;
        });
    }

    /** The selection, computed from the store; inside a read transaction. */
    private Optional<Exploration> compute(
            String datasetUri, Map<String, List<String>> params, String lang, String permalink) {
        Optional<Cube> cube = cubes.current(datasetUri, lang);
        Optional<Citation> citation = Citation.read(catalogue, datasetUri, permalink, lang);
        if (cube.isEmpty() || citation.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AreaInfo> areas = areas(cube.get(), lang);
        return Optional.of(explorer.explore(
                cube.get(), params, areas, q -> places(q, lang), citation.get().title(), citation.get(), lang));
    }

    /** What a kept selection is found by: the version read, the parameters, the language and the permalink. */
    private record Key(String version, Map<String, List<String>> params, String lang, String permalink) {
        static Key of(String version, Map<String, List<String>> params, String lang, String permalink) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Key(version, Map.copyOf(copy), lang, permalink);
        }
    }

    private Map<String, AreaInfo> areas(Cube cube, String lang) {
        Labels here = catalogue.labels(lang);
        Labels en = catalogue.labels("en");
        Labels hi = catalogue.labels("hi");
        Map<String, AreaInfo> out = new LinkedHashMap<>();
        Map<String, String> states = new HashMap<>();
        for (String uri : Explorer.areaUris(cube)) {
            if (uri.isEmpty()) {
                continue;
            }
            Node n = NodeFactory.createURI(uri);
            String state = states.computeIfAbsent(uri, u -> catalogue.stateOf(u).orElse(""));
            List<String> stateNames = state.isEmpty() ? List.of() : names(NodeFactory.createURI(state), here, en, hi);
            out.put(
                    uri,
                    new AreaInfo(
                            uri,
                            code(uri),
                            names(n, here, en, hi),
                            state,
                            state.isEmpty() ? "" : code(state),
                            stateNames));
        }
        return out;
    }

    /** The names of {@code n}: in the page's language first, then English and Hindi, each once. */
    private static List<String> names(Node n, Labels... labels) {
        List<String> out = new ArrayList<>();
        for (Labels l : labels) {
            String name = l.label(n);
            if (!name.isBlank() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String code(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * Districts and states the search index names {@code name} (its other names and spellings too): those whose title
     * is the name, else the one place it suggests when it suggests only one; empty when the index has none.
     */
    private List<String> places(String name, String lang) {
        List<String> exact = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (Suggestion s : index.suggest(new SuggestQuery(name, PLACE_SUGGESTIONS, lang))) {
            if (s.type().equals(EntryType.DISTRICT.id()) || s.type().equals(EntryType.STATE.id())) {
                any.add(s.uri());
                if (AreaMatch.normal(s.title()).equals(AreaMatch.normal(name))) {
                    exact.add(s.uri());
                }
            }
        }
        return !exact.isEmpty() ? exact : any.size() == 1 ? any : List.of();
    }
}
