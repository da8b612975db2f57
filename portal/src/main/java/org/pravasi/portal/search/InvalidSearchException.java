package org.pravasi.portal.search;

/** A search or suggest request with a parameter out of range or malformed; the message says which and how to fix it. */
public final class InvalidSearchException extends SearchException {
    private static final long serialVersionUID = 1L;

    /** A request problem described for the client. */
    public InvalidSearchException(String message) {
        super(message);
    }
}
