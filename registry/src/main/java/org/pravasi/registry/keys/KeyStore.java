package org.pravasi.registry.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.store.OwnerOnlyJsonList;
import tools.jackson.core.type.TypeReference;

/**
 * Organisation API keys in {@code dataDir/keys.json}, kept apart from the public store. A key is shown once when
 * issued; only its SHA-256 hash is stored (keys are 256-bit random, so a fast hash suffices), and presented keys are
 * compared in constant time.
 */
public final class KeyStore {
    private static final Pattern FORMAT = Pattern.compile("pdc_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    private final SecureRandom random = new SecureRandom();
    private final OwnerOnlyJsonList<ApiKey> keys;

    private KeyStore(OwnerOnlyJsonList<ApiKey> keys) {
        this.keys = keys;
    }

    /** Opens the key file in {@code dataDir} (an absent file means no keys yet). */
    public static KeyStore open(Path dataDir) {
        var file =
                new OwnerOnlyJsonList<>(dataDir.resolve("keys.json"), new TypeReference<List<ApiKey>>() {}, "API keys");
        file.current(); // a damaged file is refused at start, not at the first request
        return new KeyStore(file);
    }

    /** Issues a new key for {@code org} from the node's command line; the returned secret is the only copy. */
    public IssuedKey create(String org) {
        return create(org, null);
    }

    /**
     * Issues a new key for {@code org} on behalf of workspace account {@code creator} (null: the node's operator); the
     * returned secret is the only copy. The key lives as long as its creator may publish for {@code org}
     * ({@link #revokeIssuedBy}).
     */
    public synchronized IssuedKey create(String org, String creator) {
        List<ApiKey> keys = this.keys.current();
        byte[] idBytes = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String key = "pdc_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        keys.add(new ApiKey(id, org, hash(key), Instant.now(), null, creator));
        this.keys.save(keys);
        return new IssuedKey(id, org, key);
    }

    /** Every key, active and revoked (hashes only). */
    public synchronized List<ApiKey> list() {
        return List.copyOf(keys.current());
    }

    /** Revokes a key by id; false when there is no such active key. */
    public synchronized boolean revoke(String id) {
        List<ApiKey> keys = this.keys.current();
        for (int i = 0; i < keys.size(); i++) {
            ApiKey k = keys.get(i);
            if (k.id().equals(id) && k.active()) {
                keys.set(i, k.revokedAt(Instant.now()));
                this.keys.save(keys);
                return true;
            }
        }
        return false;
    }

    /**
     * Revokes every active key of {@code org} that workspace account {@code creator} issued: called when the account
     * leaves the organisation or may no longer publish for it, so that a key does not keep the powers its holder lost.
     * Returns how many were revoked.
     */
    public synchronized int revokeIssuedBy(String org, String creator) {
        List<ApiKey> keys = this.keys.current();
        Instant now = Instant.now();
        int revoked = 0;
        for (int i = 0; i < keys.size(); i++) {
            ApiKey k = keys.get(i);
            if (k.active() && k.org().equals(org) && creator.equals(k.creator())) {
                keys.set(i, k.revokedAt(now));
                revoked++;
            }
        }
        if (revoked > 0) {
            this.keys.save(keys);
        }
        return revoked;
    }

    /** The organisation of an active key, or empty for an unknown, malformed or revoked key. */
    public Optional<String> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        byte[] h = HexFormat.of().parseHex(hash(presented.strip()));
        List<ApiKey> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(keys.current());
        }
        Optional<String> org = Optional.empty();
        for (ApiKey k : snapshot) {
            boolean same = MessageDigest.isEqual(h, HexFormat.of().parseHex(k.hash()));
            if (same && k.active() && k.id().equals(m.group(1))) {
                org = Optional.of(k.org());
            }
        }
        return org;
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
