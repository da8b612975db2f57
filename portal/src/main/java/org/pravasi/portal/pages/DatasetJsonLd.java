package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.web.Json;

/** The schema.org Dataset description embedded in a dataset page, for search engines and dataset search. */
final class DatasetJsonLd {
    private static final String[][] DOWNLOADS = {
        {"csv", "text/csv"},
        {"json", "application/json"},
        {"ttl", "text/turtle"},
        {"jsonld", "application/ld+json"},
        {"nt", "application/n-triples"}
    };

    private DatasetJsonLd() {}

    /** The JSON-LD document, safe to put as is inside {@code <script type="application/ld+json">}. */
    static String json(DatasetDetail d) {
        Summaries.Dataset s = d.summary();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org/");
        doc.put("@type", "Dataset");
        doc.put("@id", s.uri());
        doc.put("url", s.uri());
        doc.put("name", s.title());
        doc.put("description", s.description());
        doc.put("license", d.licence());
        doc.put("isAccessibleForFree", true);
        doc.put(
                "creator",
                Map.of(
                        "@type",
                        "Organization",
                        "@id",
                        s.publisher().uri(),
                        "name",
                        s.publisher().label()));
        doc.put(
                "publisher",
                Map.of(
                        "@type",
                        "Organization",
                        "@id",
                        s.publisher().uri(),
                        "name",
                        s.publisher().label()));
        doc.put("keywords", d.keywords());
        doc.put("dateModified", s.modified());
        if (!d.issued().isEmpty()) {
            doc.put("datePublished", d.issued());
        }
        if (!d.temporal()[0].isEmpty()) {
            doc.put("temporalCoverage", d.temporal()[0] + "/" + d.temporal()[1]);
        }
        if (!d.areas().isEmpty()) {
            doc.put(
                    "spatialCoverage",
                    d.areas().stream()
                            .map(a -> Map.of("@type", "Place", "@id", a.uri(), "name", a.label()))
                            .toList());
        }
        d.versions().stream()
                .filter(DatasetDetail.Version::current)
                .findFirst()
                .ifPresent(v -> doc.put("version", Integer.toString(v.number())));
        if (!s.source().isEmpty()) {
            doc.put("citation", s.source());
        }
        doc.put("variableMeasured", d.cube().measure().label());
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (String[] dl : DOWNLOADS) {
            distributions.add(Map.of(
                    "@type", "DataDownload", "encodingFormat", dl[1], "contentUrl", s.uri() + "/download." + dl[0]));
        }
        doc.put("distribution", distributions);
        return Html.scriptJson(Json.MAPPER.writeValueAsString(doc));
    }
}
