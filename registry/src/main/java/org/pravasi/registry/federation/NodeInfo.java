package org.pravasi.registry.federation;

/**
 * What a peer declares about itself at {@code GET /api/node}.
 *
 * @param baseUri the instance base every URI it publishes lives under
 * @param threshold its disclosure threshold k
 */
record NodeInfo(String baseUri, int threshold) {}
