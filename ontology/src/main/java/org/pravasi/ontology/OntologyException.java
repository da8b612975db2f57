package org.pravasi.ontology;

import java.io.Serial;

/** The root of the unchecked exceptions thrown by the ontology module. */
public class OntologyException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what went wrong, where, and how to fix it. */
    public OntologyException(String message) {
        super(message);
    }

    /** An exception with a message and the exception that caused it. */
    public OntologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
