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
 */
public record ApiKey(String id, String org, String hash, Instant created, Instant revoked) {
    /** Checks the parts. */
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(created, "created");
    }

    /** Whether the key may still be used. */
    public boolean active() {
        return revoked == null;
    }
}
