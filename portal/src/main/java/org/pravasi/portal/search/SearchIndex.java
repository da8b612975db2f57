package org.pravasi.portal.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's full-text index of datasets, stories, organisations, districts, states and code-list concepts.
 *
 * <p>Reads are thread-safe and see the last commit. Writes ({@link #replaceAll}, {@link #update}, {@link #commit}) are
 * meant for one thread at a time; they are serialised internally as well.
 */
public interface SearchIndex extends AutoCloseable {

    /** Name of the index folder under the data folder. */
    String FOLDER = "index";

    /**
     * Opens (or creates) the index in {@code dir}; an unreadable index (corrupt, or written by an incompatible Lucene)
     * is deleted and an empty one created, which has no {@link #fingerprint()} and so gets rebuilt.
     */
    static SearchIndex open(Path dir) {
        return open(dir, Synonyms.NONE);
    }

    /**
     * Opens (or creates) the index in {@code dir} like {@link #open(Path)}, expanding queries with {@code synonyms}.
     */
    static SearchIndex open(Path dir, Synonyms synonyms) {
        return LuceneSearchIndex.open(dir, synonyms);
    }

    /** The fingerprint of the store state the index was last committed for, if any. */
    Optional<String> fingerprint();

    /**
     * Replaces every document with {@code entries} and commits with {@code fingerprint}; searchers see it on return.
     */
    void replaceAll(Collection<IndexEntry> entries, String fingerprint);

    /**
     * Replaces the document of {@code uri} with {@code entry}, or deletes it when empty; visible after {@link #commit}.
     */
    void update(String uri, Optional<IndexEntry> entry);

    /** Commits pending updates with {@code fingerprint} and refreshes the searchers. */
    void commit(String fingerprint);

    /**
     * The version of every document of the given types: URI → last change as an ISO-8601 instant, empty when unknown;
     * what the current searcher sees.
     */
    Map<String, String> versions(EntryType... types);

    /** How many documents the current searcher sees. */
    int size();

    /** Runs a search. */
    SearchResult search(SearchQuery query);

    /**
     * The result of {@code query} if the current searcher has already computed it (the same object {@link #search}
     * returns), without any index work: cheap enough for an event loop.
     */
    Optional<SearchResult> keptResult(SearchQuery query);

    /** Up to {@code query.limit()} things whose title or name has words starting with the words typed. */
    List<Suggestion> suggest(SuggestQuery query);

    /** The suggestions for {@code query} if the current searcher has already found them, without any index work. */
    Optional<List<Suggestion>> keptSuggestions(SuggestQuery query);

    /** Commits and closes the index. */
    @Override
    void close();
}
