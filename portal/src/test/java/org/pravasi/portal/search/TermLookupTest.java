package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A searcher looks each query word up in the term dictionaries once: a later first-time query made of words it has seen
 * is rewritten, counted and ranked without looking them up again in any field or segment.
 */
@DisplayName("Term look-ups per searcher")
class TermLookupTest {
    private static final int SEGMENTS = 3;

    @TempDir
    Path dir;

    private Directory directory;
    private DirectoryReader reader;
    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void index() throws IOException {
        EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());
        directory = FSDirectory.open(dir);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
            for (int s = 0; s < SEGMENTS; s++) {
                for (int i = 0; i < 5; i++) {
                    w.addDocument(documents.toDocument(IndexEntry.builder(
                                    "https://example.org/story/" + s + "-" + i, EntryType.STORY)
                            .title(new Text("en", "Brick kiln rescue " + i))
                            .body(new Text("en", "Workers at the brick kiln were paid their wages after the rescue."))
                            .modified(Instant.ofEpochSecond(1_700_000_000L + i))
                            .build()));
                }
                w.commit();
            }
        }
        reader = new CountingReader(DirectoryReader.open(directory), lookups);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    @DisplayName("a new query of known words is rewritten, counted and ranked without term look-ups")
    void knownWordsAreNotLookedUpAgain() throws IOException {
        FacetedSearcher searcher =
                (FacetedSearcher) FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(reader, null);
        assertTrue(reader.leaves().size() > 1, "the index should have several segments");
        Searching searching = new Searching(Analysis.perField(), Fields.facetsConfig());
        Query first = searcher.rewritten(searching.textQuery("brick rescue").orElseThrow());
        assertEquals(15, searcher.count(first));
        assertTrue(lookups.get() > 0, "the first query looks its words up");

        lookups.set(0);
        Query again = searcher.rewritten(searching.textQuery("rescue brick").orElseThrow());
        assertEquals(15, searcher.count(again));
        assertEquals(10, searcher.search(RankingQuery.of(again, again), 10).scoreDocs.length);
        assertEquals(0, lookups.get(), "term dictionary look-ups for words the searcher has seen");
    }

    /** Counts the seeks to an exact term in every segment's term dictionaries. */
    private static final class CountingReader extends FilterDirectoryReader {
        private final AtomicInteger seeks;

        CountingReader(DirectoryReader in, AtomicInteger seeks) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader leaf) {
                    return new CountingLeaf(leaf, seeks);
                }
            });
            this.seeks = seeks;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new CountingReader(in, seeks);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private static final class CountingLeaf extends FilterLeafReader {
        private final AtomicInteger seeks;

        CountingLeaf(LeafReader in, AtomicInteger seeks) {
            super(in);
            this.seeks = seeks;
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = super.terms(field);
            return terms == null
                    ? null
                    : new FilterTerms(terms) {
                        @Override
                        public TermsEnum iterator() throws IOException {
                            return new FilterTermsEnum(in.iterator()) {
                                @Override
                                public boolean seekExact(BytesRef text) throws IOException {
                                    seeks.incrementAndGet();
                                    return in.seekExact(text);
                                }

                                @Override
                                public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
                                    seeks.incrementAndGet();
                                    return in.prepareSeekExact(text);
                                }
                            };
                        }
                    };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }
}
