package org.pravasi.portal.workspace;

import org.pravasi.registry.accounts.Role;

/** What a workspace route needs of the member's role. */
public enum Need {
    /** Any member: admin, editor or viewer. */
    SEE,
    /** Publishing: admin or editor. */
    PUBLISH,
    /** Managing members and keys: admin. */
    MANAGE;

    /** Whether {@code role} is enough. */
    public boolean metBy(Role role) {
        return switch (this) {
            case SEE -> true;
            case PUBLISH -> role.canPublish();
            case MANAGE -> role.canManage();
        };
    }
}
