package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What the sign-in limiter keeps per account weighs the same whatever was typed. */
class SignInLimiterTest {
    @Test
    void anAccountsEntryIsTheSameSizeHoweverLongTheEmailTyped() {
        assertEquals(64, SignInLimiter.key("a@b.example.org").length());
        assertEquals(
                64, SignInLimiter.key("x".repeat(16_384) + "@b.example.org").length());
    }

    @Test
    void anEmailIsOneAccountWhateverItsCaseAndSpaces() {
        assertEquals(SignInLimiter.key("Sunita@NGO.example.org"), SignInLimiter.key("  sunita@ngo.example.org "));
        assertNotEquals(SignInLimiter.key("sunita@ngo.example.org"), SignInLimiter.key("sunita@ngo.example.com"));
    }
}
