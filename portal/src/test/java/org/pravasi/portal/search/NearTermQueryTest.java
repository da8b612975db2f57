package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo tolerance's near terms, as a searcher rewrites them, on a real index. */
@DisplayName("Near terms of a word (typo tolerance)")
class NearTermQueryTest {
    private static final String FIELD = Fields.BODY + Fields.FOLD;

    @TempDir
    Path dir;

    private final NearTermQuery.Automata automata = new NearTermQuery.Automata();
    private final EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());

    @Test
    @DisplayName("are the words one edit away, without the word itself (the exact clause matches that)")
    void leaveOutTheWordItself() throws IOException {
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = writer(d)) {
            add(w, "kiln kilns kil kilo brick");
            try (DirectoryReader r = DirectoryReader.open(w)) {
                assertEquals(Set.of("kilns", "kil", "kilo"), terms(searcher(r).rewrite(near("kiln"))));
            }
        }
    }

    @Test
    @DisplayName("are found once per searcher, and afresh by the next searcher after a change")
    void keptPerSearcher() throws IOException {
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = writer(d)) {
            add(w, "kiln kilns");
            try (DirectoryReader first = DirectoryReader.open(w)) {
                FacetedSearcher s = searcher(first);
                Query once = nearTerms(s, "kiln");
                assertSame(once, nearTerms(s, "kiln"), "a second rewrite on the same searcher is the kept one");
                assertEquals(Set.of("kilns"), terms(once));

                add(w, "kilt");
                try (DirectoryReader second = DirectoryReader.openIfChanged(first, w)) {
                    assertEquals(Set.of("kilns", "kilt"), terms(searcher(second).rewrite(near("kiln"))));
                    assertEquals(
                            Set.of("kilns"), terms(s.rewrite(near("kiln"))), "the old searcher keeps its own view");
                }
            }
        }
    }

    /** What the query's own rewrite method gives on {@code s}, before Lucene simplifies the boolean query. */
    private Query nearTerms(FacetedSearcher s, String word) throws IOException {
        NearTermQuery q = near(word);
        return q.getRewriteMethod().rewrite(s, q);
    }

    private NearTermQuery near(String word) {
        return new NearTermQuery(new Term(FIELD, word), automata);
    }

    private static IndexWriter writer(Directory d) throws IOException {
        return new IndexWriter(d, new IndexWriterConfig(Analysis.perField()));
    }

    private void add(IndexWriter w, String body) throws IOException {
        w.addDocument(
                documents.toDocument(IndexEntry.builder("https://example.org/story/" + body.hashCode(), EntryType.STORY)
                        .title(Text.en("A story"))
                        .body(Text.en(body))
                        .build()));
    }

    private static FacetedSearcher searcher(DirectoryReader r) throws IOException {
        return (FacetedSearcher) FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(r, null);
    }

    private static Set<String> terms(Query q) {
        Set<String> out = new TreeSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }
}
