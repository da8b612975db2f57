package org.pravasi.portal.workspace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Workspace sessions in memory (a restart signs everyone out): 256-bit random ids, an idle and an absolute expiry, a
 * bounded table. Signing in replaces the session by a new one, so an id planted before sign-in is worth nothing after.
 */
final class Sessions {
    /** A session unused this long ends. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** A session ends this long after sign-in, however busy. */
    static final Duration ABSOLUTE = Duration.ofHours(8);
    /** Most sessions kept (sign-in pages create one each); the least used go first. */
    static final long MAX_SESSIONS = 100_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Cache<String, Session> sessions =
            Caffeine.newBuilder().maximumSize(MAX_SESSIONS).build();

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, not signed in (it carries the sign-in form's CSRF token). */
    Session start() {
        return put(null);
    }

    /** The live session with id {@code id}; an expired one is removed and not returned. Marks it used. */
    Optional<Session> find(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        Session s = sessions.getIfPresent(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(ABSOLUTE))) {
            sessions.invalidate(id);
            return Optional.empty();
        }
        s.seen(now);
        return Optional.of(s);
    }

    /** Signs {@code accountId} in: ends {@code before} (if any) and returns a new session with a new id and token. */
    Session signIn(Optional<Session> before, String accountId) {
        before.ifPresent(b -> sessions.invalidate(b.id()));
        return put(accountId);
    }

    /** Ends the session. */
    void end(Session s) {
        sessions.invalidate(s.id());
    }

    /** Ends every session of {@code accountId} but {@code keep} (after a password change). */
    void endOthers(String accountId, Session keep) {
        sessions.asMap()
                .values()
                .removeIf(s -> s != keep && s.accountId().map(accountId::equals).orElse(false));
    }

    /** Whether {@code presented} is the session's CSRF token (constant-time comparison). */
    static boolean tokenMatches(Session s, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        s.csrf().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private Session put(String accountId) {
        Session s = new Session(random(), random(), accountId, clock.instant());
        sessions.put(s.id(), s);
        return s;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
