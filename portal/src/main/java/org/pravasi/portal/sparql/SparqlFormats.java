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
 * wildcards). No preference, or an Accept header that names nothing offered for the query form, gives the default:
 * SPARQL JSON results for SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE. That is Fuseki's rule
 * ({@code ConNeg.chooseContentType} falls back to its default instead of answering 406): clients such as rdflib's
 * {@code SPARQLStore} send one Accept header, naming result-set types, for every query form, and read the answer by its
 * Content-Type.
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
    /** The same family of syntax for the other query form: JSON and XML. */
    private static final Map<Lang, Lang> COUNTERPARTS = Map.of(
            ResultSetLang.RS_JSON, Lang.JSONLD,
            Lang.JSONLD, ResultSetLang.RS_JSON,
            ResultSetLang.RS_XML, Lang.RDFXML,
            Lang.RDFXML, ResultSetLang.RS_XML);
    /** Media types a client may ask for beyond each language's own. */
    private static final Map<String, List<Lang>> ALIASES = Map.of(
            "application/json", List.of(ResultSetLang.RS_JSON, Lang.JSONLD),
            "application/xml", List.of(ResultSetLang.RS_XML, Lang.RDFXML),
            "text/xml", List.of(ResultSetLang.RS_XML, Lang.RDFXML),
            "text/plain", List.of(Lang.NTRIPLES),
            "application/x-turtle", List.of(Lang.TURTLE));

    private SparqlFormats() {}

    /** The outcome: a language, or why none fits. */
    sealed interface Choice permits Chosen, UnknownFormat {}

    /** Answer in {@code lang}. */
    record Chosen(Lang lang) implements Choice {}

    /** {@code format=} names no format this endpoint knows. */
    record UnknownFormat(String format, List<Lang> offered) implements Choice {}

    /** Chooses among {@code offered} ({@link #RESULTS} or {@link #GRAPHS}). */
    static Choice choose(String format, String accept, List<Lang> offered) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            Lang named = NAMES.get(f);
            if (named == null) {
                named = CANONICAL.keySet().stream()
                        .filter(l -> mediaType(l).equals(f))
                        .findFirst()
                        .orElse(null);
            }
            return named == null ? new UnknownFormat(format, offered) : new Chosen(counterpart(named, offered));
        }
        List<MediaRanges.Range> ranges = MediaRanges.parse(accept);
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
        return new Chosen(offered.getFirst());
    }

    /**
     * {@code lang} if offered; else its counterpart for the other query form, as Fuseki reads {@code format=json} for a
     * graph as JSON-LD and {@code format=xml} as RDF/XML; else the default.
     */
    private static Lang counterpart(Lang lang, List<Lang> offered) {
        if (offered.contains(lang)) {
            return lang;
        }
        Lang other = COUNTERPARTS.get(lang);
        return other != null && offered.contains(other) ? other : offered.getFirst();
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
