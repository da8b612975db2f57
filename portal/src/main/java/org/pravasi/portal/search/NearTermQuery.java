package org.pravasi.portal.search;

import java.io.IOException;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The terms of one field within {@link TextQueryParser#FUZZY_MAX_EDITS} edit (insertion, deletion, substitution or
 * transposition) of an analysed word, the word itself excepted: what {@link FuzzyQuery} matches, rewritten the same way
 * (the best {@link FuzzyQuery#defaultMaxExpansions} terms, blended frequencies). Unlike {@code FuzzyQuery}, which
 * builds its Levenshtein automaton for every query and every field, the compiled automaton of a word is built once and
 * kept ({@link Automata}): it depends on the word only, and building it was the largest cost of a first-time search.
 */
final class NearTermQuery extends MultiTermQuery {
    private final Term term;
    private final CompiledAutomaton automaton;

    NearTermQuery(Term term, Automata automata) {
        super(
                term.field(),
                new KeptRewrite(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(FuzzyQuery.defaultMaxExpansions)));
        this.term = term;
        this.automaton = automata.of(term.text());
    }

    /**
     * The near terms other than the word itself: the exact word is already matched, at full weight, by the exact clause
     * beside this one, and matching it here again cost a second pass over its postings in every field.
     */
    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        BytesRef exact = term.bytes();
        return new FilteredTermsEnum(automaton.getTermsEnum(terms), false) {
            @Override
            protected AcceptStatus accept(BytesRef candidate) {
                return candidate.equals(exact) ? AcceptStatus.NO : AcceptStatus.YES;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            automaton.visit(visitor, this, field);
        }
    }

    @Override
    public String toString(String f) {
        return (field.equals(f) ? "" : field + ":") + term.text() + "~" + TextQueryParser.FUZZY_MAX_EDITS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NearTermQuery other && other.term.equals(term);
    }

    @Override
    public int hashCode() {
        return classHash() ^ term.hashCode();
    }

    /**
     * Rewrites like {@code inner}, once per searcher and word and field: a {@link FacetedSearcher} keeps the near terms
     * it found ({@link FacetedSearcher#nearTerms}), so a word seen in an earlier query is not looked up in the term
     * dictionaries again. Queries vary far more than the words in them.
     */
    private static final class KeptRewrite extends MultiTermQuery.RewriteMethod {
        private final MultiTermQuery.RewriteMethod inner;

        KeptRewrite(MultiTermQuery.RewriteMethod inner) {
            this.inner = inner;
        }

        @Override
        public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
            if (searcher instanceof FacetedSearcher faceted) {
                return faceted.nearTerms(query, () -> inner.rewrite(searcher, query));
            }
            return inner.rewrite(searcher, query);
        }
    }

    /** Compiled automata of up to {@link #KEPT} words, shared by every field and query; thread-safe. */
    static final class Automata {
        /** Words whose automata are kept. */
        static final int KEPT = 4096;

        private final Kept<String, CompiledAutomaton> byWord = new Kept<>(KEPT);

        /** The automaton accepting every word within the allowed edits of {@code word}. */
        CompiledAutomaton of(String word) {
            return byWord.get(
                    word,
                    () -> new CompiledAutomaton(
                            new LevenshteinAutomata(word, true).toAutomaton(TextQueryParser.FUZZY_MAX_EDITS),
                            true,
                            false));
        }
    }
}
