package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Typeahead over titles and names in every language: each typed word must start a word of the title, the last one may
 * be unfinished ("rights vio" → "Rights violations recorded …"). Whole-word matches rank first, then shorter titles.
 */
final class Suggester {
    /** Extra weight of a finished word over a prefix. */
    static final float WHOLE_WORD_WEIGHT = 2f;

    private final Analyzer analyzer;

    Suggester(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Suggestion> suggest(IndexSearcher searcher, SuggestQuery query) throws IOException {
        List<String> words = words(query.prefix());
        if (words.isEmpty() || query.limit() < 1) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            q.add(new TermQuery(new Term(Fields.SUGGEST, words.get(i))), BooleanClause.Occur.MUST);
        }
        Term last = new Term(Fields.SUGGEST, words.getLast());
        q.add(new PrefixQuery(last), BooleanClause.Occur.MUST);
        q.add(new BoostQuery(new TermQuery(last), WHOLE_WORD_WEIGHT), BooleanClause.Occur.SHOULD);
        Sort sort = new Sort(
                SortField.FIELD_SCORE,
                new SortField(Fields.TITLE_LENGTH, SortField.Type.INT),
                new SortField(Fields.URI, SortField.Type.STRING));
        ScoreDoc[] docs = searcher.search(q.build(), query.limit(), sort, true).scoreDocs;
        List<Suggestion> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            out.add(read(searcher, sd.doc, query.lang()));
        }
        return out;
    }

    /**
     * The suggestion of document {@code doc}, read from doc values: reading stored fields decompressed whole documents,
     * story bodies included, to show ten titles (most of a first-time suggestion's cost).
     */
    private static Suggestion read(IndexSearcher searcher, int doc, String lang) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        LeafReader reader = leaf.reader();
        int id = doc - leaf.docBase;
        return new Suggestion(
                value(reader.getSortedDocValues(Fields.URI), id),
                title(reader, id, lang),
                value(reader.getSortedDocValues(Fields.TYPE), id));
    }

    /** The title in {@code lang}, else in English, else in Hindi: what {@link HitReader#title} shows. */
    private static String title(LeafReader reader, int id, String lang) throws IOException {
        for (String field : List.of(
                Fields.stored(Fields.SHOWN_TITLE, lang),
                Fields.SHOWN_TITLE + Fields.EN,
                Fields.SHOWN_TITLE + Fields.HI)) {
            BinaryDocValues titles = reader.getBinaryDocValues(field);
            if (titles != null && titles.advanceExact(id)) {
                return titles.binaryValue().utf8ToString();
            }
        }
        return "";
    }

    private static String value(SortedDocValues values, int id) throws IOException {
        return values != null && values.advanceExact(id)
                ? values.lookupOrd(values.ordValue()).utf8ToString()
                : null;
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.SUGGEST, text)) {
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
