package org.pravasi.portal.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.pravasi.portal.linkeddata.MediaRanges;

/**
 * Chooses the format of a SPARQL answer: {@code format=} wins, then the {@code Accept} header (with q-values and
 * wildcards); no preference gives SPARQL JSON results for SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE.
 */
final class SparqlFormats {
    /** Result-set formats for SELECT and ASK, the default first. */
    static final List<Lang> RESULTS =
            List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /**
     * Result formats that people open in spreadsheets: their cells get the formula guard ({@link SpreadsheetCells}).
     */
    static final List<Lang> SPREADSHEET = List.of(ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** RDF formats for CONSTRUCT and DESCRIBE, the default first. */
    static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    private static final Map<String, Lang> NAMES = Map.ofEntries(
            Map.entry("json", ResultSetLang.RS_JSON),
            Map.entry("srj", ResultSetLang.RS_JSON),
            Map.entry("xml", ResultSetLang.RS_XML),
            Map.entry("srx", ResultSetLang.RS_XML),
            Map.entry("csv", ResultSetLang.RS_CSV),
            Map.entry("tsv", ResultSetLang.RS_TSV),
            Map.entry("ttl", Lang.TURTLE),
            Map.entry("turtle", Lang.TURTLE),
            Map.entry("jsonld", Lang.JSONLD),
            Map.entry("json-ld", Lang.JSONLD),
            Map.entry("nt", Lang.NTRIPLES),
            Map.entry("ntriples", Lang.NTRIPLES),
            Map.entry("n-triples", Lang.NTRIPLES),
            Map.entry("rdf", Lang.RDFXML),
            Map.entry("rdfxml", Lang.RDFXML),
            Map.entry("rdf-xml", Lang.RDFXML));
    private static final Map<Lang, String> CANONICAL = Map.of(
            ResultSetLang.RS_JSON,
            "json",
            ResultSetLang.RS_XML,
            "xml",
            ResultSetLang.RS_CSV,
            "csv",
            ResultSetLang.RS_TSV,
            "tsv",
            Lang.TURTLE,
            "ttl",
            Lang.JSONLD,
            "jsonld",
            Lang.NTRIPLES,
            "nt",
            Lang.RDFXML,
            "rdf");
    /** Media types a client may ask for beyond each language's own. */
    private static final Map<String, List<Lang>> ALIASES = Map.of(
            "application/json", List.of(ResultSetLang.RS_JSON, Lang.JSONLD),
            "application/xml", List.of(ResultSetLang.RS_XML, Lang.RDFXML),
            "text/xml", List.of(ResultSetLang.RS_XML, Lang.RDFXML),
            "text/plain", List.of(Lang.NTRIPLES),
            "application/x-turtle", List.of(Lang.TURTLE));

    private SparqlFormats() {}

    /** The outcome: a language, or why none fits. */
    sealed interface Choice permits Chosen, UnknownFormat, NotAcceptable {}

    /** Answer in {@code lang}. */
    record Chosen(Lang lang) implements Choice {}

    /** {@code format=} names no format offered for this query form. */
    record UnknownFormat(String format, List<Lang> offered) implements Choice {}

    /** Nothing in the Accept header is offered for this query form. */
    record NotAcceptable(List<Lang> offered) implements Choice {}

    /** Chooses among {@code offered} ({@link #RESULTS} or {@link #GRAPHS}). */
    static Choice choose(String format, String accept, List<Lang> offered) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            Lang named = NAMES.get(f);
            if (named != null && offered.contains(named)) {
                return new Chosen(named);
            }
            return offered.stream()
                    .filter(l -> mediaType(l).equals(f))
                    .findFirst()
                    .<Choice>map(Chosen::new)
                    .orElseGet(() -> new UnknownFormat(format, offered));
        }
        List<MediaRanges.Range> ranges = MediaRanges.parse(accept);
        if (ranges.isEmpty()) {
            return accept == null || accept.isBlank() ? new Chosen(offered.getFirst()) : new NotAcceptable(offered);
        }
        for (MediaRanges.Range r : ranges) {
            Optional<Lang> exact = offered.stream()
                    .filter(l -> l.getContentType().getContentTypeStr().equals(r.type())
                            || ALIASES.getOrDefault(r.type(), List.of()).contains(l))
                    .findFirst();
            if (exact.isPresent()) {
                return new Chosen(exact.get());
            }
            Optional<Lang> wild = offered.stream()
                    .filter(l -> r.wildcard() && r.covers(mediaType(l)))
                    .findFirst();
            if (wild.isPresent()) {
                return new Chosen(wild.get());
            }
        }
        return new NotAcceptable(offered);
    }

    /** The media type of {@code lang}, e.g. {@code application/sparql-results+json}. */
    static String mediaType(Lang lang) {
        return lang.getContentType().getContentTypeStr();
    }

    /** The Content-Type header for {@code lang}: text formats carry {@code charset=utf-8}. */
    static String contentType(Lang lang) {
        String t = mediaType(lang);
        return t.startsWith("text/") || lang.equals(Lang.NTRIPLES) ? t + "; charset=utf-8" : t;
    }

    /** The short names and media types offered, for error messages. */
    static String describe(List<Lang> offered) {
        StringBuilder sb = new StringBuilder();
        for (Lang l : offered) {
            String name = CANONICAL.getOrDefault(l, "");
            sb.append(sb.isEmpty() ? "" : ", ")
                    .append(mediaType(l))
                    .append(" (format=")
                    .append(name)
                    .append(')');
        }
        return sb.toString();
    }
}
