package org.pravasi.portal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable thing, as read from the store: what is shown, what is matched and what is faceted on.
 *
 * @param uri the entity URI (the index key: one document per URI)
 * @param type what it is
 * @param titles its names or titles, by language (the first in each language is shown)
 * @param body longer text: description, summary, body, definition
 * @param tags short matched text: keywords, alternative names, theme labels, place and organisation names
 * @param keys lookup keys for labels, e.g. {@code org:mrc-alliance}, {@code theme:wages}, {@code district:201}
 * @param org the organisation slug (publisher; an organisation's own slug), or empty
 * @param themes theme notations
 * @param districts LGD district codes it covers or is about
 * @param states LGD state codes it covers or is about
 * @param period the period covered (datasets) or the date (stories)
 * @param languages languages of its text
 * @param modified last change, when known
 * @param illustrative whether it is demo data
 * @param source the peer node it was harvested from, or empty for this portal's own
 * @param concept what a code-list concept is and the datasets that use it; empty for everything else
 */
public record IndexEntry(
        String uri,
        EntryType type,
        List<Text> titles,
        List<Text> body,
        List<Text> tags,
        List<String> keys,
        String org,
        List<String> themes,
        List<String> districts,
        List<String> states,
        Optional<DateRange> period,
        List<String> languages,
        Optional<Instant> modified,
        boolean illustrative,
        String source,
        Optional<ConceptUses> concept) {

    /** Copies the lists and checks the parts. */
    public IndexEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(type, "type");
        titles = List.copyOf(new LinkedHashSet<>(titles));
        body = List.copyOf(body);
        tags = List.copyOf(new LinkedHashSet<>(tags));
        keys = distinct(keys);
        org = Objects.requireNonNullElse(org, "");
        themes = distinct(themes);
        districts = distinct(districts);
        states = distinct(states);
        Objects.requireNonNull(period, "period");
        languages = distinct(languages);
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(concept, "concept");
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("an index entry needs a title: " + uri);
        }
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /** Starts an entry. */
    public static Builder builder(String uri, EntryType type) {
        return new Builder(uri, type);
    }

    /** Collects the parts of an entry; lists grow with each call. */
    public static final class Builder {
        private final String uri;
        private final EntryType type;
        private final List<Text> titles = new ArrayList<>();
        private final List<Text> body = new ArrayList<>();
        private final List<Text> tags = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> districts = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private String org = "";
        private Optional<DateRange> period = Optional.empty();
        private Optional<Instant> modified = Optional.empty();
        private boolean illustrative;
        private String source = "";
        private Optional<ConceptUses> concept = Optional.empty();

        private Builder(String uri, EntryType type) {
            this.uri = uri;
            this.type = type;
        }

        /** Adds a title. */
        public Builder title(Text t) {
            titles.add(t);
            return this;
        }

        /** Adds body text. */
        public Builder body(Text t) {
            body.add(t);
            return this;
        }

        /** Adds a tag. */
        public Builder tag(Text t) {
            tags.add(t);
            return this;
        }

        /** Adds a label key. */
        public Builder key(String k) {
            keys.add(k);
            return this;
        }

        /** Sets the organisation slug. */
        public Builder org(String slug) {
            org = slug;
            return this;
        }

        /** Adds a theme notation. */
        public Builder theme(String notation) {
            themes.add(notation);
            return this;
        }

        /** Adds a district LGD code. */
        public Builder district(String lgd) {
            districts.add(lgd);
            return this;
        }

        /** Adds a state LGD code. */
        public Builder state(String lgd) {
            states.add(lgd);
            return this;
        }

        /** Adds a language. */
        public Builder language(String lang) {
            languages.add(lang);
            return this;
        }

        /** Sets the period. */
        public Builder period(DateRange p) {
            period = Optional.of(p);
            return this;
        }

        /** Sets the last change. */
        public Builder modified(Instant t) {
            modified = Optional.of(t);
            return this;
        }

        /** Sets the demo-data flag. */
        public Builder illustrative(boolean b) {
            illustrative = b;
            return this;
        }

        /** Sets the peer node it was harvested from. */
        public Builder source(String node) {
            source = node;
            return this;
        }

        /** Sets what a concept is and the datasets that use it. */
        public Builder concept(ConceptUses uses) {
            concept = Optional.of(uses);
            return this;
        }

        /** The entry. */
        public IndexEntry build() {
            return new IndexEntry(
                    uri,
                    type,
                    titles,
                    body,
                    tags,
                    keys,
                    org,
                    themes,
                    districts,
                    states,
                    period,
                    languages,
                    modified,
                    illustrative,
                    source,
                    concept);
        }
    }
}
