package org.pravasi.portal.feeds;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of a feed: a dataset or a story, as it stands now.
 *
 * @param id the dataset or story URI (the entry's {@code atom:id}, stable across updates)
 * @param kind {@code dataset} or {@code story}, the entry's category
 * @param title its title in the feed's language
 * @param summary its description or summary (may be empty)
 * @param author the publishing organisation's name
 * @param path the portal page of the dataset or story
 * @param published when it was first issued or published (may be null when the record does not say)
 * @param updated when it last changed
 */
record FeedEntry(
        String id,
        String kind,
        String title,
        String summary,
        String author,
        String path,
        OffsetDateTime published,
        OffsetDateTime updated) {

    /** Checks the fields every Atom entry needs. */
    FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(updated, "updated");
    }
}
