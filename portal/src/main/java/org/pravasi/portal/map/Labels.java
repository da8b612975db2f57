package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;

/** Looks up English and Hindi labels of resources (SKOS, FOAF, Dublin Core title or RDFS label), in batches. */
final class Labels {
    /** Resources per query. */
    static final int BATCH = 200;

    private Labels() {}

    /** The labels of {@code uris}; a resource without labels is left out. Call inside a read transaction. */
    static Map<String, LangText> of(DatasetGraph dsg, List<String> uris, long timeoutMs) {
        Map<String, String[]> found = new HashMap<>();
        for (int from = 0; from < uris.size(); from += BATCH) {
            List<String> batch = uris.subList(from, Math.min(uris.size(), from + BATCH));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < batch.size(); i++) {
                values.append(" ?r").append(i).append('x');
            }
            ParameterizedSparqlString pss = Sparql.query("SELECT ?s ?text WHERE { VALUES ?s {" + values
                    + " } ?s skos:prefLabel|foaf:name|dct:title|rdfs:label ?text }");
            for (int i = 0; i < batch.size(); i++) {
                pss.setIri("r" + i + "x", batch.get(i));
            }
            for (QuerySolution row : Sparql.select(dsg, pss, timeoutMs)) {
                Literal l = row.getLiteral("text");
                String[] pair = found.computeIfAbsent(Sparql.uri(row, "s"), k -> new String[3]);
                String lang = l.getLanguage().toLowerCase();
                if (lang.startsWith("hi")) {
                    pair[1] = pair[1] == null ? l.getLexicalForm() : pair[1];
                } else if (pair[0] == null || (pair[2] == null && lang.startsWith("en"))) {
                    // An English label wins over an untagged one; among equals the first found stays.
                    pair[0] = l.getLexicalForm();
                    pair[2] = lang.startsWith("en") ? "en" : null;
                }
            }
        }
        Map<String, LangText> out = new HashMap<>();
        found.forEach((k, v) -> out.put(k, new LangText(v[0], v[1])));
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
