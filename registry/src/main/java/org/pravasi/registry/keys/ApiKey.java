package org.pravasi.registry.keys;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored API key: only its SHA-256 hash is kept.
 *
 * @param id the key's public identifier (the part before the secret)
 * @param org the organisation the key publishes for
 * @param hash hex SHA-256 of the whole key
 * @param created when it was issued
 * @param revoked when it was revoked, or null while active
 * @param creator the workspace account that issued it, or null for a key issued on the node's command line
 */
public record ApiKey(String id, String org, String hash, Instant created, Instant revoked, String creator) {
    /** Checks the parts. */
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(created, "created");
    }

    /** A key issued on the node's command line, by its operator. */
    public ApiKey(String id, String org, String hash, Instant created, Instant revoked) {
        this(id, org, hash, created, revoked, null);
    }

    /** This key, revoked at {@code when}. */
    public ApiKey revokedAt(Instant when) {
        return new ApiKey(id, org, hash, created, when, creator);
    }

    /** Whether the key may still be used. */
    public boolean active() {
        return revoked == null;
    }
}
