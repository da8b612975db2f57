package org.pravasi.portal.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.portal.pages.Messages;

/**
 * The map's interface texts in one language, from {@code i18n/map_<lang>.properties} (UTF-8, keys {@code map.*}, same
 * format as the portal's message files so they can be merged), falling back to English for a missing key.
 *
 * @param lang {@code en} or {@code hi}
 * @param texts key → text in this language
 * @param fallback key → English text
 */
record MapTexts(String lang, Map<String, String> texts, Map<String, String> fallback) {
    /** The languages, the first the default. */
    static final List<String> LANGUAGES = List.of("en", "hi");

    private static final Map<String, MapTexts> ALL = loadAll();

    /** The texts of {@code lang} (English for an unknown one). */
    static MapTexts of(String lang) {
        return ALL.getOrDefault(lang, ALL.get("en"));
    }

    private static Map<String, MapTexts> loadAll() {
        Map<String, String> en = read("en");
        Map<String, MapTexts> all = new HashMap<>();
        LANGUAGES.forEach(l -> all.put(l, new MapTexts(l, l.equals("en") ? en : read(l), en)));
        return Map.copyOf(all);
    }

    /** The text for {@code key} (the key itself if no language has it). */
    String t(String key) {
        String s = texts.get(key);
        if (s == null) {
            s = fallback.get(key);
        }
        return s == null ? key : s;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments (not escaped). */
    String f(String key, Object... args) {
        String s = t(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** A data label in this language, else in the other, else {@code fallback}. */
    String label(LangText text, String fallback) {
        if (lang.equals("hi") && text.hi() != null && !text.hi().isBlank()) {
            return text.hi();
        }
        return text.best(fallback);
    }

    /** The raw key → text map of one language (also for the test that every language has every key). */
    static Map<String, String> read(String lang) {
        return Messages.bundle("map", lang);
    }
}
