package org.pravasi.registry.ingest;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Checks fields that hold a code rather than prose (problems never quote the value, which may be personal data): a
 * language must be a BCP 47 tag of a known language, a web address an absolute http(s) IRI. A free-text value in such a
 * field ("Sunita Devi 9876543210" as a language) is refused here, and an IRI that Jena would reject (a {@code |} or a
 * space in a {@code sourceUrl}) never reaches the store, where it would later stop the harvest of the whole node.
 */
public final class CodedValues {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /**
     * A language tag of the small form this registry writes and harvests: a two- or three-letter language, then at most
     * a script and a region ({@code en}, {@code bho}, {@code hi-Deva}, {@code hi-IN}, {@code hi-Deva-IN},
     * {@code es-419}). Variants, extensions and private use ({@code en-x-98765-43210}, {@code hi-x-sunita-devi}) are
     * well-formed BCP 47, and Jena accepts them, but they can carry any text.
     */
    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("(?i)[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?");

    private CodedValues() {}

    /**
     * Why {@code tag} is not a language tag of the small form ({@link #LANGUAGE_TAG}: a language, at most a script and
     * a region), or empty if it is one. The reason never quotes the tag, which may itself be personal data.
     */
    public static Optional<String> languageTagProblem(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches()
                ? Optional.empty()
                : Optional.of("the value is not a language with at most a script and a region (such as en, hi or"
                        + " hi-Deva-IN): subtags past them, such as private use (x-…), can carry any text.");
    }

    /**
     * Why {@code tag} is not a BCP 47 language tag of a known language, of the small form {@link #languageTagProblem}
     * accepts, or empty if it is one.
     */
    public static Optional<String> languageProblem(String tag) {
        try {
            String language = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
            // Two letters must be an ISO 639-1 code; three letters (ISO 639-2/3, e.g. bho, mai) are accepted as
            // written.
            if (!(language.length() == 2 && ISO_639_1.contains(language) || language.length() == 3)) {
                return Optional.of("the value is not the code of a known language.");
            }
        } catch (IllformedLocaleException e) {
            return Optional.of("the value is not a BCP 47 language tag.");
        }
        return languageTagProblem(tag);
    }

    /** Why {@code iri} is not an absolute http(s) IRI (Jena requires a host for these), or empty if it is one. */
    public static Optional<String> webIriProblem(String iri) {
        return iriProblem(iri, Set.of("http", "https"));
    }

    /** Why {@code iri} is not an absolute IRI with one of {@code schemes}, or empty if it is one. */
    public static Optional<String> iriProblem(String iri, Set<String> schemes) {
        try {
            IRIx parsed = IRIx.create(iri);
            String scheme = parsed.scheme() == null ? "" : parsed.scheme().toLowerCase(Locale.ROOT);
            if (!parsed.isAbsolute() || !schemes.contains(scheme)) {
                return Optional.of("it is not an absolute "
                        + String.join(" or ", schemes.stream().sorted().toList()) + " address.");
            }
            if (scheme.equals("mailto") && !iri.contains("@")) {
                return Optional.of("it has no e-mail address.");
            }
            return Optional.empty();
        } catch (IRIException e) {
            // Jena's message starts with the IRI, which may hold personal data: keep only the reason.
            String reason = String.valueOf(e.getMessage())
                    .replace("<" + iri + ">", "")
                    .replace(iri, "…")
                    .strip();
            return Optional.of("it is not a valid IRI (" + reason + ").");
        }
    }
}
