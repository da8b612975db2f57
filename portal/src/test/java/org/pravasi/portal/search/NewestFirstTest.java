package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing without query text orders entries by their change time, as precisely as it shows it. */
@DisplayName("Most recently changed first")
class NewestFirstTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("two entries changed within the same millisecond are listed newest first, not by URI")
    void sameMillisecond() throws IOException {
        EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analysis.perField()))) {
            w.addDocument(documents.toDocument(story("https://example.org/story/a", "2026-11-23T18:31:05.714472971Z")));
            w.addDocument(documents.toDocument(story("https://example.org/story/b", "2026-11-23T18:31:05.714674920Z")));
            try (DirectoryReader r = DirectoryReader.open(w)) {
                FacetedSearcher s = (FacetedSearcher)
                        FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(r, null);
                SearchResult listed =
                        new Searching(Analysis.perField(), Fields.facetsConfig()).run(s, SearchQuery.of(""));
                assertEquals(
                        List.of("https://example.org/story/b", "https://example.org/story/a"),
                        listed.hits().stream().map(Hit::uri).toList());
            }
        }
    }

    @Test
    @DisplayName("the order key keeps nanoseconds and clamps times beyond the years 1677-2262")
    void sortKey() {
        Instant t = Instant.parse("2026-11-23T18:31:05.714472971Z");
        assertEquals(1, EntryDocuments.sortKey(t.plusNanos(1)) - EntryDocuments.sortKey(t));
        assertEquals(Long.MAX_VALUE, EntryDocuments.sortKey(Instant.MAX));
        assertEquals(Long.MIN_VALUE + 1, EntryDocuments.sortKey(Instant.MIN));
        assertTrue(
                EntryDocuments.sortKey(Instant.parse("1600-01-01T00:00:00Z")) < EntryDocuments.sortKey(Instant.EPOCH));
    }

    private static IndexEntry story(String uri, String modified) {
        return IndexEntry.builder(uri, EntryType.STORY)
                .title(Text.en("A story"))
                .modified(Instant.parse(modified))
                .build();
    }
}
