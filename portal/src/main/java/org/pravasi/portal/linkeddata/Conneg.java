package org.pravasi.portal.linkeddata;

import java.util.Optional;

/** Content negotiation for entity URIs: HTML for browsers, an RDF format by {@code Accept}, or nothing acceptable. */
public final class Conneg {
    /** The outcome: a representation to serve, or none acceptable (406). */
    public sealed interface Choice permits Html, Rdf, NotAcceptable {}

    /** Serve the HTML page. */
    public record Html() implements Choice {}

    /** Serve RDF in {@code format}. */
    public record Rdf(RdfFormat format) implements Choice {}

    /** Nothing the client accepts is available. */
    public record NotAcceptable() implements Choice {}

    private Conneg() {}

    /** Chooses from {@code format=} (which wins) or the Accept header; no header or a wildcard means HTML. */
    public static Choice choose(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            if (formatParam.equalsIgnoreCase("html")) {
                return new Html();
            }
            return RdfFormat.byName(formatParam).<Choice>map(Rdf::new).orElseGet(NotAcceptable::new);
        }
        if (accept == null || accept.isBlank()) {
            return new Html();
        }
        for (MediaRanges.Range r : MediaRanges.parse(accept)) {
            Optional<Choice> c = match(r.type());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return new NotAcceptable();
    }

    private static Optional<Choice> match(String type) {
        if (type.equals("text/html")
                || type.equals("application/xhtml+xml")
                || type.equals("*/*")
                || type.equals("text/*")) {
            return Optional.of(new Html());
        }
        if (type.equals("application/json")) {
            return Optional.of(new Rdf(RdfFormat.JSONLD));
        }
        if (type.equals("application/*")) {
            return Optional.of(new Rdf(RdfFormat.JSONLD));
        }
        for (RdfFormat f : RdfFormat.values()) {
            if (f.answers(type)) {
                return Optional.of(new Rdf(f));
            }
        }
        return Optional.empty();
    }
}
