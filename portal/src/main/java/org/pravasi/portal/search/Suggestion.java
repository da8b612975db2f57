package org.pravasi.portal.search;

/**
 * A typeahead suggestion.
 *
 * @param uri the entity URI
 * @param title its title or name in the display language where there is one
 * @param type {@link EntryType#id()}
 */
public record Suggestion(String uri, String title, String type) {}
