package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.catalog.MapSource;

/** English and Hindi labels of resources (SKOS, FOAF, Dublin Core title or RDFS label), as the map shows them. */
final class Labels {
    private Labels() {}

    /** The labels of {@code uris}; a resource without labels is left out. */
    static Map<String, LangText> of(MapSource source, List<String> uris) {
        Map<String, LangText> out = new HashMap<>();
        source.labels(uris).forEach((k, v) -> out.put(k, new LangText(v.main(), v.hindi())));
        return out;
    }

    /** The labels of one resource, or empty labels. */
    static LangText get(Map<String, LangText> labels, String uri) {
        return uri == null ? new LangText(null, null) : labels.getOrDefault(uri, new LangText(null, null));
    }

    /** Distinct non-null URIs, in order. */
    static List<String> distinct(List<String> uris) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(
                uris.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
