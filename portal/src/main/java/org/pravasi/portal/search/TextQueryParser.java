package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Parses what a user types into a query over every text field, weighted by {@link Fields#WEIGHTS}: all words must match
 * (in any field), {@code "..."} is a phrase, {@code word*} a prefix, {@code -word} excludes, {@code a | b} is either. A
 * plain word of {@link #FUZZY_MIN_LETTERS} or more letters that the index does not know ({@link TypoTolerantQuery})
 * also matches words one edit away, so "trafficing" finds "trafficking"; shorter words match exactly only.
 */
final class TextQueryParser extends SimpleQueryParser {
    /** Shortest word (in letters, Devanagari signs included) that gets typo tolerance. */
    static final int FUZZY_MIN_LETTERS = 5;
    /** Edits allowed for a typo. */
    static final int FUZZY_MAX_EDITS = 1;
    /** Weight of a near match relative to an exact one. */
    static final float FUZZY_WEIGHT = 0.5f;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final int FLAGS = PHRASE_OPERATOR
            | PREFIX_OPERATOR
            | NOT_OPERATOR
            | OR_OPERATOR
            | PRECEDENCE_OPERATORS
            | ESCAPE_OPERATOR
            | WHITESPACE_OPERATOR;

    private final NearTermQuery.Automata automata;

    TextQueryParser(Analyzer analyzer, NearTermQuery.Automata automata) {
        super(analyzer, Fields.WEIGHTS, FLAGS);
        this.automata = automata;
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query exact = super.newDefaultQuery(text);
        if (exact == null
                || !WORD.matcher(text).matches()
                || text.codePointCount(0, text.length()) < FUZZY_MIN_LETTERS) {
            return exact;
        }
        List<Term> terms = new ArrayList<>();
        Query near = nearQuery(text, terms);
        return near == null ? exact : new TypoTolerantQuery(exact, near, terms);
    }

    /**
     * Words one edit away from {@code word} in every field; {@code analysed} receives the word as each field analyses
     * it. The edit distance is taken after the field's own analysis (stemming included), not after mere lower-casing as
     * Lucene's default does: "trafficing" becomes "traffic", one edit from the stem "traffick" of "trafficking", so the
     * stemmed body fields match too and the highlighter, which works on those stored fields, can mark the word.
     */
    private Query nearQuery(String word, List<Term> analysed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> f : weights.entrySet()) {
            List<String> terms = terms(f.getKey(), word);
            if (terms.size() != 1) {
                continue;
            }
            Term term = new Term(f.getKey(), terms.getFirst());
            analysed.add(term);
            b.add(new BoostQuery(new NearTermQuery(term, automata), f.getValue()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }

    private List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
