package org.pravasi.portal.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * A browser's session: its secret id (the cookie), its CSRF token, and the account signed in, if any. Never changes
 * account: signing in starts a new session (new id, new token).
 */
final class Session {
    private final String id;
    private final String csrf;
    private final String accountId;
    private final Instant created;
    private volatile Instant lastSeen;
    private volatile String notice;

    Session(String id, String csrf, String accountId, Instant created) {
        this.id = id;
        this.csrf = csrf;
        this.accountId = accountId;
        this.created = created;
        this.lastSeen = created;
    }

    String id() {
        return id;
    }

    String csrf() {
        return csrf;
    }

    /** The signed-in account's id; empty before sign-in. */
    Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    Instant created() {
        return created;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant at) {
        lastSeen = at;
    }

    /** Leaves a message for the next page shown (after a redirect). */
    void notice(String text) {
        notice = text;
    }

    /** The message left for this page, once. */
    Optional<String> takeNotice() {
        String n = notice;
        notice = null;
        return Optional.ofNullable(n);
    }
}
