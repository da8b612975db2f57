package org.pravasi.registry.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to the publishing workspace. Stored only in the node's private {@code accounts.json}.
 *
 * @param id random public identifier (used in forms instead of the email)
 * @param email the sign-in name, lowercase
 * @param name the display name
 * @param password the Argon2id hash in PHC form ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), never the
 *     password
 * @param memberships the organisations the person belongs to, one role each
 * @param created when the account was created
 * @param issuedBy the organisation whose admin created the account and was shown its generated password; kept when the
 *     password changes, since that admin may have changed it; {@code null} for an account the operator created with a
 *     typed password (and for one whose holder set a password before session 27, when it was cleared)
 */
public record Account(
        String id,
        String email,
        String name,
        String password,
        List<Membership> memberships,
        Instant created,
        String issuedBy) {
    /** Checks and copies the parts. */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(created, "created");
        memberships = List.copyOf(memberships);
    }

    /** The person's role in {@code org}, if a member. */
    public Optional<Role> roleIn(String org) {
        return memberships.stream()
                .filter(m -> m.org().equals(org))
                .map(Membership::role)
                .findFirst();
    }

    /**
     * The organisation whose admin created the account and was shown its generated password: whoever holds the account
     * now may be that admin, who could have set a password of their own on it, so it is never joined to another
     * organisation from the workspace.
     */
    public Optional<String> passwordIssuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    /** The same account with another password hash; who created it stays recorded. */
    Account withPassword(String hash) {
        return new Account(id, email, name, hash, memberships, created, issuedBy);
    }

    /** The same account with {@code memberships}. */
    Account withMemberships(List<Membership> next) {
        return new Account(id, email, name, password, next, created, issuedBy);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", memberships=" + memberships + "]";
    }
}
