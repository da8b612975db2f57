package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs one {@link SearchQuery}: text query (with the code lists' synonyms), filters, sorting, one page of hits, facet
 * counts and labels. A text search ranks in two tiers: datasets, stories, organisations and places first, then the
 * code-list concepts, each tier by score; a concept never outranks a thing that holds data or tells about it.
 */
final class Searching {
    /** Most values listed per facet (largest counts first). */
    static final int FACET_LIMIT = 50;
    /** Weight of a match of a synonym relative to a match of the words typed. */
    static final float SYNONYM_WEIGHT = 0.5f;
    /**
     * Most term and leaf clauses a query and its synonym variants may have before rewriting, half Lucene's limit of
     * 1,024 after it: a long query of many labels keeps only the variants that fit, so it is not parsed and rewritten
     * two dozen times over only to be refused.
     */
    static final int MAX_LEAVES = 512;

    private static final Query CONCEPTS = new TermQuery(new Term(Fields.TYPE, EntryType.CONCEPT.id()));

    private final Analyzer analyzer;
    private final FacetsConfig config;
    private final Synonyms synonyms;
    /** Typo-tolerance automata, kept across queries and searchers (they depend on the word only). */
    private final NearTermQuery.Automata automata = new NearTermQuery.Automata();

    Searching(Analyzer analyzer, FacetsConfig config) {
        this(analyzer, config, Synonyms.NONE);
    }

    Searching(Analyzer analyzer, FacetsConfig config, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.config = config;
        this.synonyms = synonyms;
    }

    /** A search on one searcher. */
    @FunctionalInterface
    interface Run {
        /** The result of {@code q} on {@code searcher}. */
        SearchResult run(FacetedSearcher searcher, SearchQuery q) throws IOException;
    }

    SearchResult run(FacetedSearcher searcher, SearchQuery q) throws IOException {
        // Rewritten once here (typo tolerance expands to the index's near terms), so that neither the search nor
        // the highlighter, which would otherwise rebuild the fuzzy automata per hit and field, rewrites it again.
        Optional<Query> text = textQuery(q.text()).map(t -> rewriteOrPlain(searcher, t, q.text()));
        DrillDownQuery query = filtered(text.orElse(MatchAllDocsQuery.INSTANCE), q);
        Sort sort = text.isPresent()
                ? new Sort(SortField.FIELD_SCORE, newestFirst(), byUri())
                : new Sort(newestFirst(), byUri());
        int window = q.page() * q.size();
        FacetsCollector matching = searcher.search(query, new FacetsCollectorManager());
        long total = matching.getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                .sum();
        Map<String, Map<String, Integer>> facets = facets(searcher, matching);
        ScoreDoc[] ranked;
        if (text.isPresent()) {
            long concepts = facets.get(Fields.TYPE).getOrDefault(EntryType.CONCEPT.id(), 0);
            ranked = tiered(searcher, query, text.get(), sort, window, total - concepts, concepts);
        } else {
            ranked = top(searcher, query, sort, window);
        }
        ScoreDoc[] page = Arrays.copyOfRange(ranked, Math.min((q.page() - 1) * q.size(), ranked.length), ranked.length);
        HitReader reader = new HitReader(searcher, q.lang());
        Map<Integer, Document> documents = reader.load(page);
        Map<Integer, String> snippets = new Snippets(searcher, analyzer, q.lang()).find(text, page, documents);
        List<Hit> hits = reader.read(page, documents, snippets);
        Map<String, Map<String, String>> labels = new Labels(searcher, q.lang()).forResult(facets, hits);
        return new SearchResult(total, q.page(), q.size(), hits, facets, labels);
    }

    /**
     * The first {@code window} hits: the best of the {@code others} matches that are not concepts, then, if the window
     * reaches past them, the best of the {@code concepts}. Each tier is ranked by its own query, so block-max scoring
     * still skips what cannot reach the page.
     */
    private static ScoreDoc[] tiered(
            FacetedSearcher searcher, Query search, Query text, Sort sort, int window, long others, long concepts)
            throws IOException {
        List<ScoreDoc> out = new ArrayList<>();
        if (others > 0) {
            Query q = new BooleanQuery.Builder()
                    .add(search, BooleanClause.Occur.MUST)
                    .add(CONCEPTS, BooleanClause.Occur.MUST_NOT)
                    .build();
            out.addAll(Arrays.asList(top(searcher, RankingQuery.of(q, text), sort, window)));
        }
        if (out.size() < window && concepts > 0) {
            Query q = new BooleanQuery.Builder()
                    .add(search, BooleanClause.Occur.MUST)
                    .add(CONCEPTS, BooleanClause.Occur.FILTER)
                    .build();
            out.addAll(Arrays.asList(top(searcher, RankingQuery.of(q, text), sort, window - out.size())));
        }
        return out.toArray(ScoreDoc[]::new);
    }

    private static ScoreDoc[] top(FacetedSearcher searcher, Query query, Sort sort, int n) throws IOException {
        return searcher.search(query, new TopFieldCollectorManager(sort, n, null, n)).scoreDocs;
    }

    /**
     * {@code query} rewritten; when its synonym variants take it past Lucene's clause limit (a long query of many
     * labels), the words typed alone, rewritten.
     */
    private Query rewriteOrPlain(FacetedSearcher searcher, Query query, String text) {
        try {
            return rewrite(searcher, query);
        } catch (IndexSearcher.TooManyClauses e) {
            return rewrite(searcher, plainQuery(new TextQueryParser(analyzer, automata), text));
        }
    }

    private static Query rewrite(FacetedSearcher searcher, Query query) {
        try {
            return searcher.rewritten(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parsed text query, or any of its synonym variants ({@link Synonyms#variants}) at {@link #SYNONYM_WEIGHT};
     * empty for blank text (list everything), no-match for text of stop words only.
     */
    Optional<Query> textQuery(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TextQueryParser parser = new TextQueryParser(analyzer, automata);
        List<String> variants = synonyms.variants(text);
        if (variants.isEmpty()) {
            return Optional.of(plainQuery(parser, text));
        }
        Query parsed = parser.parse(text);
        int budget = MAX_LEAVES - (parsed == null ? 0 : leaves(parsed));
        List<Query> alternatives = new ArrayList<>();
        for (String variant : variants) {
            Query a = parser.parse(variant);
            if (a == null) {
                continue;
            }
            budget -= leaves(a);
            if (budget < 0) {
                break;
            }
            alternatives.add(new BoostQuery(a, SYNONYM_WEIGHT));
        }
        if (alternatives.isEmpty()) {
            return Optional.of(plainQuery(parser, text));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (parsed != null) {
            b.add(parsed, BooleanClause.Occur.SHOULD);
        }
        alternatives.forEach(a -> b.add(a, BooleanClause.Occur.SHOULD));
        return Optional.of(b.build());
    }

    /** How many terms and other leaves {@code q} has before it is rewritten. */
    static int leaves(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }

    /** The words typed, parsed; no-match for text of stop words only. */
    private static Query plainQuery(TextQueryParser parser, String text) {
        Query parsed = parser.parse(text);
        return parsed == null ? new MatchNoDocsQuery("only stop words") : parsed;
    }

    private DrillDownQuery filtered(Query base, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        q.from()
                .ifPresent(y -> b.add(
                        LongPoint.newRangeQuery(
                                Fields.END, LocalDate.of(y, 1, 1).toEpochDay(), Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER));
        q.to().ifPresent(y -> b.add(
                LongPoint.newRangeQuery(
                        Fields.START, Long.MIN_VALUE, LocalDate.of(y, 12, 31).toEpochDay()),
                BooleanClause.Occur.FILTER));
        DrillDownQuery dd = new DrillDownQuery(config, b.build());
        q.types().forEach(t -> dd.add(Fields.TYPE, t.id()));
        q.orgs().forEach(v -> dd.add(Fields.ORG, v));
        q.themes().forEach(v -> dd.add(Fields.THEME, v));
        q.states().forEach(v -> dd.add(Fields.STATE, v));
        q.districts().forEach(v -> dd.add(Fields.DISTRICT, v));
        return dd;
    }

    private Map<String, Map<String, Integer>> facets(FacetedSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        Fields.FACETS.forEach(dim -> out.put(dim, new LinkedHashMap<>()));
        Optional<SortedSetDocValuesReaderState> state = searcher.facets();
        if (state.isEmpty()) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
        for (String dim : Fields.FACETS) {
            if (state.get().getOrdRange(dim) == null) {
                continue;
            }
            FacetResult r = counts.getTopChildren(FACET_LIMIT, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    out.get(dim).put(lv.label, lv.value.intValue());
                }
            }
        }
        return out;
    }

    private static SortField newestFirst() {
        SortField f = new SortField(Fields.MODIFIED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    private static SortField byUri() {
        return new SortField(Fields.URI, SortField.Type.STRING);
    }
}
