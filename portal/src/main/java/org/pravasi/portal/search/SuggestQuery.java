package org.pravasi.portal.search;

import java.util.Objects;

/**
 * One typeahead request: the text typed so far, how many suggestions, and the language of their titles.
 *
 * @param prefix the text typed so far
 * @param limit most suggestions wanted
 * @param lang language of the titles ({@code en} or {@code hi})
 */
public record SuggestQuery(String prefix, int limit, String lang) {
    /** Checks that the text and language are given. */
    public SuggestQuery {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(lang, "lang");
    }
}
