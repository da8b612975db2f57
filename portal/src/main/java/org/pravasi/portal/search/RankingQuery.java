package org.pravasi.portal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The query that ranks the hits of a text search: the whole search as a non-scoring filter, plus every scoring leaf of
 * the text query (each term, phrase or prefix in each field, with its weight) as one flat list of optional clauses. A
 * document's score is the same sum of its matching leaves as under the nested query, but Lucene can rank a flat list
 * with block-max MaxScore: once the page is full, it only looks at documents whose title or tag matches could still
 * reach it, instead of scoring every match of every word in every field. Counting the matches and the facets is a
 * separate pass that needs no scores.
 *
 * <p>The sums are equal only while every nested boolean query is a plain disjunction (its score is the sum of its
 * matching clauses whenever one of them matches). For anything else, such as {@code (a b) | c}, where a document may
 * match {@code a} and {@code c} but not {@code b}, the nested query itself ranks.
 */
final class RankingQuery {
    private RankingQuery() {}

    /** The ranking form of {@code search}, whose text part is {@code text}; {@code search} itself if none applies. */
    static Query of(Query search, Query text) {
        List<Query> leaves = new ArrayList<>();
        if (!collect(text, 1f, true, leaves) || leaves.size() < 2) {
            return search;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(search, BooleanClause.Occur.FILTER);
        leaves.forEach(leaf -> b.add(leaf, BooleanClause.Occur.SHOULD));
        return b.setMinimumNumberShouldMatch(1).build();
    }

    /** Adds the scoring leaves of {@code q} to {@code out}; false when its score is not their sum. */
    private static boolean collect(Query q, float boost, boolean top, List<Query> out) {
        if (q instanceof BoostQuery b) {
            return collect(b.getQuery(), boost * b.getBoost(), top, out);
        }
        if (q instanceof BooleanQuery b) {
            if (!top
                    && (b.getMinimumNumberShouldMatch() > 0
                            || b.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.SHOULD))) {
                return false;
            }
            for (BooleanClause c : b.clauses()) {
                if (c.isScoring() && !collect(c.query(), boost, false, out)) {
                    return false;
                }
            }
            return true;
        }
        out.add(boost == 1f ? q : new BoostQuery(q, boost));
        return true;
    }
}
