package org.pravasi.registry.catalog;

import java.time.Instant;

/**
 * A short summary of what search builds its index from, beside the dataset records: if it differs from the one the
 * index was built for, the index is stale. The hashes are order-independent sums.
 *
 * @param stories how many stories the store holds
 * @param organisations how many organisations are described in their own graphs
 * @param districts how many districts the reference geography holds
 * @param states how many states and union territories it holds
 * @param concepts how many concept-in-scheme statements the code lists hold
 * @param latestModified the latest {@code dct:modified} anywhere in the store ({@link Instant#EPOCH} when none)
 * @param organisationHash a hash of every statement of every organisation graph (they change without a date)
 * @param labelHash a hash of the labels, alternative labels and definitions of the code lists and places
 */
public record CatalogFingerprint(
        long stories,
        long organisations,
        long districts,
        long states,
        long concepts,
        Instant latestModified,
        long organisationHash,
        long labelHash) {}
