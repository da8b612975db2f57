package org.pravasi.registry.catalog;

import java.util.List;
import org.pravasi.registry.disclosure.PublicFigure;

/**
 * A story as its graph states it; its headline, abstract and body are texts in several languages, read through
 * {@link Labels}.
 *
 * @param uri the story URI
 * @param publisher the organisation URI (the story's own URI when it names none)
 * @param published {@code schema:datePublished} as stored (empty when none)
 * @param language {@code schema:inLanguage} (empty when none)
 * @param illustrative whether it is marked as illustrative (demo) content
 * @param districts the districts it is about
 * @param themes its themes
 * @param publicFigures the counts of people it declares already public, each with its source, in the order declared
 */
public record StoryRecord(
        String uri,
        String publisher,
        String published,
        String language,
        boolean illustrative,
        List<String> districts,
        List<String> themes,
        List<PublicFigure> publicFigures) {
    /** Copies the lists. */
    public StoryRecord {
        districts = List.copyOf(districts);
        themes = List.copyOf(themes);
        publicFigures = List.copyOf(publicFigures);
    }
}
