package org.pravasi.portal.workspace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in attempts per account (the email typed, known or not) and per client address, in Bucket4j token buckets. A
 * successful sign-in refills the account's bucket, so only failures add up against a person.
 */
final class SignInLimiter {
    /** Attempts per account in {@link #ACCOUNT_WINDOW}. */
    static final int PER_ACCOUNT = 5;
    /** The window of the account limit. */
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    /** Attempts per client address in {@link #ADDRESS_WINDOW}. */
    static final int PER_ADDRESS = 20;
    /** The window of the address limit. */
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);

    private final Bandwidth account;
    private final Bandwidth address;
    private final Cache<String, Bucket> byAccount;
    private final Cache<String, Bucket> byAddress;

    SignInLimiter() {
        this.account = bandwidth(PER_ACCOUNT, ACCOUNT_WINDOW);
        this.address = bandwidth(PER_ADDRESS, ADDRESS_WINDOW);
        // A bucket idle for its whole window is full again, so it is dropped then.
        this.byAccount = Caffeine.newBuilder()
                .expireAfterAccess(ACCOUNT_WINDOW)
                .maximumSize(1_000_000)
                .build();
        this.byAddress = Caffeine.newBuilder()
                .expireAfterAccess(ADDRESS_WINDOW)
                .maximumSize(1_000_000)
                .build();
    }

    /** Takes an attempt: 0 when allowed, else the whole seconds to wait. */
    long take(String email, String clientAddress) {
        long wait = take(byAddress, clientAddress, address);
        return wait > 0 ? wait : take(byAccount, key(email), account);
    }

    /**
     * Takes an attempt at account {@code accountId}'s current password from a signed-in session (changing the
     * password): 0 when allowed, else the whole seconds to wait. Its own bucket per account, as many as sign-in: a
     * session left open must not become an unlimited guess at the password behind it.
     */
    long takeCurrentPassword(String accountId) {
        return take(byAccount, "session of " + accountId, account);
    }

    /** Forgets the failed guesses at {@code accountId}'s current password after a right one. */
    void currentPasswordRight(String accountId) {
        byAccount.invalidate("session of " + accountId);
    }

    /** Forgets the failures of {@code email} after it signed in. */
    void succeeded(String email) {
        byAccount.invalidate(key(email));
    }

    /**
     * The account's name in the limiter: a SHA-256 of the email as typed, stripped and in lower case, so that each
     * entry weighs the same whatever was typed (a form field may hold 16 KiB, and a million entries are kept).
     */
    static String key(String email) {
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long take(Cache<String, Bucket> cache, String name, Bandwidth limit) {
        Bucket bucket = cache.get(name, n -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long second = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (probe.getNanosToWaitForRefill() + second - 1) / second);
    }

    private static Bandwidth bandwidth(int n, Duration window) {
        return Bandwidth.builder().capacity(n).refillGreedy(n, window).build();
    }
}
