package org.pravasi.registry.federation;

/** A harvest of one peer failed or was refused; the message says what, where and how to fix it. Nothing was applied. */
public final class HarvestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
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
        this(message, cause, false, false);
    }

    private HarvestException(String message, Throwable cause, boolean peerWide, boolean endsHarvest) {
        super(message, cause);
        this.peerWide = peerWide;
        this.endsHarvest = endsHarvest;
    }

    /** A failure of the whole peer: it stops the harvest and the peer is retried with back-off. */
    static HarvestException peerWide(String message, Throwable cause) {
        return new HarvestException(message, cause, true, false);
    }

    /**
     * A dataset refused for being too slow: refused like any other, and the rest of the peer waits for the next
     * harvest.
     */
    static HarvestException tooSlow(String message, Throwable cause) {
        return new HarvestException(message, cause, false, true);
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
