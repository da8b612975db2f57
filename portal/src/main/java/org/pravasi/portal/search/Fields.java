package org.pravasi.portal.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;

/** Names of the index fields and facets, the query weights, and the facet configuration. */
final class Fields {
    static final String URI = "uri";
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ORG = "org";
    static final String THEME = "theme";
    static final String STATE = "state";
    static final String DISTRICT = "district";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    static final String START = "start";
    static final String END = "end";
    static final String MODIFIED = "modified";
    static final String ILLUSTRATIVE = "illustrative";
    /** Stored: the peer node a harvested entry came from (absent for the portal's own). */
    static final String SOURCE = "source";
    /** Stored: the scheme name of a concept ({@code concept_scheme_en}, {@code concept_scheme_hi}). */
    static final String CONCEPT_SCHEME = "concept_scheme";
    /** Stored, one per dataset that uses a concept: URI, explorer path, English and Hindi titles. */
    static final String CONCEPT_USE = "concept_use";

    static final String TITLE_LENGTH = "title_length";
    /** Every title word in every language, folded, without stop words removed: for typeahead. */
    static final String SUGGEST = "suggest";

    static final String TITLE = "title";
    /**
     * Doc values of the title shown in each language ({@code shown_title_en}, {@code shown_title_hi}; the first title
     * in that language), so that typeahead reads ten titles without decompressing whole stored documents.
     */
    static final String SHOWN_TITLE = "shown_title";

    static final String TAGS = "tags";
    static final String BODY = "body";
    /** Suffixes of the analysed variants of each text field. */
    static final String EN = "_en";

    static final String HI = "_hi";
    static final String FOLD = "_fold";

    /** The facets, in the order they appear in results. */
    static final List<String> FACETS = List.of(TYPE, ORG, THEME, STATE, DISTRICT, YEAR);

    /** Query weights: a match in a title counts most, then tags (keywords, names, themes), then body text. */
    static final Map<String, Float> WEIGHTS = Map.of(
            TITLE + EN,
            4f,
            TITLE + HI,
            4f,
            TITLE + FOLD,
            4f,
            TAGS + EN,
            2f,
            TAGS + HI,
            2f,
            TAGS + FOLD,
            2f,
            BODY + EN,
            1f,
            BODY + HI,
            1f,
            BODY + FOLD,
            1f);

    private Fields() {}

    /** The facet configuration: every facet but {@code type} and {@code org} may hold several values. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(THEME, STATE, DISTRICT, YEAR)) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    /** The stored field of {@code base} (title or body) in {@code lang}. */
    static String stored(String base, String lang) {
        return base + ("hi".equals(lang) ? HI : EN);
    }
}
