package org.pravasi.registry.workspace;

import com.ibm.icu.text.Transliterator;

/**
 * Devanagari to plain Latin letters (ICU's {@code Devanagari-Latin; Latin-ASCII}), so that a Hindi name can be compared
 * with English names for suggestions: {@code कटिहार} gives {@code katihara}. The result keeps the inherent vowel that
 * Hindi drops at the end of words, so it never resolves a value by itself.
 */
final class Transliteration {
    private static final Transliterator DEVANAGARI_TO_ASCII =
            Transliterator.getInstance("Devanagari-Latin; Latin-ASCII");

    private Transliteration() {}

    /** The text in Latin letters; text without Devanagari is returned as it is. */
    static String toLatin(String text) {
        if (!NameKey.isDevanagari(text)) {
            return text;
        }
        synchronized (DEVANAGARI_TO_ASCII) {
            return DEVANAGARI_TO_ASCII.transliterate(text);
        }
    }

    /** The Latin text, also without a final {@code a} on each word (the schwa Hindi does not say). */
    static String toLatinWithoutFinalSchwa(String text) {
        return toLatin(text).replaceAll("(?<=[^aeiou\\s])a\\b", "");
    }
}
