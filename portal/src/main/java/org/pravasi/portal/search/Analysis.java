package org.pravasi.portal.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers: English (stemming, stop words) for {@code *_en}, Hindi (Indic normalisation, stemming) for
 * {@code *_hi}, and a folding analyser for {@code *_fold} and typeahead that lower-cases, strips diacritics (Gurugrām =
 * Gurugram) and normalises Devanagari (nukta, variant signs) without stemming.
 *
 * <p>Every analyser drops both English and Hindi stop words, so that a stop word in a query is dropped for every field
 * rather than becoming a required term in one of them.
 */
final class Analysis {
    private Analysis() {}

    /** English and Hindi stop words together. */
    static CharArraySet stopWords() {
        CharArraySet all = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        all.addAll(HindiAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(all);
    }

    /** The per-field analyser used for indexing, querying and highlighting. */
    static Analyzer perField() {
        CharArraySet stops = stopWords();
        Analyzer en = new EnglishAnalyzer(stops);
        Analyzer hi = new HindiAnalyzer(stops);
        Analyzer fold = new Folding(stops);
        Map<String, Analyzer> byField = new HashMap<>();
        for (String base : new String[] {Fields.TITLE, Fields.TAGS, Fields.BODY}) {
            byField.put(base + Fields.EN, en);
            byField.put(base + Fields.HI, hi);
            byField.put(base + Fields.FOLD, fold);
        }
        byField.put(Fields.SUGGEST, new Folding(CharArraySet.EMPTY_SET));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }

    /** Standard tokens, lower case, ASCII folding, Indic and Hindi normalisation, stop words; no stemming. */
    static final class Folding extends Analyzer {
        private final CharArraySet stops;

        Folding(CharArraySet stops) {
            this.stops = stops;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream out = normalize(field, source);
            return new TokenStreamComponents(source, stops.isEmpty() ? out : new StopFilter(out, stops));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            TokenStream out = new LowerCaseFilter(in);
            out = new ASCIIFoldingFilter(out);
            out = new IndicNormalizationFilter(out);
            return new HindiNormalizationFilter(out);
        }
    }
}
