package org.pravasi.portal.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Chooses the result format of a SPARQL answer from {@code format=} or the {@code Accept} header. */
final class SparqlFormats {
    static final List<Lang> RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    private SparqlFormats() {
    }

    /** The result-set language for SELECT/ASK. */
    static Lang results(String format, String accept) {
        return pick(format, accept, RESULTS).orElse(ResultSetLang.RS_JSON);
    }

    /** The RDF language for CONSTRUCT/DESCRIBE. */
    static Lang graph(String format, String accept) {
        return pick(format, accept, GRAPHS).orElse(Lang.TURTLE);
    }

    private static Optional<Lang> pick(String format, String accept, List<Lang> langs) {
        if (format != null && !format.isBlank()) {
            String f = format.toLowerCase(Locale.ROOT);
            for (Lang l : langs) {
                if (l.getFileExtensions().contains(f) || l.getLabel().equalsIgnoreCase(f) || l.getContentType().getContentTypeStr().equals(f)
                        || shortName(l).equals(f)) {
                    return Optional.of(l);
                }
            }
            Lang byName = RDFLanguages.shortnameToLang(f);
            return langs.contains(byName) ? Optional.of(byName) : Optional.empty();
        }
        if (accept == null) {
            return Optional.empty();
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (Lang l : langs) {
                if (l.getContentType().getContentTypeStr().equals(type) || l.getAltContentTypes().contains(type)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }

    private static String shortName(Lang l) {
        if (l.equals(ResultSetLang.RS_JSON)) {
            return "json";
        }
        if (l.equals(ResultSetLang.RS_XML)) {
            return "xml";
        }
        return l.getFileExtensions().isEmpty() ? l.getLabel().toLowerCase(Locale.ROOT) : l.getFileExtensions().getFirst();
    }
}
