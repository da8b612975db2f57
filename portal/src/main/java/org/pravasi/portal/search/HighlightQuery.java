package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The part of a (rewritten) search query that can mark words in the highlighted fields: every clause on another field
 * is dropped, and the remaining ones become optional. The highlighter matches its query against each hit and field
 * separately, so the clauses on the seven other text fields (and every typo expansion in them) cost term look-ups per
 * hit and field while never marking a word. For a hit, the result marks the same words: the hit matched every required
 * clause somewhere, so the clauses on the highlighted fields that match are exactly those the whole query marks, and an
 * excluded word cannot occur in a hit.
 */
final class HighlightQuery {
    private HighlightQuery() {}

    /** {@code query} reduced to the clauses on {@code fields}; a no-match query if none is left. */
    static Query of(Query query, Set<String> fields) {
        Query kept = keep(query, fields);
        return kept == null ? new MatchNoDocsQuery("no clause on the highlighted fields") : kept;
    }

    private static Query keep(Query q, Set<String> fields) {
        if (q instanceof BoostQuery b) {
            Query inner = keep(b.getQuery(), fields);
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof BooleanQuery b) {
            List<Query> kept = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                if (c.occur() != BooleanClause.Occur.MUST_NOT) {
                    Query k = keep(c.query(), fields);
                    if (k != null) {
                        kept.add(k);
                    }
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            if (kept.size() == 1) {
                return kept.getFirst();
            }
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            kept.forEach(k -> out.add(k, BooleanClause.Occur.SHOULD));
            return out.build();
        }
        Set<String> touched = fields(q);
        // A query whose fields cannot be told is kept whole: correct, only slower to highlight.
        return touched.isEmpty() || touched.stream().anyMatch(fields::contains) ? q : null;
    }

    /** The fields a leaf query reads, as its visitor reports them. */
    private static Set<String> fields(Query q) {
        Set<String> out = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                out.add(field);
                return false;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(t.field());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                out.add(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }
}
