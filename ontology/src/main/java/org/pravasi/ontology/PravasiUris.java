package org.pravasi.ontology;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makers for the URIs under the fixed vocabulary base {@value #BASE}, as listed in docs/data-model.md.
 *
 * <p>Every node mints vocabulary, code-list, district, state, country and period URIs here, so that data from different
 * nodes joins on the same URIs. Arguments are checked: a notation or code must be one URI path segment of letters,
 * digits, {@code _}, {@code .} and {@code -}.
 */
public final class PravasiUris {
    /** The fixed base of the vocabulary and of reference data. */
    public static final String BASE = "https://w3id.org/pravasi/";
    /** The base of concept schemes and concepts. */
    public static final String CODE_BASE = BASE + "code/";
    /** The named graph holding the vocabulary. */
    public static final String VOCABULARY_GRAPH = BASE + "graph/vocabulary";
    /** The named graph holding the SKOS code lists. */
    public static final String CODES_GRAPH = BASE + "graph/codes";
    /** The named graph holding districts and states. */
    public static final String GEO_GRAPH = BASE + "graph/geo";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern LGD = Pattern.compile("[0-9]{1,6}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private PravasiUris() {}

    /** The URI of the concept scheme {@code id}, e.g. {@code https://w3id.org/pravasi/code/violation-type}. */
    public static String scheme(String id) {
        return CODE_BASE + segment("scheme id", id);
    }

    /** The URI of the concept with {@code notation} in scheme {@code scheme}. */
    public static String concept(String scheme, String notation) {
        return scheme(scheme) + "/" + segment("notation", notation);
    }

    /** The URI of the district with LGD district code {@code lgd}. */
    public static String district(String lgd) {
        return BASE + "id/district/" + match("LGD district code", lgd, LGD, "digits, as in 201");
    }

    /** The URI of the state or union territory with LGD state code {@code lgd}. */
    public static String state(String lgd) {
        return BASE + "id/state/" + match("LGD state code", lgd, LGD, "digits, as in 10");
    }

    /** The URI of the country with ISO 3166-1 alpha-3 code {@code iso3}, a concept of the {@code country} scheme. */
    public static String country(String iso3) {
        return concept("country", match("ISO 3166-1 alpha-3 code", iso3, ISO3, "three capital letters, as in NPL"));
    }

    /** The URI of a period; {@code notation} must be well formed (see {@link Period#parse(String, Granularity)}). */
    public static String period(String notation) {
        return BASE + "id/period/" + segment("period", notation);
    }

    /** The scheme id of a scheme URI under {@link #CODE_BASE}, or {@code null} if {@code uri} is not one. */
    public static String schemeId(String uri) {
        if (uri == null || !uri.startsWith(CODE_BASE)) {
            return null;
        }
        String id = uri.substring(CODE_BASE.length());
        return SEGMENT.matcher(id).matches() ? id : null;
    }

    private static String segment(String what, String value) {
        return match(what, value, SEGMENT, "letters, digits, '_', '.' or '-' only");
    }

    private static String match(String what, String value, Pattern pattern, String expected) {
        Objects.requireNonNull(value, what);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("\"" + value + "\" is not a valid " + what + ": expected " + expected);
        }
        return value;
    }
}
