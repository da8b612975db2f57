package org.pravasi.registry.accounts;

import java.util.Optional;

/**
 * A member just added to an organisation.
 *
 * @param account the account (new, or the person's existing one)
 * @param initialPassword for a new account, its generated password, to hand over once; empty for an existing account
 */
public record NewMember(Account account, Optional<String> initialPassword) {
    @Override
    public String toString() {
        return "NewMember[" + account + ", initialPassword=" + (initialPassword.isPresent() ? "***" : "none") + "]";
    }
}
