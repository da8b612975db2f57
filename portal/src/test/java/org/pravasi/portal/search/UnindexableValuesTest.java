package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value too long for Lucene (a term over 32,766 bytes, which a hostile peer can send as a language or a theme) is
 * left out of its entry, and an entry that cannot be indexed at all is left out alone: before, one such value failed
 * every rebuild and update of the index, froze search at its last commit and kept the portal from starting.
 */
class UnindexableValuesTest {
    private static final String BASE = "https://peer.example.org/id/dataset/hostile/";

    @TempDir
    Path dir;

    private static IndexEntry entry(String uri, String title, String oversized) {
        return IndexEntry.builder(uri, EntryType.DATASET)
                .title(Text.en(title))
                .language(oversized)
                .theme(oversized)
                .key(oversized)
                .build();
    }

    @Test
    void anOversizedLanguageOrThemeIsLeftOutOfItsEntryNotTheIndex() {
        String huge = "x".repeat(40_000);
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.replaceAll(
                    List.of(entry(BASE + "a", "Brick kiln rescues", huge), entry(BASE + "b", "Wage claims", "en")),
                    "first");
            assertEquals(2, index.size(), "both entries are indexed, the first without its oversized values");
            assertEquals(Optional.of("first"), index.fingerprint(), "the rebuild was committed");

            index.update(BASE + "b", Optional.of(entry(BASE + "b", "Wage claims, corrected", huge)));
            index.commit("second");
            assertEquals(2, index.size());
            assertEquals(Optional.of("second"), index.fingerprint(), "the update was committed");
        }
    }

    @Test
    void anEntryThatCannotBeIndexedAtAllIsLeftOutAndItsOldDocumentRemoved() {
        String longUri = BASE + "c".repeat(40_000);
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.replaceAll(
                    List.of(entry(BASE + "a", "Brick kiln rescues", "en"), entry(longUri, "Unreachable", "en")),
                    "first");
            assertEquals(1, index.size(), "the other entry is indexed");
            index.update(BASE + "a", Optional.of(entry(BASE + "a", "Brick kiln rescues again", "en")));
            index.commit("second");
            assertEquals(Optional.of("second"), index.fingerprint());
        }
    }
}
