package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text that leaves the index (a withdrawn dataset or story) leaves no trace a search can sense: Lucene counts a
 * deleted document's words in its statistics until its segment is merged, and those counts decide whether a typed word
 * is taken as spelled right, so whether the withdrawn texts held a word could be read from which live entries a typo
 * finds.
 */
@DisplayName("Withdrawn texts leave nothing in the search index's statistics")
class WithdrawnTextsTest {
    static final String BASE = "https://example.org/story/";

    @TempDir
    Path dir;

    static IndexEntry story(String slug, String title) {
        return IndexEntry.builder(BASE + slug, EntryType.STORY)
                .title(Text.en(title))
                .build();
    }

    static Set<String> found(SearchIndex index, String words) {
        return index.search(SearchQuery.of(words)).hits().stream().map(Hit::uri).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("after three stories holding 'ramesh' are withdrawn, 'ramesh' finds the live 'rakesh' as a typo again")
    void withdrawnWordsNoLongerCountAsKnown() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<IndexEntry> entries = new ArrayList<>();
            for (int i = 1; i <= TypoTolerantQuery.KNOWN_DOCUMENTS; i++) {
                entries.add(story("withdrawn-" + i, "Ramesh recovered wages " + i));
            }
            entries.add(story("live", "Rakesh at the kiln"));
            index.replaceAll(entries, "first");
            assertEquals(
                    Set.of(BASE + "withdrawn-1", BASE + "withdrawn-2", BASE + "withdrawn-3"), found(index, "ramesh"));

            for (int i = 1; i <= TypoTolerantQuery.KNOWN_DOCUMENTS; i++) {
                index.update(BASE + "withdrawn-" + i, Optional.empty());
            }
            index.commit("withdrawn");
            assertEquals(
                    Set.of(BASE + "live"),
                    found(index, "ramesh"),
                    "with the withdrawn stories still counted, 'ramesh' is a known word and finds nothing");
        }
    }
}
