package org.pravasi.ontology;

import java.io.Serial;

/** Thrown when a period such as {@code 2024-Q5} or a granularity such as {@code week} is malformed. */
public class PeriodFormatException extends OntologyException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** An exception whose message quotes the input and shows a well-formed example. */
    public PeriodFormatException(String message) {
        super(message);
    }
}
