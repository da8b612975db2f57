package org.pravasi.portal.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The interface texts in every language, read once from {@code i18n/messages_<lang>.properties} (UTF-8). */
public final class Messages {
    /** The interface languages; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "hi");

    private final Map<String, Texts> texts;

    private Messages(Map<String, Texts> texts) {
        this.texts = texts;
    }

    /** Reads the message files from the classpath. */
    public static Messages load() {
        Map<String, String> en = read("en");
        Map<String, Texts> all = new HashMap<>();
        for (String lang : LANGUAGES) {
            all.put(lang, new Texts(lang, lang.equals("en") ? en : read(lang), en));
        }
        return new Messages(Map.copyOf(all));
    }

    /** The texts of {@code lang} (English for an unknown language). */
    public Texts in(String lang) {
        return texts.getOrDefault(lang, texts.get("en"));
    }

    /** The raw key → text map of one language, for checks that every language has every key. */
    static Map<String, String> read(String lang) {
        return bundle("messages", lang);
    }

    /**
     * The key → text map of {@code i18n/<name>_<lang>.properties} (UTF-8) on the classpath; fails when it is missing.
     */
    public static Map<String, String> bundle(String name, String lang) {
        String file = "i18n/" + name + "_" + lang + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file + " on the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new HashMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
