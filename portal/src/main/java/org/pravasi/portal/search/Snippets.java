package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of body text with the matched words in {@code <mark>}; everything else is HTML-escaped, so a snippet
 * can be placed in a page as it is. Without a match (or without query text) the snippet is the start of the body.
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

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final List<String> fields;

    Snippets(IndexSearcher searcher, Analyzer analyzer, String lang) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        String preferred = Fields.stored(Fields.BODY, lang);
        String other = preferred.equals(Fields.BODY + Fields.EN) ? Fields.BODY + Fields.HI : Fields.BODY + Fields.EN;
        this.fields = List.of(preferred, other);
    }

    /** Snippets by document id. */
    Map<Integer, String> find(Optional<Query> text, ScoreDoc[] docs) throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Map<String, String[]> marked = text.isPresent() && ids.length > 0 ? highlighter().highlightFields(
                fields.toArray(String[]::new), HighlightQuery.of(text.get(), Set.copyOf(fields)), ids, new int[] {PASSAGES, PASSAGES}) : Map.of();
        StoredFields stored = searcher.storedFields();
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            out.put(id, pick(marked, i).orElseGet(() -> start(document(stored, id))));
        }
        return out;
    }

    private Document document(StoredFields stored, int id) {
        try {
            return stored.document(id, Set.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                String flat = body.strip().replaceAll("\\s+", " ");
                if (flat.length() <= TARGET_CHARS) {
                    return FORMATTER.escape(flat);
                }
                int cut = flat.lastIndexOf(' ', TARGET_CHARS);
                return FORMATTER.escape(flat.substring(0, cut > TARGET_CHARS / 2 ? cut : TARGET_CHARS)) + " " + ELLIPSIS;
            }
        }
        return "";
    }

    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(FORMATTER)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), TARGET_CHARS, MATCH_POSITION))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** Lucene's escaping formatter with {@code <mark>}, plus an ellipsis where the passage cuts the text. */
    private static final class Formatter extends DefaultPassageFormatter {
        Formatter() {
            super("<mark>", "</mark>", " " + ELLIPSIS + " ", true);
        }

        @Override
        public String format(Passage[] passages, String content) {
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
