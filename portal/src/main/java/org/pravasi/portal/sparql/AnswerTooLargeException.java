package org.pravasi.portal.sparql;

/**
 * A query's answer grew past the endpoint's byte budget while it was written; the endpoint answers it with {@code 413}.
 */
final class AnswerTooLargeException extends RuntimeException {
    private final long budget;

    /** The answer passed {@code budget} bytes. */
    AnswerTooLargeException(long budget) {
        super("The answer grew past " + budget + " bytes", null, false, false);
        this.budget = budget;
    }

    /** The budget the answer passed, in bytes. */
    long budget() {
        return budget;
    }
}
