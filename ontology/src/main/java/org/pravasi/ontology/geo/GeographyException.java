package org.pravasi.ontology.geo;

import java.io.Serial;
import org.pravasi.ontology.OntologyException;

/** Thrown when a raw geography file is missing, unreadable, not the pinned version, or not in the expected format. */
public class GeographyException extends OntologyException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** An exception whose message names the file, what was expected and how to fix it. */
    public GeographyException(String message) {
        super(message);
    }

    /** An exception with a message and the exception that caused it. */
    public GeographyException(String message, Throwable cause) {
        super(message, cause);
    }
}
