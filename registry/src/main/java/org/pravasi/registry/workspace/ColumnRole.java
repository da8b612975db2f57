package org.pravasi.registry.workspace;

import java.util.Objects;

/**
 * What a column of the upload holds, proposed by the workspace or chosen by the officer.
 *
 * @param column the header
 * @param role what it holds
 * @param qualifier the area level ({@code district}, {@code state}), period granularity, code-list id or measure name;
 *     empty when not known yet
 * @param confidence how sure the proposal is, 0–1 (1 for the officer's own choice)
 * @param reason why, in one sentence
 */
public record ColumnRole(String column, Role role, String qualifier, double confidence, String reason) {
    /** The roles a column can have in the workspace. */
    public enum Role {
        /** The area of each figure (districts or states). */
        AREA,
        /** The state of each row, used only to tell apart districts of the same name; not published. */
        STATE,
        /** The period. */
        PERIOD,
        /** A category from a code list. */
        DIMENSION,
        /** The count. */
        MEASURE,
        /** Not published. */
        IGNORE
    }

    /** Checks the parts. */
    public ColumnRole {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(reason, "reason");
    }

    /** The officer's choice for a column. */
    public static ColumnRole chosen(String column, Role role, String qualifier) {
        return new ColumnRole(column, role, qualifier, 1.0, "your choice");
    }
}
