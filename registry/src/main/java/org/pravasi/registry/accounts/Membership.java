package org.pravasi.registry.accounts;

import java.util.Objects;

/**
 * A person's role in one organisation.
 *
 * @param org the organisation's slug
 * @param role the role there
 */
public record Membership(String org, Role role) {
    /** Checks the parts. */
    public Membership {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(role, "role");
    }
}
