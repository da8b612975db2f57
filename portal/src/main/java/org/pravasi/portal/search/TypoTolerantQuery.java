package org.pravasi.portal.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * One typed word: its exact matches, and its near words (typos) only when the index does not know the word. A word that
 * at least {@link #KNOWN_DOCUMENTS} documents hold in one field is taken as spelled the way the user meant (as spelling
 * checkers do when a word is in their dictionary): "wages" then no longer also matches "pages" or "cages", and a
 * first-time search no longer reads the postings of up to fifty near terms in each of nine fields for every correctly
 * spelled word, most of its cost on a large index. Decided per searcher at rewrite time.
 */
final class TypoTolerantQuery extends Query {
    /** Documents that must hold a word in one field for it to be taken as correctly spelled. */
    static final int KNOWN_DOCUMENTS = 3;

    private final Query exact;
    private final Query near;
    private final List<Term> terms;

    /**
     * @param exact the word's exact matches
     * @param near its near words, weighted
     * @param terms the word as each field analyses it, whose document frequencies decide
     */
    TypoTolerantQuery(Query exact, Query near, List<Term> terms) {
        this.exact = Objects.requireNonNull(exact, "exact");
        this.near = Objects.requireNonNull(near, "near");
        this.terms = List.copyOf(terms);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        if (known(searcher)) {
            return exact;
        }
        return new BooleanQuery.Builder()
                .add(exact, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(near, TextQueryParser.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Whether at least {@link #KNOWN_DOCUMENTS} documents hold the word in one of the fields. */
    private boolean known(IndexSearcher searcher) throws IOException {
        for (Term t : terms) {
            int documents = searcher instanceof FacetedSearcher faceted
                    ? faceted.termStates(t).docFreq()
                    : searcher.getIndexReader().docFreq(t);
            if (documents >= KNOWN_DOCUMENTS) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        exact.visit(v);
        near.visit(v);
    }

    @Override
    public String toString(String field) {
        return exact.toString(field) + "~?";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o)
                && o instanceof TypoTolerantQuery other
                && other.exact.equals(exact)
                && other.near.equals(near)
                && other.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), exact, near, terms);
    }
}
