package org.pravasi.portal.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations served by content negotiation and downloads. */
public enum RdfFormat {
    /** Turtle. */
    TURTLE("text/turtle", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY, List.of("application/x-turtle")),
    /** JSON-LD 1.1. */
    JSONLD("application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD_PRETTY, List.of()),
    /** RDF/XML. */
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", RDFFormat.RDFXML_PLAIN, List.of()),
    /** N-Triples. */
    NTRIPLES("application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES, List.of("text/plain"));

    private final String mediaType;
    private final String extension;
    private final String label;
    private final RDFFormat jena;
    private final List<String> aliases;

    RdfFormat(String mediaType, String extension, String label, RDFFormat jena, List<String> aliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.jena = jena;
        this.aliases = aliases;
    }

    /** The media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value (with a charset for text types). */
    public String contentType() {
        return mediaType.startsWith("text/") || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** The file extension, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** The format's usual name, e.g. {@code RDF/XML}. */
    public String label() {
        return label;
    }

    /** Jena's writer format. */
    public RDFFormat jena() {
        return jena;
    }

    /**
     * Whether this format answers a media type in an Accept header ({@code text/plain} only on request, not as a
     * wildcard).
     */
    boolean answers(String type) {
        return mediaType.equals(type) || aliases.contains(type);
    }

    /**
     * The format for a {@code format=} value or file extension ({@code ttl}, {@code turtle}, {@code jsonld},
     * {@code rdf}, {@code xml}, {@code nt}).
     */
    public static Optional<RdfFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> Optional.of(TURTLE);
            case "jsonld", "json-ld" -> Optional.of(JSONLD);
            case "rdf", "xml", "rdfxml", "rdf-xml" -> Optional.of(RDFXML);
            case "nt", "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            default -> Optional.empty();
        };
    }
}
