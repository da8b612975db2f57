package org.pravasi.registry.sparql;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query this node will not run, or stopped because it went past a limit; the message says what, where and how to fix
 * it, and endpoints answer it with {@code 400}.
 *
 * <p>It is a kind of cancellation so that it stops the whole query wherever it is thrown: Jena's FILTER lets a
 * cancellation through but drops the row for any other exception, logs its stack trace and goes on, so a limit reached
 * inside a FILTER used to give a wrong answer (rows silently missing) or run on to the timeout. Endpoints test for this
 * class before {@link QueryCancelledException}.
 */
public class QueryRefusedException extends QueryCancelledException {
    private final String message;

    /** A refusal with a message for the client. */
    public QueryRefusedException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
