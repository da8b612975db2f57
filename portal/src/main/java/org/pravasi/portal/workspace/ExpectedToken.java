package org.pravasi.portal.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF token a form must carry, known before its body is read: the session's, or for the sign-in form the token in
 * the browser's sign-in cookie. A form without it is refused with {@link #refusal()}.
 *
 * @param value the token
 * @param signIn whether this is the sign-in form (its refusal says to reload the sign-in page)
 */
record ExpectedToken(String value, boolean signIn) {
    /** The token of the forms of a signed-in session. */
    static ExpectedToken of(Session s) {
        return new ExpectedToken(s.csrf(), false);
    }

    /** The token of a sign-in form, from a sign-in cookie whose signature and age have been checked. */
    static ExpectedToken signIn(String cookie) {
        return new ExpectedToken(cookie, true);
    }

    /** Whether {@code presented} is this token (constant-time comparison). */
    boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** The answer to a form without this token: 403, nothing changed, no one signed in. */
    Refusal refusal() {
        return signIn ? signInRefused() : new Refusal(403, "ws.refused.title", "ws.refused.csrf", "/publish");
    }

    /** The answer to a sign-in without a good token: a forged, expired or mismatched one, or none. */
    static Refusal signInRefused() {
        return new Refusal(
                403, "ws.refused.title", "ws.refused.signInForm", "/publish", SignInTokens.LIFETIME.toHours());
    }
}
