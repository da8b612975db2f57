package org.pravasi.portal.pages;

import java.util.List;

/**
 * A page to put in the layout.
 *
 * @param title   the page title (plain text)
 * @param nav     the navigation key of the section it belongs to ({@code home}, {@code datasets}, ...), or empty
 * @param head    extra markup for {@code <head>} (already safe HTML), e.g. JSON-LD or alternate links
 * @param scripts ES modules under {@code /static/} to load
 * @param body    the main content (already safe HTML)
 */
public record PageContent(String title, String nav, String head, List<String> scripts, String body) {
    /** Copies the list. */
    public PageContent {
        scripts = List.copyOf(scripts);
    }

    /** A page with no extra head and no scripts. */
    public static PageContent of(String title, String nav, String body) {
        return new PageContent(title, nav, "", List.of(), body);
    }
}
