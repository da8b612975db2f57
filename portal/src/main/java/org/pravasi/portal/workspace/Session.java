package org.pravasi.portal.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in browser's session: its secret id (the cookie), its CSRF token and its account. Only a sign-in starts one
 * (a new id and token each time); it never changes account.
 */
final class Session {
    private final String id;
    private final String csrf;
    private final String accountId;
    private final Instant created;
    private volatile Instant lastSeen;
    private volatile Notice notice;

    Session(String id, String csrf, String accountId, Instant created) {
        this.id = id;
        this.csrf = csrf;
        this.accountId = Objects.requireNonNull(accountId);
        this.created = created;
        this.lastSeen = created;
    }

    String id() {
        return id;
    }

    String csrf() {
        return csrf;
    }

    /** The signed-in account's id. */
    String accountId() {
        return accountId;
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

    /**
     * Leaves a message for the next page shown (after a redirect), as a key and arguments: that page puts it into words
     * in its own language.
     */
    void notice(Notice n) {
        notice = n;
    }

    /** The message left for this page, once. */
    Optional<Notice> takeNotice() {
        Notice n = notice;
        notice = null;
        return Optional.ofNullable(n);
    }
}
