package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlighting the hits of a search uses the field descriptions its searcher merged once, not merged again per search:
 * merging the field infos of every segment was a fifth of the cost of the snippets of a first-time search on 100,000
 * documents.
 */
@DisplayName("Snippet work per search")
class SnippetWorkTest {
    private static final int SEGMENTS = 4;

    @TempDir
    Path dir;

    private Directory directory;
    private DirectoryReader reader;
    private final AtomicInteger fieldInfoReads = new AtomicInteger();

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
        reader = new CountingReader(DirectoryReader.open(directory), fieldInfoReads);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    @DisplayName("searches with snippets read no segment's field infos beyond those the searcher read once")
    void fieldInfosReadOncePerSearcher() throws IOException {
        FacetedSearcher searcher =
                (FacetedSearcher) FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(reader, null);
        assertTrue(reader.leaves().size() > 1, "the index should have several segments");
        Searching searching = new Searching(Analysis.perField(), Fields.facetsConfig());
        int atStart = fieldInfoReads.get();
        String[] texts = {"brick kiln", "rescue", "wages", "workers rescue", "kiln paid"};
        for (String text : texts) {
            SearchResult r = searching.run(searcher, SearchQuery.of(text));
            assertFalse(r.hits().isEmpty(), text);
            assertTrue(r.hits().getFirst().snippet().contains("<mark>"), text);
        }
        // The facet counts look their field up in each segment once per search (a map look-up); the highlighter
        // merged the field infos of every segment for each field it marked, on top of that.
        assertEquals(
                texts.length * reader.leaves().size(),
                fieldInfoReads.get() - atStart,
                "segment field infos asked for: one per segment and search, by the facet counts");
    }

    /** Counts how often the field infos of a segment are asked for. */
    private static final class CountingReader extends FilterDirectoryReader {
        private final AtomicInteger reads;

        CountingReader(DirectoryReader in, AtomicInteger reads) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader leaf) {
                    return new FilterLeafReader(leaf) {
                        @Override
                        public FieldInfos getFieldInfos() {
                            reads.incrementAndGet();
                            return super.getFieldInfos();
                        }

                        @Override
                        public CacheHelper getCoreCacheHelper() {
                            return in.getCoreCacheHelper();
                        }

                        @Override
                        public CacheHelper getReaderCacheHelper() {
                            return in.getReaderCacheHelper();
                        }
                    };
                }
            });
            this.reads = reads;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new CountingReader(in, reads);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }
}
