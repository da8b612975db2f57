package org.pravasi.registry.publish;

import java.util.List;
import java.util.Set;

/**
 * A public text whose figures are read against the organisation's tables ({@link StatedFiguresCheck}).
 *
 * @param file where it is, for findings: the uploaded file, or "story 'slug'" for one already published
 * @param field the field it is in ("description", "body")
 * @param text the text
 * @param areas the district IRIs it speaks of where a sentence names no place (a story's districts)
 * @param declared the phrases its publisher declared public, with their sources
 * @param fresh whether it is being published now (problems are reported only where a fresh text or table takes part)
 */
public record StatedText(
        String file, String field, String text, Set<String> areas, List<String> declared, boolean fresh) {
    /** Copies the collections. */
    public StatedText {
        text = text == null ? "" : text;
        areas = Set.copyOf(areas);
        declared = List.copyOf(declared);
    }

    /** A text being published now, with no places or declarations of its own. */
    public static StatedText fresh(String file, String field, String text) {
        return new StatedText(file, field, text, Set.of(), List.of(), true);
    }
}
