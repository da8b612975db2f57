package org.pravasi.registry.federation;

/** A harvest of one peer failed or was refused; the message says what, where and how to fix it. Nothing was applied. */
public final class HarvestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Whether the whole peer failed (unreachable, broken feed, shutting down) rather than one of its datasets. */
    private final boolean peerWide;

    /** Creates the exception. */
    public HarvestException(String message) {
        this(message, null);
    }

    /** Creates the exception with its cause. */
    public HarvestException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private HarvestException(String message, Throwable cause, boolean peerWide) {
        super(message, cause);
        this.peerWide = peerWide;
    }

    /** A failure of the whole peer: it stops the harvest and the peer is retried with back-off. */
    static HarvestException peerWide(String message, Throwable cause) {
        return new HarvestException(message, cause, true);
    }

    /** Whether the whole peer failed, rather than one dataset (which is refused while the others go on). */
    boolean isPeerWide() {
        return peerWide;
    }
}
