package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near words (typos) are looked for only when the index does not know the word typed. */
@DisplayName("Typo tolerance for unknown words")
class TypoTolerantQueryTest {
    private static final String PAGES = "https://example.org/story/pages";
    private static final String KILNS = "https://example.org/story/kilns";
    private static final String KILMS = "https://example.org/story/kilms";

    @TempDir
    Path dir;

    private Directory directory;
    private DirectoryReader reader;
    private FacetedSearcher searcher;
    private final Searching searching = new Searching(Analysis.perField(), Fields.facetsConfig());

    @BeforeEach
    void index() throws IOException {
        EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());
        directory = FSDirectory.open(dir);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
            for (int i = 1; i <= TypoTolerantQuery.KNOWN_DOCUMENTS; i++) {
                w.addDocument(
                        documents.toDocument(story("https://example.org/story/wages-" + i, "Wages recovered " + i)));
            }
            w.addDocument(documents.toDocument(story(PAGES, "Pages of history")));
            w.addDocument(documents.toDocument(story(KILNS, "Brick kilns")));
            w.addDocument(documents.toDocument(story(KILMS, "Brick kilms")));
        }
        reader = DirectoryReader.open(directory);
        searcher =
                (FacetedSearcher) FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(reader, null);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    @DisplayName("a word enough documents hold is taken as spelled right: 'wages' does not also find 'Pages'")
    void knownWordMatchesExactly() throws IOException {
        assertEquals(
                Set.of(
                        "https://example.org/story/wages-1",
                        "https://example.org/story/wages-2",
                        "https://example.org/story/wages-3"),
                found("wages"));
    }

    @Test
    @DisplayName("a word no document holds finds the words one edit away: 'wagess' finds the wages stories")
    void unknownWordMatchesNearWords() throws IOException {
        assertEquals(
                Set.of(
                        "https://example.org/story/wages-1",
                        "https://example.org/story/wages-2",
                        "https://example.org/story/wages-3"),
                found("wagess"));
    }

    @Test
    @DisplayName("a word fewer documents hold still finds its near words: 'kilms' (in one story) finds 'kilns' too")
    void rareWordMatchesNearWords() throws IOException {
        assertEquals(Set.of(KILMS, KILNS), found("kilms"));
    }

    private Set<String> found(String text) throws IOException {
        return Set.copyOf(searching.run(searcher, SearchQuery.of(text)).hits().stream()
                .map(Hit::uri)
                .toList());
    }

    private static IndexEntry story(String uri, String title) {
        return IndexEntry.builder(uri, EntryType.STORY).title(Text.en(title)).build();
    }
}
