package org.pravasi.portal.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Display names of facet and hit values, looked up in the index itself: an organisation, theme, district or state
 * document carries the key {@code <facet>:<value>} (e.g. {@code district:201}), so names follow the index. The names
 * are read once per searcher ({@link FacetedSearcher#names}).
 */
final class Labels {
    /** Facets whose values have names. */
    static final List<String> NAMED = List.of(Fields.ORG, Fields.THEME, Fields.STATE, Fields.DISTRICT);

    private final FacetedSearcher searcher;
    private final String lang;

    Labels(FacetedSearcher searcher, String lang) {
        this.searcher = searcher;
        this.lang = lang;
    }

    /** Names of every named facet value and of the values of the hits, by facet. */
    Map<String, Map<String, String>> forResult(Map<String, Map<String, Integer>> facets, List<Hit> hits) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        NAMED.forEach(dim -> out.put(dim, new LinkedHashMap<>()));
        Set<String> keys = new LinkedHashSet<>();
        for (String dim : NAMED) {
            facets.getOrDefault(dim, Map.of()).keySet().forEach(v -> keys.add(dim + ":" + v));
        }
        for (Hit h : hits) {
            if (!h.org().isEmpty()) {
                keys.add(Fields.ORG + ":" + h.org());
            }
            h.themes().forEach(v -> keys.add(Fields.THEME + ":" + v));
            h.states().forEach(v -> keys.add(Fields.STATE + ":" + v));
            h.districts().forEach(v -> keys.add(Fields.DISTRICT + ":" + v));
        }
        if (keys.isEmpty()) {
            return out;
        }
        Map<String, String> names = searcher.names(lang);
        for (String key : keys) {
            String name = names.get(key);
            if (name != null) {
                int colon = key.indexOf(':');
                out.get(key.substring(0, colon)).put(key.substring(colon + 1), name);
            }
        }
        return out;
    }
}
