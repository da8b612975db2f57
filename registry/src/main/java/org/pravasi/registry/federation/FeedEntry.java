package org.pravasi.registry.federation;

import java.time.Instant;

/**
 * One entry of a peer's change feed: a dataset whose record changed.
 *
 * @param uri the dataset URI
 * @param identifier {@code org/slug}
 * @param modified when its record last changed at the peer
 * @param versionUri its current version (empty when withdrawn)
 * @param withdrawn whether the peer withdrew it
 */
record FeedEntry(String uri, String identifier, Instant modified, String versionUri, boolean withdrawn) {}
