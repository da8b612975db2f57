package org.pravasi.registry.accounts;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in an organisation's workspace. */
public enum Role {
    /** Manages members and API keys, and publishes. */
    ADMIN,
    /** Publishes the organisation's datasets. */
    EDITOR,
    /** Sees the organisation's workspace, changes nothing. */
    VIEWER;

    /** Whether the role may publish, replace or withdraw datasets. */
    public boolean canPublish() {
        return this != VIEWER;
    }

    /** Whether the role may manage members and API keys. */
    public boolean canManage() {
        return this == ADMIN;
    }

    /** The lowercase name used in forms and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code code} ({@code admin}, {@code editor}, {@code viewer}, any case). */
    public static Optional<Role> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
