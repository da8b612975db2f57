package org.pravasi.registry.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The last change of each peer's dataset that met one fate this run (refused, or the same bytes as the copy held): one
 * entry per peer and dataset, the newest {@code modified} only, at most {@link #MAX_DATASETS} in all. A peer that
 * announces its datasets again and again with a new {@code modified} each time replaces its entries instead of adding
 * one per announcement; beyond the bound the least used are forgotten, which costs only a fetch more. A dataset is
 * remembered by the SHA-256 of its URI, not the URI the peer sent (up to 2,000 characters): an entry's memory does not
 * grow with what a peer sends (review 38c).
 */
final class ChangesSeen {
    /** Datasets remembered at most, over every peer. */
    static final long MAX_DATASETS = 200_000;

    private final Cache<String, String> last;

    ChangesSeen() {
        this(MAX_DATASETS);
    }

    ChangesSeen(long max) {
        this.last =
                Caffeine.newBuilder().maximumSize(max).executor(Runnable::run).build();
    }

    /** Remembers {@code e} as the last change of its dataset at {@code peer}. */
    void add(Peer peer, FeedEntry e) {
        last.put(key(peer, e), e.modified().toString());
    }

    /** Whether {@code e} is the change remembered for its dataset at {@code peer}. */
    boolean contains(Peer peer, FeedEntry e) {
        return e.modified().toString().equals(last.getIfPresent(key(peer, e)));
    }

    /** How many datasets are remembered (for tests). */
    long size() {
        last.cleanUp();
        return last.estimatedSize();
    }

    /** The entry's key: the peer's configured URL and the digest of the dataset URI it announced. */
    static String key(Peer peer, FeedEntry e) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(e.uri().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return peer.url() + " "
                    + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException("every Java runtime has SHA-256", x);
        }
    }
}
