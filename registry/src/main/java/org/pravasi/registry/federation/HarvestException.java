package org.pravasi.registry.federation;

/** A harvest of one peer failed or was refused; the message says what, where and how to fix it. Nothing was applied. */
public final class HarvestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public HarvestException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
