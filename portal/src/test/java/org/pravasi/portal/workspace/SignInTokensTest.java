package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sign-in form's tokens: genuine, unexpired ones verify; nothing else does. */
class SignInTokensTest {
    final SessionsTest.TestClock clock = new SessionsTest.TestClock();
    final SignInTokens tokens = SignInTokens.withRandomKey(clock);

    @Test
    @DisplayName("a token is good for two hours after its page was issued, and no longer")
    void aTokenIsGoodForItsLifetime() {
        String t = tokens.issue();
        assertTrue(tokens.valid(t));
        clock.pass(SignInTokens.LIFETIME.minusSeconds(1));
        assertTrue(tokens.valid(t));
        clock.pass(Duration.ofSeconds(1));
        assertFalse(tokens.valid(t), "expired");
    }

    @Test
    @DisplayName("the sign-in page gives a browser its token again only while it has an hour or more left")
    void aTokenIsReusedOnlyWhileYoung() {
        String t = tokens.issue();
        clock.pass(SignInTokens.REUSE.minusSeconds(1));
        assertTrue(tokens.reusable(t));
        clock.pass(Duration.ofSeconds(1));
        assertFalse(tokens.reusable(t));
        assertTrue(tokens.valid(t), "still good for a form already open");
    }

    @Test
    @DisplayName("a token signed with another key, altered, or not a token at all does not verify")
    void forgedTokensDoNotVerify() {
        String t = tokens.issue();
        SignInTokens elsewhere = SignInTokens.withRandomKey(clock);
        assertFalse(tokens.valid(elsewhere.issue()), "another process's key");
        for (int i = 0; i < t.length(); i++) {
            char[] c = t.toCharArray();
            c[i] = c[i] == 'A' ? 'B' : 'A';
            assertFalse(tokens.valid(new String(c)), "character " + i + " changed");
        }
        for (String junk : new String[] {null, "", "x", t + "A", t.substring(1), "!".repeat(t.length())}) {
            assertFalse(tokens.valid(junk), String.valueOf(junk));
        }
    }

    @Test
    @DisplayName("moving a token's issue time forward breaks its signature")
    void anExtendedTokenDoesNotVerify() {
        String t = tokens.issue();
        clock.pass(SignInTokens.LIFETIME);
        byte[] raw = Base64.getUrlDecoder().decode(t);
        ByteBuffer.wrap(raw).putLong(16, clock.instant().getEpochSecond());
        assertFalse(tokens.valid(Base64.getUrlEncoder().withoutPadding().encodeToString(raw)));
    }

    @Test
    @DisplayName("a token issued more than a minute ahead of the clock does not verify")
    void aTokenFromTheFutureDoesNotVerify() {
        clock.pass(SignInTokens.CLOCK_STEP.plusSeconds(1));
        String ahead = tokens.issue();
        clock.pass(SignInTokens.CLOCK_STEP.plusSeconds(1).negated());
        assertFalse(tokens.valid(ahead));
    }

    @Test
    @DisplayName("tokens are all different and of one length")
    void tokensAreUniqueAndOfOneLength() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String t = tokens.issue();
            assertEquals(SignInTokens.CHARS, t.length());
            assertTrue(seen.add(t));
        }
    }
}
