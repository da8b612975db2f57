package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.disclosure.ShownText;
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

    /** Dataset search reads descriptions of this many characters at least... */
    static final int MIN_DESCRIPTION = 50;

    /** ...and at most this many. */
    static final int MAX_DESCRIPTION = 5000;

    private DatasetJsonLd() {}

    /**
     * The description as dataset search takes it: a short one is completed with the title and publisher, a long one cut
     * at white space to at most {@link #MAX_DESCRIPTION} characters ({@link ShownText#shorten}).
     */
    static String description(String text, String title, String publisher) {
        String d = text == null ? "" : text.strip();
        if (d.length() < MIN_DESCRIPTION) {
            String more = title + ", a dataset published by " + publisher + " on the Pravasi Data Commons.";
            d = d.isEmpty() ? more : d + (d.matches(".*[.!?]") ? " " : ". ") + more;
        }
        return ShownText.shorten(d, MAX_DESCRIPTION);
    }

    /** The JSON-LD document, safe to put as is inside {@code <script type="application/ld+json">}. */
    static String json(DatasetDetail d) {
        Summaries.Dataset s = d.summary();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org/");
        doc.put("@type", "Dataset");
        doc.put("@id", s.uri());
        doc.put("url", s.uri());
        doc.put("identifier", s.uri());
        doc.put("name", s.title());
        doc.put(
                "description",
                description(s.description(), s.title(), s.publisher().label()));
        doc.put("license", d.licence());
        doc.put("isAccessibleForFree", true);
        Map<String, Object> organisation = Map.of(
                "@type",
                "Organization",
                "@id",
                s.publisher().uri(),
                "url",
                s.publisher().uri(),
                "name",
                s.publisher().label());
        doc.put("creator", organisation);
        doc.put("publisher", organisation);
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
        doc.put("variableMeasured", d.data().head().measure().label());
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (String[] dl : DOWNLOADS) {
            distributions.add(Map.of(
                    "@type", "DataDownload", "encodingFormat", dl[1], "contentUrl", s.uri() + "/download." + dl[0]));
        }
        doc.put("distribution", distributions);
        return Html.scriptJson(Json.MAPPER.writeValueAsString(doc));
    }
}
