package org.pravasi.registry.disclosure;

/** Why a cell is withheld from publication. */
public enum SuppressionReason {
    /** The count is between 1 and the threshold minus one. */
    PRIMARY_BELOW_THRESHOLD,
    /** The count is safe, but is withheld so that a primary cell cannot be recovered from totals. */
    SECONDARY_COMPLEMENT
}
