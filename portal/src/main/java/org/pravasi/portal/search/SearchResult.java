package org.pravasi.portal.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results with facet counts over all matches.
 *
 * @param total how many things match
 * @param page the page number
 * @param size the page size
 * @param hits this page's hits, best (or, without query text, most recent) first
 * @param facets for each facet ({@code type}, {@code org}, {@code theme}, {@code state}, {@code district},
 *     {@code year}): value → count, largest count first
 * @param labels display names of the facet and hit values: {@code org}, {@code theme}, {@code state}, {@code district}
 *     → value → name
 */
public record SearchResult(
        long total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, Map<String, Integer>> facets,
        Map<String, Map<String, String>> labels) {

    /** Copies everything into unmodifiable collections, keeping their order: results are cached and shared. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = frozen(facets);
        labels = frozen(labels);
    }

    private static <V> Map<String, Map<String, V>> frozen(Map<String, Map<String, V>> map) {
        Map<String, Map<String, V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
