package org.pravasi.portal.search;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Parses what a user types into a query over every text field, weighted by {@link Fields#WEIGHTS}: all words must
 * match (in any field), {@code "..."} is a phrase, {@code word*} a prefix, {@code -word} excludes, {@code a | b}
 * is either. A plain word of {@link #FUZZY_MIN_LETTERS} or more letters also matches words one edit away, so
 * "trafficing" finds "trafficking".
 */
final class TextQueryParser extends SimpleQueryParser {
    /** Shortest word that gets typo tolerance. */
    static final int FUZZY_MIN_LETTERS = 5;
    /** Edits allowed for a typo. */
    static final int FUZZY_MAX_EDITS = 1;
    /** Weight of a near match relative to an exact one. */
    static final float FUZZY_WEIGHT = 0.5f;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final int FLAGS = PHRASE_OPERATOR | PREFIX_OPERATOR | NOT_OPERATOR | OR_OPERATOR
            | PRECEDENCE_OPERATORS | ESCAPE_OPERATOR | WHITESPACE_OPERATOR;

    TextQueryParser(Analyzer analyzer) {
        super(analyzer, Fields.WEIGHTS, FLAGS);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query exact = super.newDefaultQuery(text);
        if (exact == null || !WORD.matcher(text).matches() || text.codePointCount(0, text.length()) < FUZZY_MIN_LETTERS) {
            return exact;
        }
        Query near = newFuzzyQuery(text, FUZZY_MAX_EDITS);
        if (near == null) {
            return exact;
        }
        return new BooleanQuery.Builder()
                .add(exact, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(near, FUZZY_WEIGHT), BooleanClause.Occur.SHOULD)
                .build();
    }
}
