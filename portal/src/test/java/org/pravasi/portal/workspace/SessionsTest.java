package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sessions end when idle or too old, signing in replaces the session, and only an account's own sign-ins can push one
 * of its sessions out.
 */
class SessionsTest {
    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    final TestClock clock = new TestClock();
    final Sessions sessions = new Sessions(clock);

    @Test
    @DisplayName("a session unused for longer than the idle time ends")
    void idleSessionEnds() {
        Session s = sessions.signIn(Optional.empty(), "acct");
        clock.pass(Sessions.IDLE.minusSeconds(1));
        assertTrue(sessions.find(s.id()).isPresent());
        clock.pass(Sessions.IDLE.plusSeconds(1));
        assertTrue(sessions.find(s.id()).isEmpty());
    }

    @Test
    @DisplayName("a session in constant use still ends at the absolute limit")
    void busySessionEndsAtTheAbsoluteLimit() {
        Session s = sessions.signIn(Optional.empty(), "acct");
        Duration step = Sessions.IDLE.dividedBy(2);
        Duration used = Duration.ZERO;
        while (used.plus(step).compareTo(Sessions.ABSOLUTE) <= 0) {
            clock.pass(step);
            used = used.plus(step);
            assertTrue(sessions.find(s.id()).isPresent(), "used for " + used);
        }
        clock.pass(step);
        assertTrue(sessions.find(s.id()).isEmpty());
    }

    @Test
    @DisplayName("signing in gives a new id and token and ends the session from before")
    void signInReplacesTheSession() {
        Session before = sessions.signIn(Optional.empty(), "someone");
        Session signedIn = sessions.signIn(Optional.of(before), "acct");
        assertNotEquals(before.id(), signedIn.id());
        assertNotEquals(before.csrf(), signedIn.csrf());
        assertTrue(sessions.find(before.id()).isEmpty());
        assertEquals(Optional.of("acct"), sessions.find(signedIn.id()).map(Session::accountId));
        assertEquals(43, signedIn.id().length(), "256 bits, base64url");
    }

    @Test
    @DisplayName("the CSRF token matches only itself")
    void tokenMatchesOnlyItself() {
        Session s = sessions.signIn(Optional.empty(), "acct");
        assertTrue(Sessions.tokenMatches(s, s.csrf()));
        assertFalse(Sessions.tokenMatches(s, null));
        assertFalse(Sessions.tokenMatches(s, ""));
        assertFalse(Sessions.tokenMatches(s, s.csrf() + "x"));
        assertFalse(Sessions.tokenMatches(
                s, sessions.signIn(Optional.empty(), "acct").csrf()));
    }

    @Test
    @DisplayName("a password change signs out the account's other sessions")
    void otherSessionsEndAfterPasswordChange() {
        Session here = sessions.signIn(Optional.empty(), "acct");
        Session elsewhere = sessions.signIn(Optional.empty(), "acct");
        Session someoneElse = sessions.signIn(Optional.empty(), "other");
        sessions.endOthers("acct", here);
        assertTrue(sessions.find(here.id()).isPresent());
        assertTrue(sessions.find(elsewhere.id()).isEmpty());
        assertTrue(sessions.find(someoneElse.id()).isPresent());
    }

    @Test
    @DisplayName("an account keeps at most 20 sessions: its next sign-in ends its least recently used, no one else's")
    void anAccountsOwnSignInsPushOutOnlyItsOwnSessions() {
        Session someoneElse = sessions.signIn(Optional.empty(), "other");
        List<Session> mine = new ArrayList<>();
        for (int i = 0; i < Sessions.MAX_PER_ACCOUNT; i++) {
            clock.pass(Duration.ofSeconds(1));
            mine.add(sessions.signIn(Optional.empty(), "acct"));
        }
        clock.pass(Duration.ofSeconds(1));
        sessions.find(mine.getFirst().id());
        clock.pass(Duration.ofSeconds(1));
        Session next = sessions.signIn(Optional.empty(), "acct");
        assertTrue(sessions.find(mine.get(1).id()).isEmpty(), "the least recently used of the account's ended");
        assertTrue(sessions.find(mine.getFirst().id()).isPresent(), "the oldest, used since, is kept");
        assertTrue(sessions.find(next.id()).isPresent());
        assertTrue(sessions.find(someoneElse.id()).isPresent());
        assertEquals(Sessions.MAX_PER_ACCOUNT + 1, sessions.size());
    }

    @Test
    @DisplayName("expired sessions are dropped at the next sign-in, even if no one asks for them again")
    void expiredSessionsLeaveTheTableAtTheNextSignIn() {
        for (int i = 0; i < 5; i++) {
            sessions.signIn(Optional.empty(), "acct-" + i);
        }
        clock.pass(Sessions.IDLE.plusSeconds(1));
        Session fresh = sessions.signIn(Optional.empty(), "acct-0");
        assertEquals(1, sessions.size());
        assertTrue(sessions.find(fresh.id()).isPresent());
    }
}
