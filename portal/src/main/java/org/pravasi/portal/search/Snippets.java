package org.pravasi.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.pravasi.registry.disclosure.ShownText;

/**
 * Snippets of body text with the matched words in {@code <mark>}; everything else is HTML-escaped, so a snippet can be
 * placed in a page as it is. Without a match (or without query text) the snippet is the start of the body.
 */
final class Snippets {
    /** The length a snippet aims at. */
    static final int TARGET_CHARS = 180;
    /** Where the first match sits in a snippet: a third of the way in. */
    static final float MATCH_POSITION = 0.3f;
    /** Passages joined in one snippet. */
    static final int PASSAGES = 2;

    static final String ELLIPSIS = "…";
    private static final Formatter FORMATTER = new Formatter();

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FacetedSearcher searcher;
    private final Analyzer analyzer;
    private final List<String> fields;

    Snippets(FacetedSearcher searcher, Analyzer analyzer, String lang) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        String preferred = Fields.stored(Fields.BODY, lang);
        String other = preferred.equals(Fields.BODY + Fields.EN) ? Fields.BODY + Fields.HI : Fields.BODY + Fields.EN;
        this.fields = List.of(preferred, other);
    }

    /** Snippets by document id, from the already read stored fields of each document ({@code documents}). */
    Map<Integer, String> find(Optional<Query> text, ScoreDoc[] docs, Map<Integer, Document> documents)
            throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Map<String, String[]> marked = text.isPresent() && ids.length > 0
                ? highlighter(documents)
                        .highlightFields(
                                fields.toArray(String[]::new),
                                HighlightQuery.of(text.get(), Set.copyOf(fields)),
                                ids,
                                new int[] {PASSAGES, PASSAGES})
                : Map.of();
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            out.put(id, pick(marked, i).orElseGet(() -> start(documents.get(id))));
        }
        return out;
    }

    private Optional<String> pick(Map<String, String[]> marked, int i) {
        for (String f : fields) {
            String[] values = marked.get(f);
            if (values != null && values[i] != null && !values[i].isBlank()) {
                return Optional.of(values[i].strip());
            }
        }
        return Optional.empty();
    }

    private String start(Document d) {
        for (String f : fields) {
            String body = d.get(f);
            if (body != null && !body.isBlank()) {
                String flat = SPACES.matcher(body.strip()).replaceAll(" ");
                return FORMATTER.escape(ShownText.shorten(flat, TARGET_CHARS));
            }
        }
        return "";
    }

    /**
     * A highlighter that takes the body text from {@code documents} instead of reading and decompressing each hit's
     * stored fields a second time.
     */
    private UnifiedHighlighter highlighter(Map<Integer, Document> documents) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(FORMATTER)
                // Passages start and end at a space only, never inside a token ("Helpline:98765432101" is not cut
                // after ten digits, nor "98765-43210" at its hyphen); the formatter judges each as ShownText does.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), TARGET_CHARS, MATCH_POSITION))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            /** From the fields the searcher merged once, not merged again from every segment for each search. */
            @Override
            protected FieldInfo getFieldInfo(String field) {
                return Snippets.this.searcher.fieldInfos().fieldInfo(field);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(
                    String[] names, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = documents.get(doc);
                    CharSequence[] values = new CharSequence[names.length];
                    for (int f = 0; f < names.length; f++) {
                        values[f] = storedText(d.getValues(names[f]), MULTIVAL_SEP_CHAR, getMaxLength());
                    }
                    out.add(values);
                }
                return out;
            }
        };
    }

    /**
     * Stored values as Lucene's highlighter reads them: joined by its separator, cut at its maximum length, at the last
     * space before it so that no token is cut (a passage ending there shows no number the text does not hold).
     */
    static String storedText(String[] values, char separator, int maxLength) {
        if (values.length == 0) {
            return null;
        }
        String joined = String.join(String.valueOf(separator), values);
        if (joined.length() <= maxLength) {
            return joined;
        }
        int end = joined.lastIndexOf(' ', maxLength);
        return joined.substring(0, Math.max(0, end));
    }

    /**
     * Lucene's escaping formatter with {@code <mark>}, plus an ellipsis where the passage cuts the text. Passages that
     * show personal data the text does not hold where they stand ({@link ShownText#showsOnlyWhatItHolds}: "3 women" cut
     * from "3 women-led centres") are not shown: the snippet is then empty and the hit shows the start of its text.
     */
    static final class Formatter extends DefaultPassageFormatter {
        Formatter() {
            super("<mark>", "</mark>", " " + ELLIPSIS + " ", true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            for (Passage p : passages) {
                if (!ShownText.showsOnlyWhatItHolds(content, p.getStartOffset(), p.getEndOffset())) {
                    return "";
                }
            }
            String s = super.format(passages, content);
            if (passages.length == 0) {
                return s;
            }
            String head = passages[0].getStartOffset() > 0 ? ELLIPSIS + " " : "";
            String tail = passages[passages.length - 1].getEndOffset() < content.length() ? " " + ELLIPSIS : "";
            return head + s.strip() + tail;
        }

        /** Escapes plain text exactly as the passages are escaped. */
        String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            append(out, text, 0, text.length());
            return out.toString();
        }
    }
}
