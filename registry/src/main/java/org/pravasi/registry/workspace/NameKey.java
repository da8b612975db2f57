package org.pravasi.registry.workspace;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared: Unicode-normalised, Latin diacritics and Devanagari nukta dropped, lower case,
 * with spaces, punctuation and joiners removed ({@code "Kanpur Nagar"}, {@code "kanpur-nagar"} and {@code "KANPUR
 * NAGAR"} compare equal; {@code ज़िला} equals {@code जिला}). Letters of other scripts are kept as they are.
 */
final class NameKey {
    private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]");
    private static final Pattern NUKTA = Pattern.compile("\\u093c");

    private NameKey() {}

    static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = LATIN_MARKS.matcher(s).replaceAll("");
        s = NUKTA.matcher(s).replaceAll("");
        s = NOT_KEY.matcher(s).replaceAll("");
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Whether the text has Devanagari letters. */
    static boolean isDevanagari(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
    }
}
