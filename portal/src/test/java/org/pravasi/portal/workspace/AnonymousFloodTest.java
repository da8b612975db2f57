package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A flood of anonymous visits to the sign-in page (100 a second for 25 minutes) while people work: what each visit
 * costs the server is a signed token it does not keep ({@link SignInTokens#issue}, all that {@code GET /publish} does
 * for a browser without a session), so the flood can push out neither a signed-in session nor a sign-in form opened
 * before it. Until session 28 each visit added a session to one table of 100,000, and the same flood pushed out both.
 */
class AnonymousFloodTest {
    static final int VISITS = 150_000;
    static final Duration BETWEEN_VISITS = Duration.ofMillis(10);

    final SessionsTest.TestClock clock = new SessionsTest.TestClock();
    final Sessions sessions = new Sessions(clock);
    final SignInTokens tokens = SignInTokens.withRandomKey(clock);

    @Test
    @DisplayName("150,000 anonymous sign-in pages leave a signed-in session and an earlier sign-in form good")
    void aFloodOfSignInPagesPushesOutNoOne() {
        Session reading = sessions.signIn(Optional.empty(), "officer");
        for (int i = 0; i < 3; i++) {
            sessions.find(reading.id());
        }
        String openForm = tokens.issue();
        for (int i = 0; i < VISITS; i++) {
            tokens.issue();
            clock.pass(BETWEEN_VISITS);
        }
        assertEquals(1, sessions.size(), "only the sign-in added to the table");
        assertTrue(sessions.find(reading.id()).isPresent(), "signed in, idle for 25 minutes: still signed in");
        assertTrue(tokens.valid(openForm), "the form opened before the flood still signs in");
        Session signedIn = sessions.signIn(Optional.empty(), "colleague");
        assertTrue(sessions.find(signedIn.id()).isPresent());
    }
}
