package org.pravasi.portal.search;

/** The search index could not be read or written (I/O), or a request to it was malformed. */
public class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a cause. */
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure without a cause. */
    public SearchException(String message) {
        super(message);
    }
}
