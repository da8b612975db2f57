package org.pravasi.portal.linkeddata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pravasi.ontology.PravasiUris;

/**
 * Maps request paths to entity URIs and back. Reference things (the vocabulary {@code /def}, code lists
 * {@code /code/...}, districts, states and periods) live under the fixed vocabulary base; a node's own things
 * (organisations, datasets, stories, activities, its catalogue) under its instance base.
 *
 * @param instanceBase the node's base URI, ending with '/'
 */
public record UriSpace(String instanceBase) {
    /** The fixed vocabulary base. */
    public static final String VOCABULARY_BASE = PravasiUris.BASE;

    private static final List<String> REFERENCE = List.of("def", "code/", "id/district/", "id/state/", "id/period/");
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_.\\-/]*");

    /** Checks the base. */
    public UriSpace {
        Objects.requireNonNull(instanceBase, "instanceBase");
        if (!instanceBase.endsWith("/")) {
            throw new IllegalArgumentException("base URI must end with '/': " + instanceBase);
        }
    }

    /**
     * The entity URI a request path names, if the path is in the URI space ({@code /id/...}, {@code /def},
     * {@code /code/...}).
     */
    public Optional<String> uriOf(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("//") || path.contains("..")) {
            return Optional.empty();
        }
        String rel = path.substring(1);
        if (isReference(rel)) {
            return Optional.of(VOCABULARY_BASE + rel);
        }
        if (rel.startsWith("id/")) {
            return Optional.of(instanceBase + rel);
        }
        return Optional.empty();
    }

    /** The local path serving {@code uri}, if the URI is in this node's URI space. */
    public Optional<String> pathOf(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        if (uri.startsWith(VOCABULARY_BASE) && isReference(uri.substring(VOCABULARY_BASE.length()))) {
            return Optional.of("/" + uri.substring(VOCABULARY_BASE.length()));
        }
        if (uri.startsWith(instanceBase) && uri.startsWith("id/", instanceBase.length())) {
            return Optional.of("/" + uri.substring(instanceBase.length()));
        }
        return Optional.empty();
    }

    /** A link to {@code uri}: its local path when served here, else the URI itself. */
    public String href(String uri) {
        return pathOf(uri).orElse(uri);
    }

    private static boolean isReference(String rel) {
        if (rel.equals("def") || rel.startsWith("def#")) {
            return true;
        }
        return REFERENCE.stream().filter(p -> p.endsWith("/")).anyMatch(rel::startsWith);
    }
}
