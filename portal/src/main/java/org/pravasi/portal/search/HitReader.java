package org.pravasi.portal.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Reads hits from the stored fields of documents, with titles in the display language. */
final class HitReader {
    private final IndexSearcher searcher;
    private final String lang;

    HitReader(IndexSearcher searcher, String lang) {
        this.searcher = searcher;
        this.lang = lang;
    }

    /** The stored fields of each document of {@code docs}, by document id: read once for hits and snippets. */
    Map<Integer, Document> load(ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> out = new HashMap<>();
        for (ScoreDoc sd : docs) {
            out.put(sd.doc, stored.document(sd.doc));
        }
        return out;
    }

    /** The hits of {@code docs}, whose stored fields {@link #load} read, with their snippets. */
    List<Hit> read(ScoreDoc[] docs, Map<Integer, Document> documents, Map<Integer, String> snippets) {
        List<Hit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            Document d = documents.get(sd.doc);
            String start = d.get(Fields.START);
            DateRange period =
                    start == null ? null : new DateRange(LocalDate.parse(start), LocalDate.parse(d.get(Fields.END)));
            hits.add(new Hit(
                    d.get(Fields.URI),
                    d.get(Fields.TYPE),
                    title(d, lang),
                    snippets.getOrDefault(sd.doc, ""),
                    nonNull(d.get(Fields.ORG)),
                    all(d, Fields.THEME),
                    all(d, Fields.DISTRICT),
                    all(d, Fields.STATE),
                    period,
                    all(d, Fields.LANGUAGE),
                    d.get(Fields.MODIFIED),
                    Boolean.parseBoolean(d.get(Fields.ILLUSTRATIVE)),
                    Objects.requireNonNullElse(d.get(Fields.SOURCE), ""),
                    concept(d)));
        }
        return hits;
    }

    /** What a concept is and the datasets that use it, in the display language; {@code null} for other types. */
    private ConceptHit concept(Document d) {
        if (!EntryType.CONCEPT.id().equals(d.get(Fields.TYPE))) {
            return null;
        }
        String scheme = inLanguage(d.get(Fields.CONCEPT_SCHEME + Fields.EN), d.get(Fields.CONCEPT_SCHEME + Fields.HI));
        List<ConceptHit.DatasetLink> datasets = new ArrayList<>();
        for (String use : d.getValues(Fields.CONCEPT_USE)) {
            String[] part = use.split(String.valueOf(EntryDocuments.SEPARATOR), -1);
            if (part.length == 4) {
                datasets.add(new ConceptHit.DatasetLink(
                        part[0], inLanguage(part[2], part[3]), part[1].isEmpty() ? null : part[1]));
            }
        }
        return new ConceptHit(scheme, datasets);
    }

    /** The text in the display language where there is one, else the other. */
    private String inLanguage(String en, String hi) {
        String preferred = "hi".equals(lang) ? hi : en;
        String other = "hi".equals(lang) ? en : hi;
        return preferred != null && !preferred.isEmpty() ? preferred : nonNull(other);
    }

    /** The first title in {@code lang}, else the first in English, else the first in Hindi. */
    static String title(Document d, String lang) {
        String preferred = d.get(Fields.stored(Fields.TITLE, lang));
        if (preferred != null) {
            return preferred;
        }
        String en = d.get(Fields.TITLE + Fields.EN);
        return en != null ? en : nonNull(d.get(Fields.TITLE + Fields.HI));
    }

    private static List<String> all(Document d, String field) {
        return Arrays.asList(d.getValues(field));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
