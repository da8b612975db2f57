package org.pravasi.portal.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search: text, facet filters, a page and the display language; built with {@link #builder(String)}. Values within
 * one filter are alternatives (OR); different filters all apply (AND).
 *
 * @param text the user's query (empty lists the most recent items); {@code "..."} for phrases
 * @param filters what the hits are restricted to
 * @param page 1-based page number
 * @param size hits per page, 1..{@link #MAX_SIZE}
 * @param lang display language for titles, labels and snippets ({@code en} or {@code hi})
 */
public record SearchQuery(String text, Filters filters, int page, int size, String lang) {
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

    /**
     * The facet filters of a search; an empty filter does not restrict.
     *
     * @param types only these types (all when empty)
     * @param orgs only these organisation slugs
     * @param themes only these theme notations
     * @param states only these LGD state codes
     * @param districts only these LGD district codes
     * @param from only things whose period ends in or after this year
     * @param to only things whose period starts in or before this year
     */
    public record Filters(
            Set<EntryType> types,
            List<String> orgs,
            List<String> themes,
            List<String> states,
            List<String> districts,
            Optional<Integer> from,
            Optional<Integer> to) {
        /** No filter. */
        public static final Filters NONE =
                new Filters(Set.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());

        /** Copies the collections. */
        public Filters {
            types = Set.copyOf(types);
            orgs = List.copyOf(orgs);
            themes = List.copyOf(themes);
            states = List.copyOf(states);
            districts = List.copyOf(districts);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Checks the invariants that parsing guarantees. */
    public SearchQuery {
        text = Objects.requireNonNullElse(text, "").strip();
        Objects.requireNonNull(filters, "filters");
        if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown display language " + lang);
        }
    }

    /** The first page of {@code text}, no filters, in English. */
    public static SearchQuery of(String text) {
        return builder(text).build();
    }

    /** The first page of {@code text}, no filters, shown in {@code lang}. */
    public static SearchQuery of(String text, String lang) {
        return builder(text).lang(lang).build();
    }

    /** A search for {@code text}: the first page, no filters, in English, until told otherwise. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Only these types (all when empty). */
    public Set<EntryType> types() {
        return filters.types();
    }

    /** Only these organisation slugs. */
    public List<String> orgs() {
        return filters.orgs();
    }

    /** Only these theme notations. */
    public List<String> themes() {
        return filters.themes();
    }

    /** Only these LGD state codes. */
    public List<String> states() {
        return filters.states();
    }

    /** Only these LGD district codes. */
    public List<String> districts() {
        return filters.districts();
    }

    /** Only things whose period ends in or after this year. */
    public Optional<Integer> from() {
        return filters.from();
    }

    /** Only things whose period starts in or before this year. */
    public Optional<Integer> to() {
        return filters.to();
    }

    /** Builds a {@link SearchQuery}; {@link #build()} checks it. */
    public static final class Builder {
        private final String text;
        private Set<EntryType> types = Set.of();
        private List<String> orgs = List.of();
        private List<String> themes = List.of();
        private List<String> states = List.of();
        private List<String> districts = List.of();
        private Optional<Integer> from = Optional.empty();
        private Optional<Integer> to = Optional.empty();
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private String lang = "en";

        private Builder(String text) {
            this.text = text;
        }

        /** Only these types. */
        public Builder types(Set<EntryType> value) {
            this.types = value;
            return this;
        }

        /** Only these organisation slugs. */
        public Builder orgs(List<String> value) {
            this.orgs = value;
            return this;
        }

        /** Only these theme notations. */
        public Builder themes(List<String> value) {
            this.themes = value;
            return this;
        }

        /** Only these LGD state codes. */
        public Builder states(List<String> value) {
            this.states = value;
            return this;
        }

        /** Only these LGD district codes. */
        public Builder districts(List<String> value) {
            this.districts = value;
            return this;
        }

        /** Only things whose period meets the years {@code from}..{@code to} (either end open when empty). */
        public Builder years(Optional<Integer> fromYear, Optional<Integer> toYear) {
            this.from = fromYear;
            this.to = toYear;
            return this;
        }

        /** Page {@code number} (1-based) of {@code hits} hits. */
        public Builder page(int number, int hits) {
            this.page = number;
            this.size = hits;
            return this;
        }

        /** The display language. */
        public Builder lang(String value) {
            this.lang = value;
            return this;
        }

        /** The search. */
        public SearchQuery build() {
            Filters filters = new Filters(types, orgs, themes, states, districts, from, to);
            return new SearchQuery(text, filters, page, size, lang);
        }
    }
}
