package org.pravasi.portal.search;

import java.util.List;
import java.util.Objects;
import org.pravasi.registry.catalog.CatalogTexts;

/**
 * A piece of text and its language, which decides the analyser it is indexed with.
 *
 * @param lang ISO 639-1 code ({@code en}, {@code hi}, ...), or empty when unknown (indexed as English)
 * @param value the text
 */
public record Text(String lang, String value) {
    /** Checks the parts. */
    public Text {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(value, "value");
    }

    /** English (or language-neutral) text. */
    public static Text en(String value) {
        return new Text("en", value);
    }

    /** Whether the text is Hindi. */
    public boolean hindi() {
        return "hi".equals(lang);
    }

    /** The texts of the catalogue's read model, in its order. */
    static List<Text> all(List<CatalogTexts.LangText> texts) {
        return texts.stream().map(t -> new Text(t.lang(), t.value())).toList();
    }
}
