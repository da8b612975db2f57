package org.pravasi.portal.workspace;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions in memory (a restart signs everyone out): 256-bit random ids, an idle and an absolute expiry. Only
 * a sign-in adds a session (anonymous visitors have none: {@link SignInTokens}), and an account holds at most
 * {@link #MAX_PER_ACCOUNT}, so nothing but the account's own sign-ins can push a session out. Signing in replaces the
 * browser's session by a new one, so an id planted before sign-in is worth nothing after.
 */
final class Sessions {
    /** A session unused this long ends. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** A session ends this long after sign-in, however busy. */
    static final Duration ABSOLUTE = Duration.ofHours(8);
    /** Most sessions of one account; its next sign-in ends the one it used least recently. */
    static final int MAX_PER_ACCOUNT = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session with id {@code id}; an expired one is removed and not returned. Marks it used. */
    Optional<Session> find(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id, s);
            return Optional.empty();
        }
        s.seen(now);
        return Optional.of(s);
    }

    /**
     * Signs {@code accountId} in: ends {@code before} (if any) and returns a new session with a new id and token. Drops
     * every expired session, and the account's least recently used one past {@link #MAX_PER_ACCOUNT}, so the table
     * holds at most that many live sessions per account.
     */
    synchronized Session signIn(Optional<Session> before, String accountId) {
        before.ifPresent(this::end);
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        sessions.values().stream()
                .filter(s -> s.accountId().equals(accountId))
                .sorted(Comparator.comparing(Session::lastSeen).reversed())
                .skip(MAX_PER_ACCOUNT - 1L)
                .forEach(this::end);
        Session s = new Session(random(), random(), accountId, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** Ends the session. */
    void end(Session s) {
        sessions.remove(s.id(), s);
    }

    /** Ends every session of {@code accountId} but {@code keep} (after a password change). */
    void endOthers(String accountId, Session keep) {
        sessions.values().removeIf(s -> s != keep && s.accountId().equals(accountId));
    }

    /** How many sessions the table holds (live ones, and expired ones not yet dropped). */
    int size() {
        return sessions.size();
    }

    /** Whether {@code presented} is the session's CSRF token (constant-time comparison). */
    static boolean tokenMatches(Session s, String presented) {
        return ExpectedToken.of(s).matches(presented);
    }

    private static boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(ABSOLUTE));
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
