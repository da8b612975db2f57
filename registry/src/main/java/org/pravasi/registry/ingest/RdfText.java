package org.pravasi.registry.ingest;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;

/**
 * Parses an uploaded Turtle or JSON-LD document safely: no remote {@code @context} or any other fetch, no base URI
 * taken from the network, every syntax error reported with its line and column.
 */
public final class RdfText {
    private RdfText() {}

    /** The RDF language of an upload, from its file name or content type; Turtle and JSON-LD only. */
    public static Optional<Lang> language(String fileName, String contentType) {
        String f = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (f.endsWith(".ttl") || t.startsWith("text/turtle")) {
            return Optional.of(Lang.TURTLE);
        }
        if (f.endsWith(".jsonld") || f.endsWith(".json-ld") || t.startsWith("application/ld+json")) {
            return Optional.of(Lang.JSONLD);
        }
        return Optional.empty();
    }

    /** Parses {@code bytes}; the model is present only when the document parsed without errors. */
    public static Parsed<Model> parse(String file, byte[] bytes, Lang lang) {
        List<Finding> findings = new ArrayList<>();
        Model model = ModelFactory.createDefaultModel();
        Context context = new Context();
        JsonLdOptions options = new JsonLdOptions((uri, o) -> {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote documents are not loaded (" + uri + "): put the context inline");
        });
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        try {
            RDFParser.source(new ByteArrayInputStream(bytes))
                    .lang(lang)
                    .base("urn:pravasi:upload:")
                    .context(context)
                    .errorHandler(new Collect(file, findings))
                    .parse(model);
        } catch (RiotException e) {
            if (findings.isEmpty()) {
                findings.add(
                        Finding.error(
                                file,
                                "",
                                "The " + lang.getLabel() + " document cannot be read: " + e.getMessage(),
                                "Check the syntax, e.g. with a validator; JSON-LD contexts must be inline (remote contexts are not fetched)."));
            }
        }
        return findings.stream().anyMatch(Finding::isError) ? Parsed.failed(findings) : Parsed.of(model, findings);
    }

    private record Collect(String file, List<Finding> findings) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            findings.add(Finding.error(
                    file,
                    Math.max(line, 0),
                    "",
                    "",
                    message + (col > 0 ? " (at character " + col + " of the line)." : "."),
                    "Fix the syntax at that position."));
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
