package org.pravasi.registry.story;

import java.time.LocalDate;
import java.util.List;
import org.pravasi.registry.disclosure.PublicFigure;

/**
 * A best-practice story: front matter and a Markdown body.
 *
 * @param slug from the file name
 * @param title headline
 * @param language ISO 639-1 code of the text
 * @param date publication date
 * @param districts LGD codes of the districts it is about
 * @param themes theme notations
 * @param summary one sentence for listings
 * @param illustrative whether it is a demo story
 * @param body Markdown text
 * @param publicFigures counts of people the publisher declares already public, with their sources
 */
public record Story(
        String slug,
        String title,
        String language,
        LocalDate date,
        List<String> districts,
        List<String> themes,
        String summary,
        boolean illustrative,
        String body,
        List<PublicFigure> publicFigures) {
    /** Copies the lists. */
    public Story {
        districts = List.copyOf(districts);
        themes = List.copyOf(themes);
        publicFigures = List.copyOf(publicFigures);
    }
}
