package org.pravasi.portal.explore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.linkeddata.RowLabeller;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.search.EntryType;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.search.SuggestQuery;
import org.pravasi.portal.search.Suggestion;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.CubeData;
import org.pravasi.registry.catalog.CubeShape;
import org.pravasi.registry.catalog.CubeSlice;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.VersionRef;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * Reads what a selection needs through the catalogue's read model, in one read transaction: the current version's shape
 * (structure and each dimension's values, from the indexes; kept per version and language), the names and states of its
 * areas, the citation, and only the observations the selection bounds (the narrowest of its area, period and code
 * ranges, {@link CatalogView#slice}); and asks the search index for place names the store does not hold (former names,
 * other spellings). Computed selections and shapes are kept, by the current version read, the parameters, the language
 * and the permalink, and all forgotten on every change the store announces (a label or a place's name may change
 * without a new version): a selection asked again costs a lookup, a new one a read of its own observations.
 */
final class ExploreReader {
    /** How many places the search index is asked for when a name matches none of a dataset's areas. */
    private static final int PLACE_SUGGESTIONS = 5;

    /**
     * Cells kept at most, over all kept selections (each weighs one plus its cells plus its key's characters over
     * {@link #KEY_CHARS_PER_CELL}): tens of MB. A selection larger than this (a whole large dataset unfiltered) is
     * computed each time.
     */
    static final long KEPT_CELLS = 200_000;
    /**
     * Characters of a selection's key (its parameters and permalink) that weigh as much as one cell: a client can send
     * thousands of distinct long parameter lists that select nothing, which would otherwise weigh one each.
     */
    static final int KEY_CHARS_PER_CELL = 64;

    private final Store store;
    private final CatalogView catalogue;
    private final SearchIndex index;
    private final Explorer explorer;
    private final Cache<Key, Exploration> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CELLS)
            .weigher((Key k, Exploration e) -> weight(k.chars(), e.cells().size()))
            .executor(Runnable::run)
            .build();
    /** Shapes of versions (with their areas), by version and language: small, one per dataset and language read. */
    private final Cache<List<String>, Outline> outlines =
            Caffeine.newBuilder().maximumSize(256).executor(Runnable::run).build();
    /** Changes announced so far: a selection computed across a change is not kept, as it may be stale. */
    private final AtomicLong changed = new AtomicLong();

    ExploreReader(Store store, CatalogView catalogue, SearchIndex index, int threshold, ChangeBus changes) {
        this(store, catalogue, index, new Explorer(threshold), changes);
    }

    /** A reader computing selections with {@code explorer} (its threshold and its most observations per selection). */
    ExploreReader(Store store, CatalogView catalogue, SearchIndex index, Explorer explorer, ChangeBus changes) {
        this.store = store;
        this.catalogue = catalogue;
        this.index = index;
        this.explorer = explorer;
        changes.subscribe(e -> {
            changed.incrementAndGet();
            kept.invalidateAll();
            outlines.invalidateAll();
        });
    }

    /**
     * The selection {@code params} of {@code datasetUri}'s current version, labelled in {@code lang}, citing
     * {@code permalink}; empty when the dataset has no current version.
     *
     * @throws BadSelection when a parameter cannot be answered
     */
    Optional<Exploration> read(String datasetUri, Map<String, List<String>> params, String lang, String permalink) {
        return read(datasetUri, params, lang, permalink, true);
    }

    /**
     * As {@link #read(String, Map, String, String)}; when not {@code strict}, a selection too large to read is answered
     * without figures (its form and filters only) instead of refused.
     */
    Optional<Exploration> read(
            String datasetUri, Map<String, List<String>> params, String lang, String permalink, boolean strict) {
        long before = changed.get();
        return store.read(() -> {
            Optional<VersionRef> version = catalogue.currentVersion(datasetUri);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            Key key = Key.of(version.get().uri(), params, lang, permalink, strict);
            Exploration known = kept.getIfPresent(key);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Exploration> computed =
                    compute(version.get(), datasetUri, params, lang, permalink, strict, before);
            if (computed.isPresent() && changed.get() == before) {
                kept.put(key, computed.get());
            }
            return computed;
        });
    }

    /** The selection, computed from the store; inside a read transaction. */
    private Optional<Exploration> compute(
            VersionRef version,
            String datasetUri,
            Map<String, List<String>> params,
            String lang,
            String permalink,
            boolean strict,
            long before) {
        Optional<Citation> citation = Citation.read(catalogue, datasetUri, permalink, lang);
        if (citation.isEmpty()) {
            return Optional.empty();
        }
        List<String> key = List.of(version.uri(), lang);
        Outline outline = outlines.getIfPresent(key);
        if (outline == null) {
            Optional<CubeShape> raw = catalogue.currentShape(datasetUri);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Labels labels = catalogue.labels(lang);
            Shape shape = Shape.of(raw.get(), labels, lang);
            Map<Node, Cube.Term> terms = new HashMap<>();
            for (List<Node> values : raw.get().values()) {
                values.forEach(n -> terms.put(n, CubeReader.term(n, labels)));
            }
            outline = new Outline(raw.get(), shape, Map.copyOf(terms), labels, areas(shape, lang));
            if (changed.get() == before) {
                outlines.put(key, outline);
            }
        }
        Outline o = outline;
        Shape.Rows rows = bounds -> {
            List<Set<Node>> nodes = new ArrayList<>();
            bounds.forEach(b -> nodes.add(b == null ? null : uris(b)));
            CubeSlice slice = catalogue.slice(o.raw(), nodes, explorer.mostObservations());
            return slice.tooLarge() ? Optional.empty() : Optional.of(o.labelled(slice.rows()));
        };
        return Optional.of(explorer.explore(
                o.shape(),
                rows,
                params,
                o.areas(),
                q -> places(q, lang),
                citation.get().title(),
                citation.get(),
                lang,
                strict));
    }

    /**
     * A version's shape as stored and labelled, its values' terms by node, and what is known of its areas. Kept in a
     * cache and read by several requests at once, so nothing in it changes after it is made.
     */
    private record Outline(
            CubeShape raw, Shape shape, Map<Node, Cube.Term> terms, Labels labels, Map<String, AreaInfo> areas) {
        /** Observations as rows labelled with the shape's terms; a value the shape lacks is labelled for this call. */
        List<Cube.Row> labelled(List<CubeData.Row> rows) {
            RowLabeller labeller = new RowLabeller(n -> {
                Cube.Term known = terms.get(n);
                return known != null ? known : CubeReader.term(n, labels);
            });
            List<Cube.Row> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(labeller.row(r)));
            return out;
        }
    }

    private static Set<Node> uris(Set<String> uris) {
        Set<Node> out = new HashSet<>();
        uris.forEach(u -> out.add(NodeFactory.createURI(u)));
        return out;
    }

    /** What a kept selection is found by: the version read, the parameters, the language, the permalink, strictness. */
    private record Key(
            String version, Map<String, List<String>> params, String lang, String permalink, boolean strict) {
        static Key of(String version, Map<String, List<String>> params, String lang, String permalink, boolean strict) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Key(version, Map.copyOf(copy), lang, permalink, strict);
        }

        /** The characters of the parameters and the permalink. */
        int chars() {
            int n = version.length() + lang.length() + permalink.length();
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                n += e.getKey().length();
                for (String v : e.getValue()) {
                    n += v.length();
                }
            }
            return n;
        }
    }

    /** The weight of a kept selection: one, its cells, and its key's characters in cells. */
    static int weight(int keyChars, int cells) {
        return 1 + cells + keyChars / KEY_CHARS_PER_CELL;
    }

    /** What is known of the version's areas: names in {@code lang}, English and Hindi, and their states. */
    Map<String, AreaInfo> areas(Shape shape, String lang) {
        Labels here = catalogue.labels(lang);
        Labels en = catalogue.labels("en");
        Labels hi = catalogue.labels("hi");
        Map<String, AreaInfo> out = new LinkedHashMap<>();
        Map<String, String> states = new HashMap<>();
        for (String uri : Explorer.areaUris(shape)) {
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
