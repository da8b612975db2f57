package org.pravasi.registry.accounts;

/** A refused change to accounts: the message says what was wrong and how to fix it; nothing was stored. */
public final class AccountException extends RuntimeException {
    /** A refusal with its message. */
    public AccountException(String message) {
        super(message);
    }
}
