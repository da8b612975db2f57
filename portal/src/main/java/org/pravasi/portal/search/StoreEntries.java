package org.pravasi.portal.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/** Everything searchable in the store, or one dataset, story or organisation; call inside a read transaction. */
final class StoreEntries {
    private final CatalogTexts texts;
    private final DatasetEntries datasets;
    private final StoryEntries stories;
    private final OrganisationEntries organisations;
    private final PlaceEntries places;
    private final ConceptEntries concepts;

    private final CatalogView catalogue;

    StoreEntries(Store store, CatalogView catalogue) {
        this.catalogue = catalogue;
        this.texts = new CatalogTexts(store);
        References refs = new References(texts);
        this.datasets = new DatasetEntries(texts, refs);
        this.stories = new StoryEntries(texts, refs);
        this.organisations = new OrganisationEntries(texts, refs);
        this.places = new PlaceEntries(texts, refs);
        this.concepts = new ConceptEntries(texts);
    }

    /** Every entry: current datasets, stories, organisations, districts, states and concepts; one per URI. */
    List<IndexEntry> all() {
        Map<String, IndexEntry> out = new LinkedHashMap<>();
        for (DatasetRecord r : catalogue.records()) {
            datasets.read(r.uri()).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        for (String story : texts.stories()) {
            stories.read(story).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        for (String org : texts.organisations()) {
            organisations.read(org).ifPresent(e -> out.putIfAbsent(e.uri(), e));
        }
        places.all().forEach(e -> out.putIfAbsent(e.uri(), e));
        concepts.all().forEach(e -> out.putIfAbsent(e.uri(), e));
        return List.copyOf(out.values());
    }

    /** Every code-list concept, with the datasets that use it now. */
    List<IndexEntry> concepts() {
        return concepts.all();
    }

    /** The dataset, story or organisation {@code uri} as it is now; empty when it is gone or withdrawn. */
    Optional<IndexEntry> one(String uri) {
        return datasets.read(uri).or(() -> stories.read(uri)).or(() -> organisations.read(uri));
    }

    /**
     * The version of every current dataset and story: URI → {@code dct:modified} as an ISO-8601 instant (empty when it
     * has none), compared with {@link SearchIndex#versions} to find what the index misses.
     */
    Map<String, String> versions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DatasetRecord r : catalogue.records()) {
            if (!r.withdrawn()) {
                out.put(r.uri(), version(r.uri()));
            }
        }
        for (String story : texts.stories()) {
            out.put(story, version(story));
        }
        return out;
    }

    /** The URIs of every organisation. */
    List<String> organisations() {
        return texts.organisations();
    }

    private String version(String uri) {
        return texts.modified(uri).map(Instant::toString).orElse("");
    }
}
