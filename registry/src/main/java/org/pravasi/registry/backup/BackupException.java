package org.pravasi.registry.backup;

/** A backup or restore that cannot be done, with a message that says why and what to do. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public BackupException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
