package org.pravasi.registry.disclosure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Normalises English and Hindi words so word lists match whatever form the publisher typed. */
final class ScriptText {

    private static final String NUKTA = "\u093C";

    private ScriptText() {}

    /**
     * Compatibility-normalises, drops the Devanagari nukta (so फ़ोन and फोन, ज़िले and जिले match), drops apostrophes
     * (father's → fathers) and lower-cases.
     */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replace(NUKTA, "")
                .replace("'", "")
                .replace("\u2019", "")
                .transform(s -> Normalizer.normalize(s, Normalizer.Form.NFC))
                .toLowerCase(Locale.ROOT);
    }

    /** A set of normalised words. */
    static Set<String> words(String... words) {
        return Stream.of(words).map(ScriptText::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
