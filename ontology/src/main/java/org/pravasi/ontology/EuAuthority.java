package org.pravasi.ontology;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * IRIs of the EU Publications Office authority tables that DCAT-AP names as controlled vocabularies: languages
 * ({@value #LANGUAGE}) and file types ({@value #FILE_TYPE}).
 */
public final class EuAuthority {
    /** The language authority table; concepts are ISO 639-3 codes in upper case ({@code ENG}, {@code HIN}). */
    public static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    /** The file-type authority table ({@code CSV}, {@code JSON}, {@code RDF_TURTLE}, ...). */
    public static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    /** The frequency authority table ({@code ANNUAL}, {@code QUARTERLY}, {@code IRREG}, ...). */
    public static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private EuAuthority() {}

    /**
     * The language concept of a BCP 47 tag ({@code en}, {@code hi}, {@code hi-Deva-IN}): the authority table names a
     * language by its three-letter ISO 639 code; empty when the tag names no known language.
     */
    public static Optional<String> language(String bcp47) {
        if (bcp47 == null || bcp47.isBlank()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(bcp47.strip()).build();
            String code = locale.getISO3Language();
            return code.length() == 3 ? Optional.of(LANGUAGE + code.toUpperCase(Locale.ROOT)) : Optional.empty();
        } catch (IllformedLocaleException | MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The file-type concept named {@code code}, e.g. {@code CSV}. */
    public static String fileType(String code) {
        return FILE_TYPE + code;
    }
}
