package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typeahead reads its titles from doc values, not stored documents: it must show the same title, type and URI as a
 * search hit of the same entry, in every display language, across segments.
 */
@DisplayName("Suggestion titles")
class SuggestionTitlesTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a suggestion shows the title a search hit shows: the first in the display language, else English, else Hindi")
    void sameTitleAsSearchHits() throws IOException {
        EntryDocuments documents = new EntryDocuments(Fields.facetsConfig());
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analysis.perField()))) {
            w.addDocument(documents.toDocument(IndexEntry.builder("https://example.org/story/both", EntryType.STORY)
                    .title(new Text("hi", "कटिहार मज़दूरी शिविर"))
                    .title(Text.en("Katihar wages camp"))
                    .title(Text.en("Katihar second title"))
                    .build()));
            w.commit(); // a second segment, so that documents are found through their leaf
            w.addDocument(documents.toDocument(IndexEntry.builder("https://example.org/dataset/en", EntryType.DATASET)
                    .title(Text.en("Katihar wage claims"))
                    .build()));
            w.addDocument(documents.toDocument(IndexEntry.builder("https://example.org/story/hi", EntryType.STORY)
                    .title(new Text("hi", "कटिहार हेल्पलाइन"))
                    .build()));
            try (DirectoryReader r = DirectoryReader.open(w)) {
                FacetedSearcher s = (FacetedSearcher)
                        FacetedSearcher.factory(Fields.facetsConfig()).newSearcher(r, null);
                Searching searching = new Searching(Analysis.perField(), Fields.facetsConfig());
                Suggester suggester = new Suggester(Analysis.perField());
                for (String lang : List.of("en", "hi")) {
                    List<Suggestion> suggested =
                            new ArrayList<>(suggester.suggest(s, new SuggestQuery("kati", 10, lang)));
                    suggested.addAll(suggester.suggest(s, new SuggestQuery("कटि", 10, lang)));
                    assertEquals(4, suggested.size(), lang);
                    for (Suggestion x : suggested) {
                        Hit hit = searching.run(s, SearchQuery.of("", lang)).hits().stream()
                                .filter(h -> h.uri().equals(x.uri()))
                                .findFirst()
                                .orElseThrow();
                        assertEquals(hit.title(), x.title(), lang + " " + x.uri());
                        assertEquals(hit.type(), x.type(), x.uri());
                    }
                    assertEquals(
                            lang.equals("hi") ? "कटिहार मज़दूरी शिविर" : "Katihar wages camp",
                            titleOf(suggested, "https://example.org/story/both"));
                }
                assertEquals(
                        "कटिहार हेल्पलाइन",
                        titleOf(
                                suggester.suggest(s, new SuggestQuery("कटि", 10, "en")),
                                "https://example.org/story/hi"));
                assertEquals(
                        "Katihar wage claims",
                        titleOf(
                                suggester.suggest(s, new SuggestQuery("kati", 10, "hi")),
                                "https://example.org/dataset/en"));
            }
        }
    }

    private static String titleOf(List<Suggestion> suggestions, String uri) {
        return suggestions.stream()
                .filter(x -> x.uri().equals(uri))
                .findFirst()
                .orElseThrow()
                .title();
    }
}
