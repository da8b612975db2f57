package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * A searcher with the facet ordinals of its reader, built once per refresh rather than once per query, and the display
 * names of its keyed documents (organisations, themes, districts, states), read once per language on first use:
 * resolving them per query read up to a hundred stored documents each time. It also keeps the last {@value #REWRITTEN}
 * text queries rewritten against its reader: expanding typo tolerance builds one Levenshtein automaton per word and
 * field, the largest cost of a search on a small index. The near terms of the last {@value #NEAR_TERMS} words and
 * fields are kept too, since new queries mostly reuse known words. And it keeps the results of the last
 * {@value #RESULTS} searches: a searcher sees one fixed state of the index, so a result computed on it stays right for
 * as long as it is in use, and a refresh after any change brings a new searcher with empty caches. The suggestions for
 * the last {@value #SUGGESTIONS} typeahead texts are kept the same way (reading their titles decompressed whole stored
 * documents, the largest cost of a suggestion).
 */
final class FacetedSearcher extends IndexSearcher {
    private final Optional<SortedSetDocValuesReaderState> facets;
    private final FieldInfos fieldInfos;
    /** Rewritten queries kept per searcher. */
    static final int REWRITTEN = 256;

    private final Map<String, Map<String, String>> names = new ConcurrentHashMap<>();
    private final Kept<Query, Query> rewritten = new Kept<>(REWRITTEN);
    /** Near-term rewrites (one per word and field) kept per searcher. */
    static final int NEAR_TERMS = 4096;

    private final Kept<Query, Query> nearTerms = new Kept<>(NEAR_TERMS);
    /** Search results kept per searcher. */
    static final int RESULTS = 256;

    private final Kept<SearchQuery, SearchResult> results = new Kept<>(RESULTS);
    /** Typeahead answers kept per searcher. */
    static final int SUGGESTIONS = 1024;

    private final Kept<SuggestQuery, List<Suggestion>> suggestions = new Kept<>(SUGGESTIONS);
    /** Terms whose look-ups (statistics and place in each segment) are kept per searcher. */
    static final int TERM_STATES = 8192;

    private final Kept<Term, TermStates> termStates = new Kept<>(TERM_STATES);

    private FacetedSearcher(IndexReader reader, FieldInfos fieldInfos, Optional<SortedSetDocValuesReaderState> facets) {
        super(reader);
        this.fieldInfos = fieldInfos;
        this.facets = facets;
    }

    /**
     * The fields of every segment, merged once per searcher: the highlighter would otherwise merge them on every
     * search.
     */
    FieldInfos fieldInfos() {
        return fieldInfos;
    }

    /** The facet state; empty while the index holds no faceted document. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return facets;
    }

    /**
     * {@code query} rewritten against this searcher's reader (primitive queries only), computed once; its term queries
     * carry the kept look-ups of their terms ({@link #termStates}).
     */
    Query rewritten(Query query) throws IOException {
        return rewritten.get(query, () -> withTermStates(rewrite(query)));
    }

    /**
     * The statistics of {@code term} and its place in each segment, looked up in the term dictionaries once per
     * searcher and then shared by every query that holds the term: a first-time query is mostly made of known words,
     * and each of its passes (counting, ranking, highlighting) looked each word up again in each of nine fields and
     * every segment.
     */
    TermStates termStates(Term term) throws IOException {
        return termStates.get(term, () -> {
            TermStates states = TermStates.build(this, term, true);
            // Every segment resolved before the states are shared, so that no search thread writes to them later.
            for (LeafReaderContext leaf : getIndexReader().leaves()) {
                IOSupplier<TermState> state = states.get(leaf);
                if (state != null) {
                    state.get();
                }
            }
            return states;
        });
    }

    /**
     * {@code query} with each term query that has no term states replaced by one with the kept states of its term; the
     * same query otherwise (a term query's states change how it is run, not what it matches or how it scores).
     */
    private Query withTermStates(Query query) throws IOException {
        if (query instanceof TermQuery t && t.getTermStates() == null) {
            return new TermQuery(t.getTerm(), termStates(t.getTerm()));
        }
        if (query instanceof BoostQuery b) {
            Query inner = withTermStates(b.getQuery());
            return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(withTermStates(c.query()), c.occur());
            }
            return out.build();
        }
        return query;
    }

    /** The near terms of {@code query} (one word, one field) in this reader, found by {@code rewrite} once. */
    Query nearTerms(Query query, Kept.Compute<Query, IOException> rewrite) throws IOException {
        return nearTerms.get(query, rewrite);
    }

    /** The result of {@code query} on this searcher, computed by {@code search} the first time it is asked for. */
    SearchResult result(SearchQuery query, Searching.Run search) throws IOException {
        return results.get(query, () -> search.run(this, query));
    }

    /** The result of {@code query} if this searcher has already computed it. */
    Optional<SearchResult> keptResult(SearchQuery query) {
        return results.peek(query);
    }

    /** The suggestions for {@code query}, computed by {@code suggest} the first time they are asked for. */
    List<Suggestion> suggestions(SuggestQuery query, Kept.Compute<List<Suggestion>, IOException> suggest)
            throws IOException {
        return suggestions.get(query, suggest);
    }

    /** The suggestions for {@code query} if this searcher has already found them. */
    Optional<List<Suggestion>> keptSuggestions(SuggestQuery query) {
        return suggestions.peek(query);
    }

    /** The display name in {@code lang} of every key ({@code <facet>:<value>}) the index holds. */
    Map<String, String> names(String lang) {
        return names.computeIfAbsent(lang, this::readNames);
    }

    private Map<String, String> readNames(String lang) {
        try {
            Map<String, String> out = new HashMap<>();
            StoredFields stored = storedFields();
            Set<String> wanted = Set.of(Fields.KEY, Fields.TITLE + Fields.EN, Fields.TITLE + Fields.HI);
            for (ScoreDoc sd : search(
                            TermRangeQuery.newStringRange(Fields.KEY, null, null, true, true),
                            Math.max(1, getIndexReader().numDocs()),
                            Sort.INDEXORDER)
                    .scoreDocs) {
                Document d = stored.document(sd.doc, wanted);
                String name = HitReader.title(d, lang);
                for (String key : d.getValues(Fields.KEY)) {
                    out.put(key, name);
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a faceted searcher for every reader a {@code SearcherManager} opens. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                String field = config.getDimConfig(Fields.TYPE).indexFieldName;
                FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
                FieldInfo info = fields.fieldInfo(field);
                Optional<SortedSetDocValuesReaderState> state = info == null
                        ? Optional.empty()
                        : Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
                return new FacetedSearcher(reader, fields, state);
            }
        };
    }
}
