package org.pravasi.portal.feeds;

import java.util.Objects;

/**
 * Which datasets and stories a feed follows: all of them, one organisation's, or those about one district.
 *
 * @param kind {@code all}, {@code organisation} or {@code district}
 * @param uri the organisation or district URI (empty for {@code all})
 * @param path the feed's own path, e.g. {@code /feeds/district/201}
 * @param page the HTML page the feed follows, e.g. {@code /id/district/201}
 */
record FeedScope(String kind, String uri, String path, String page) {
    /** Checks the fields. */
    FeedScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(page, "page");
    }
}
