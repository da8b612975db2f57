package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sessions end when idle or too old, and signing in replaces the session. */
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
        Session anonymous = sessions.start();
        Session signedIn = sessions.signIn(Optional.of(anonymous), "acct");
        assertNotEquals(anonymous.id(), signedIn.id());
        assertNotEquals(anonymous.csrf(), signedIn.csrf());
        assertTrue(sessions.find(anonymous.id()).isEmpty());
        assertEquals(Optional.of("acct"), sessions.find(signedIn.id()).flatMap(Session::accountId));
        assertEquals(43, signedIn.id().length(), "256 bits, base64url");
    }

    @Test
    @DisplayName("the CSRF token matches only itself")
    void tokenMatchesOnlyItself() {
        Session s = sessions.start();
        assertTrue(Sessions.tokenMatches(s, s.csrf()));
        assertFalse(Sessions.tokenMatches(s, null));
        assertFalse(Sessions.tokenMatches(s, ""));
        assertFalse(Sessions.tokenMatches(s, s.csrf() + "x"));
        assertFalse(Sessions.tokenMatches(s, sessions.start().csrf()));
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
}
