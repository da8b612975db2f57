package org.pravasi.registry.sparql;

import org.apache.jena.query.QueryExecException;

/**
 * A query this node will not run, or stopped because it went past a limit; the message says what, where and how to fix
 * it, and endpoints answer it with {@code 400}.
 */
public class QueryRefusedException extends QueryExecException {
    /** A refusal with a message for the client. */
    public QueryRefusedException(String message) {
        super(message);
    }
}
