package org.pravasi.portal.pages;

import gg.jte.Content;
import java.util.List;

/**
 * A page to put in the layout.
 *
 * @param title the page title (plain text)
 * @param nav the navigation key of the section it belongs to ({@code home}, {@code datasets}, ...), or empty
 * @param head extra markup for {@code <head>} (from a template), e.g. JSON-LD or alternate links
 * @param scripts ES modules under {@code /static/} to load
 * @param body the main content (from a template)
 */
public record PageContent(String title, String nav, Content head, List<String> scripts, Content body) {
    /** Nothing: an empty head. */
    public static final Content NONE = out -> {};

    /** Copies the list. */
    public PageContent {
        scripts = List.copyOf(scripts);
    }

    /** A page with no extra head and no scripts. */
    public static PageContent of(String title, String nav, Content body) {
        return new PageContent(title, nav, NONE, List.of(), body);
    }
}
