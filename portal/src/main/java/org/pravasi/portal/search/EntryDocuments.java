package org.pravasi.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexEntry} into a Lucene document: stored values for display, analysed text, facets, ranges. */
final class EntryDocuments {
    /** Longest span of years a period is faceted under (a longer one is clipped at its start). */
    static final int MAX_YEARS = 200;

    /**
     * Stored, analysed body text with offsets in the postings, so that the highlighter reads match offsets from the
     * index instead of analysing every hit's body again per query.
     */
    static final FieldType BODY_TYPE = bodyType();

    private final FacetsConfig config;

    EntryDocuments(FacetsConfig config) {
        this.config = config;
    }

    /**
     * Longest value, in UTF-8 bytes, kept in a field matched or faceted whole (a language, a theme, a key): Lucene
     * refuses a term over 32,766 bytes and the whole document with it, and no real code comes near this.
     */
    static final int MAX_KEYWORD_BYTES = 1024;

    /**
     * The document of {@code e}; a keyword value longer than {@link #MAX_KEYWORD_BYTES} (which only a hostile peer
     * sends) is left out.
     *
     * @throws IllegalArgumentException when {@code e}'s URI is itself that long: it cannot be indexed at all
     */
    Document toDocument(IndexEntry e) {
        if (!keyword(e.uri())) {
            throw new IllegalArgumentException("its URI is longer than " + MAX_KEYWORD_BYTES + " bytes");
        }
        Document d = new Document();
        d.add(new StringField(Fields.URI, e.uri(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.URI, new BytesRef(e.uri())));
        d.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(e.type().id())));
        facet(d, Fields.TYPE, List.of(e.type().id()));
        e.keys().stream()
                .filter(EntryDocuments::keyword)
                .forEach(k -> d.add(new StringField(Fields.KEY, k, Field.Store.YES)));
        facet(d, Fields.ORG, e.org().isEmpty() ? List.of() : List.of(e.org()));
        facet(d, Fields.THEME, e.themes());
        facet(d, Fields.STATE, e.states());
        facet(d, Fields.DISTRICT, e.districts());
        e.period().ifPresent(p -> period(d, p));
        e.languages().stream()
                .filter(EntryDocuments::keyword)
                .forEach(l -> d.add(new StringField(Fields.LANGUAGE, l, Field.Store.YES)));
        e.modified().ifPresent(m -> {
            d.add(new NumericDocValuesField(Fields.MODIFIED, sortKey(m)));
            d.add(new StoredField(Fields.MODIFIED, m.toString()));
        });
        d.add(new StringField(Fields.ILLUSTRATIVE, Boolean.toString(e.illustrative()), Field.Store.YES));
        if (!e.source().isEmpty()) {
            d.add(new StoredField(Fields.SOURCE, e.source()));
        }
        e.concept().ifPresent(c -> concept(d, c));
        for (Text t : e.titles()) {
            d.add(new TextField(Fields.stored(Fields.TITLE, t.lang()), t.value(), Field.Store.YES));
            d.add(new TextField(Fields.TITLE + Fields.FOLD, t.value(), Field.Store.NO));
            d.add(new TextField(Fields.SUGGEST, t.value(), Field.Store.NO));
        }
        shownTitles(e.titles()).forEach((field, title) -> d.add(new BinaryDocValuesField(field, new BytesRef(title))));
        d.add(new NumericDocValuesField(
                Fields.TITLE_LENGTH, e.titles().getFirst().value().length()));
        for (Text t : e.tags()) {
            d.add(new TextField(Fields.stored(Fields.TAGS, t.lang()), t.value(), Field.Store.NO));
            d.add(new TextField(Fields.TAGS + Fields.FOLD, t.value(), Field.Store.NO));
        }
        bodyByLanguage(e.body()).forEach((field, text) -> {
            d.add(new Field(field, text, BODY_TYPE));
            d.add(new TextField(Fields.BODY + Fields.FOLD, text, Field.Store.NO));
        });
        try {
            return config.build(d);
        } catch (IOException e1) {
            throw new UncheckedIOException(e1);
        }
    }

    /**
     * The order of a change time in nanoseconds since 1970, as precise as the time shown with each hit: in
     * milliseconds, two entries changed within the same millisecond (the demo seeder publishes side by side) tied and
     * fell back to URI order, so the newest-first list disagreed with the times it showed. Times beyond the years
     * 1677–2262 are clamped; {@code Long.MIN_VALUE} stays for entries without a time, which sort last.
     */
    static long sortKey(Instant m) {
        try {
            return Math.addExact(Math.multiplyExact(m.getEpochSecond(), 1_000_000_000L), m.getNano());
        } catch (ArithmeticException e) {
            return m.isBefore(Instant.EPOCH) ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The first title stored in each title field, as {@link HitReader#title} shows it, by shown-title field. */
    private static Map<String, String> shownTitles(List<Text> titles) {
        return titles.stream()
                .collect(Collectors.toMap(
                        t -> Fields.stored(Fields.SHOWN_TITLE, t.lang()),
                        Text::value,
                        (first, later) -> first,
                        LinkedHashMap::new));
    }

    /** One stored body field per language, so that a snippet comes from one language's text. */
    private static Map<String, String> bodyByLanguage(List<Text> body) {
        return body.stream()
                .filter(t -> !t.value().isBlank())
                .collect(Collectors.groupingBy(
                        t -> Fields.stored(Fields.BODY, t.lang()),
                        LinkedHashMap::new,
                        Collectors.mapping(Text::value, Collectors.joining("\n\n"))));
    }

    /** Separates the parts of a stored concept use. */
    static final char SEPARATOR = '\u001f';

    private static void concept(Document d, ConceptUses c) {
        for (boolean hindi : new boolean[] {false, true}) {
            String name = first(c.scheme(), hindi);
            if (!name.isEmpty()) {
                d.add(new StoredField(Fields.stored(Fields.CONCEPT_SCHEME, hindi ? "hi" : "en"), name));
            }
        }
        for (ConceptUses.Use u : c.datasets()) {
            String en = first(u.titles(), false);
            String hi = first(u.titles(), true);
            d.add(new StoredField(
                    Fields.CONCEPT_USE,
                    String.join(String.valueOf(SEPARATOR), u.uri(), u.explore(), clean(en), clean(hi))));
        }
    }

    private static String first(List<Text> texts, boolean hindi) {
        return texts.stream()
                .filter(t -> t.hindi() == hindi)
                .map(Text::value)
                .findFirst()
                .orElse("");
    }

    private static String clean(String s) {
        return s.replace(SEPARATOR, ' ');
    }

    /** Whether {@code value} is short enough to be kept whole in a keyword field. */
    private static boolean keyword(String value) {
        return value.length() <= MAX_KEYWORD_BYTES / 3
                || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_KEYWORD_BYTES;
    }

    private static void period(Document d, DateRange p) {
        d.add(new LongPoint(Fields.START, p.start().toEpochDay()));
        d.add(new LongPoint(Fields.END, p.end().toEpochDay()));
        d.add(new StoredField(Fields.START, p.start().toString()));
        d.add(new StoredField(Fields.END, p.end().toString()));
        int first = Math.max(p.start().getYear(), p.end().getYear() - MAX_YEARS + 1);
        for (int y = first; y <= p.end().getYear(); y++) {
            d.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(y)));
        }
    }

    private static void facet(Document d, String dim, List<String> values) {
        for (String v : values) {
            if (!v.isEmpty() && keyword(v)) {
                d.add(new StringField(dim, v, Field.Store.YES));
                d.add(new SortedSetDocValuesFacetField(dim, v));
            }
        }
    }
}
