package org.pravasi.portal.workspace;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-in form's CSRF tokens, which the server does not keep: each is a random nonce and the second it was issued,
 * signed with this process's random key (HMAC-SHA256). The sign-in page gives a token both in a cookie
 * ({@link SignInCookie}) and in the form; a sign-in is accepted only when the two are the same token, its signature
 * holds and it is younger than {@link #LIFETIME}. So an anonymous visitor costs no server memory, and no number of
 * visitors can push out anyone's sign-in form or session. A restart makes open sign-in forms stale (reload to sign in).
 */
final class SignInTokens {
    /** A sign-in form is good this long after its page was issued. */
    static final Duration LIFETIME = Duration.ofHours(2);
    /** The sign-in page gives a browser its token again while it is younger than this, so two open tabs agree. */
    static final Duration REUSE = Duration.ofHours(1);
    /** A token issued up to this far in the future is accepted (the wall clock may step back a little). */
    static final Duration CLOCK_STEP = Duration.ofMinutes(1);

    private static final int NONCE_BYTES = 16;
    private static final int SIGNED_BYTES = NONCE_BYTES + Long.BYTES;
    private static final int MAC_BYTES = 32;
    /** Characters of a token: base64url, no padding, of nonce, time and signature (56 bytes). */
    static final int CHARS = ((SIGNED_BYTES + MAC_BYTES) * 4 + 2) / 3;

    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final SecretKeySpec key;

    SignInTokens(Clock clock, byte[] key) {
        this.clock = Objects.requireNonNull(clock);
        if (key.length < MAC_BYTES) {
            throw new IllegalArgumentException("an HMAC-SHA256 key needs at least 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** Tokens signed with a new random 256-bit key, known only to this process. */
    static SignInTokens withRandomKey(Clock clock) {
        byte[] key = new byte[MAC_BYTES];
        RANDOM.nextBytes(key);
        return new SignInTokens(clock, key);
    }

    /** A new token, issued now. */
    String issue() {
        ByteBuffer b = ByteBuffer.allocate(SIGNED_BYTES + MAC_BYTES);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        b.put(nonce).putLong(clock.instant().getEpochSecond());
        b.put(mac(b.array()));
        return ENCODER.encodeToString(b.array());
    }

    /** Whether {@code token} is one of ours (the signature holds, compared in constant time) and not expired. */
    boolean valid(String token) {
        return issued(token)
                .filter(at -> clock.instant().isBefore(at.plus(LIFETIME)))
                .isPresent();
    }

    /** Whether {@code token} is valid and young enough to be given again on the sign-in page. */
    boolean reusable(String token) {
        return issued(token)
                .filter(at -> clock.instant().isBefore(at.plus(REUSE)))
                .isPresent();
    }

    /** When a genuine token was issued; empty for anything else, or for one issued later than the clock allows. */
    private Optional<Instant> issued(String token) {
        if (token == null || token.length() != CHARS) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // The last character has two bits to spare: only the one spelling we issue is the token.
        if (raw.length != SIGNED_BYTES + MAC_BYTES
                || !ENCODER.encodeToString(raw).equals(token)) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(raw, SIGNED_BYTES);
        byte[] presented = Arrays.copyOfRange(raw, SIGNED_BYTES, raw.length);
        if (!MessageDigest.isEqual(mac(signed), presented)) {
            return Optional.empty();
        }
        Instant at = Instant.ofEpochSecond(
                ByteBuffer.wrap(signed, NONCE_BYTES, Long.BYTES).getLong());
        return at.isAfter(clock.instant().plus(CLOCK_STEP)) ? Optional.empty() : Optional.of(at);
    }

    /** The signature of the first {@link #SIGNED_BYTES} bytes of {@code data}. */
    private byte[] mac(byte[] data) {
        try {
            Mac m = Mac.getInstance(HMAC);
            m.init(key);
            m.update(data, 0, SIGNED_BYTES);
            return m.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
