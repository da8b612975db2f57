package org.pravasi.portal.explore;

/** A selection the dataset cannot answer: the message says which parameter, what was wrong and what to use instead. */
final class BadSelection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The parameter at fault. */
    private final String parameter;

    BadSelection(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault. */
    String parameter() {
        return parameter;
    }
}
