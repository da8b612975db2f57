package org.pravasi.registry.accounts;

/**
 * A refused change to accounts: the message says what was wrong and how to fix it; nothing was stored. The code names
 * the kind of refusal ({@code email}, {@code name}, {@code org}, {@code password}, {@code role}, {@code member},
 * {@code not-member}, {@code last-admin}, {@code current-password}), for interfaces that word it in their own language.
 */
public final class AccountException extends RuntimeException {
    private final String code;

    /** A refusal of kind {@code code} with its message. */
    public AccountException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The kind of refusal. */
    public String code() {
        return code;
    }
}
