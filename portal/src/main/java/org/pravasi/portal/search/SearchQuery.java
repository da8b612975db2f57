package org.pravasi.portal.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search: text, facet filters, a year range, a page and the display language. Values within one filter are
 * alternatives (OR); different filters all apply (AND).
 *
 * @param text      the user's query (empty lists the most recent items); {@code "..."} for phrases
 * @param types     only these types (all when empty)
 * @param orgs      only these organisation slugs
 * @param themes    only these theme notations
 * @param states    only these LGD state codes
 * @param districts only these LGD district codes
 * @param from      only things whose period ends in or after this year
 * @param to        only things whose period starts in or before this year
 * @param page      1-based page number
 * @param size      hits per page, 1..{@link #MAX_SIZE}
 * @param lang      display language for titles, labels and snippets ({@code en} or {@code hi})
 */
public record SearchQuery(String text, Set<EntryType> types, List<String> orgs, List<String> themes,
                          List<String> states, List<String> districts, Optional<Integer> from,
                          Optional<Integer> to, int page, int size, String lang) {
    /** Hits per page unless asked otherwise. */
    public static final int DEFAULT_SIZE = 10;
    /** Largest page. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach (page × size), so that deep paging cannot exhaust memory. */
    public static final int MAX_WINDOW = 10_000;
    /** Longest query text accepted. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** The display languages. */
    public static final List<String> LANGUAGES = List.of("en", "hi");

    /** Copies the collections and checks the invariants that parsing guarantees. */
    public SearchQuery {
        text = Objects.requireNonNullElse(text, "").strip();
        types = Set.copyOf(types);
        orgs = List.copyOf(orgs);
        themes = List.copyOf(themes);
        states = List.copyOf(states);
        districts = List.copyOf(districts);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown display language " + lang);
        }
    }

    /** The first page of {@code text}, no filters, in English. */
    public static SearchQuery of(String text) {
        return of(text, "en");
    }

    /** The first page of {@code text}, no filters, shown in {@code lang}. */
    public static SearchQuery of(String text, String lang) {
        return new SearchQuery(text, Set.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), 1, DEFAULT_SIZE, lang);
    }
}
