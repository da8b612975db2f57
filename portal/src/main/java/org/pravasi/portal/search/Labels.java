package org.pravasi.portal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Display names of facet and hit values, looked up in the index itself: an organisation, theme, district or state
 * document carries the key {@code <facet>:<value>} (e.g. {@code district:201}), so names follow the index.
 */
final class Labels {
    /** Facets whose values have names. */
    static final List<String> NAMED = List.of(Fields.ORG, Fields.THEME, Fields.STATE, Fields.DISTRICT);

    private final IndexSearcher searcher;
    private final String lang;

    Labels(IndexSearcher searcher, String lang) {
        this.searcher = searcher;
        this.lang = lang;
    }

    /** Names of every named facet value and of the values of the hits, by facet. */
    Map<String, Map<String, String>> forResult(Map<String, Map<String, Integer>> facets, List<Hit> hits) throws IOException {
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
        List<BytesRef> terms = keys.stream().map(BytesRef::new).toList();
        ScoreDoc[] docs = searcher.search(new TermInSetQuery(Fields.KEY, terms), terms.size() * 2).scoreDocs;
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc);
            String name = HitReader.title(d, lang);
            for (String key : d.getValues(Fields.KEY)) {
                int colon = key.indexOf(':');
                Map<String, String> names = out.get(key.substring(0, colon));
                if (names != null && keys.contains(key)) {
                    names.put(key.substring(colon + 1), name);
                }
            }
        }
        return out;
    }
}
