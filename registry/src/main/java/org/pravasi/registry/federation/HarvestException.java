package org.pravasi.registry.federation;

import java.util.List;

/**
 * A harvest of one peer failed or was refused; the message says what, where and how to fix it. Nothing was applied. The
 * refusal of a dataset names the rules it broke ({@link #refusal()}): only those are shown publicly, the message goes
 * to the operator's log; an exception created without rules shows {@link RefusalRule#OTHER}.
 */
public final class HarvestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The rules a refused dataset broke. */
    private final transient List<RefusalRule> rules;
    /** Whether the peer sent the bytes refused before (see {@link Refusal#sameBytes()}). */
    private final boolean sameBytes;
    /** Whether the whole peer failed (unreachable, broken feed, shutting down) rather than one of its datasets. */
    private final boolean peerWide;
    /**
     * Whether the refused dataset cost the whole time allowed, so the harvest gives the thread back to the other peers.
     */
    private final boolean endsHarvest;

    /** Creates the exception. */
    public HarvestException(String message) {
        this(message, null);
    }

    /** Creates the exception with its cause. */
    public HarvestException(String message, Throwable cause) {
        this(message, cause, false, false, List.of(RefusalRule.OTHER), false);
    }

    /** The refusal of a dataset under {@code rule}; {@code detail} is for the operator's log only. */
    HarvestException(RefusalRule rule, String detail) {
        this(rule, detail, null);
    }

    /** As {@link #HarvestException(RefusalRule, String)}, with its cause. */
    HarvestException(RefusalRule rule, String detail, Throwable cause) {
        this(detail, cause, false, false, List.of(rule), false);
    }

    /** The refusal of a dataset: {@code refusal} thrown again (its rules shown, its detail logged). */
    HarvestException(Refusal refusal) {
        this(refusal.detail(), null, false, false, refusal.rules(), refusal.sameBytes());
    }

    private HarvestException(
            String message,
            Throwable cause,
            boolean peerWide,
            boolean endsHarvest,
            List<RefusalRule> rules,
            boolean sameBytes) {
        super(message, cause);
        this.peerWide = peerWide;
        this.endsHarvest = endsHarvest;
        this.rules = List.copyOf(rules);
        this.sameBytes = sameBytes;
    }

    /** A failure of the whole peer: it stops the harvest and the peer is retried with back-off. */
    static HarvestException peerWide(String message, Throwable cause) {
        return new HarvestException(message, cause, true, false, List.of(RefusalRule.OTHER), false);
    }

    /**
     * A dataset refused for being too slow: refused like any other, and the rest of the peer waits for the next
     * harvest.
     */
    static HarvestException tooSlow(String message, Throwable cause) {
        return new HarvestException(message, cause, false, true, List.of(RefusalRule.DOWNLOAD), false);
    }

    /** The refusal this exception stands for: its rules, and its message as the detail. */
    Refusal refusal() {
        return new Refusal(rules, getMessage(), sameBytes);
    }

    /** Whether the harvest should end after refusing this dataset (see {@link #tooSlow}). */
    boolean endsHarvest() {
        return endsHarvest;
    }

    /** Whether the whole peer failed, rather than one dataset (which is refused while the others go on). */
    boolean isPeerWide() {
        return peerWide;
    }
}
