package org.pravasi.portal.pages;

import java.util.Map;

/**
 * The interface texts of one language, falling back to English for a missing key.
 *
 * @param lang the language code ({@code en}, {@code hi})
 * @param texts key → text in this language
 * @param fallback key → English text
 */
public record Texts(String lang, Map<String, String> texts, Map<String, String> fallback) {

    /** The text for {@code key} (the key itself if no language has it). */
    public String t(String key) {
        String s = texts.get(key);
        if (s == null) {
            s = fallback.get(key);
        }
        return s == null ? key : s;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments (not escaped). */
    public String f(String key, Object... args) {
        String s = t(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
