package org.pravasi.portal.sparql;

import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.pravasi.registry.sparql.QueryRefusedException;
import org.pravasi.registry.web.ProblemException;

/** The endpoint's problem-details answers: each says what went wrong, where, and how to fix it. */
final class SparqlProblems {
    /** Detail for a query deeper than the parser's or planner's stack. */
    static final String DEEP =
            "The query is nested too deeply for this endpoint (brackets, sub-queries or expressions inside "
                    + "one another, thousands deep). Flatten it: use VALUES, UNION of fewer levels or several smaller queries.";

    private SparqlProblems() {}

    /** 413 for a body over {@link SparqlEndpoint#MAX_QUERY_BYTES}, stating that limit. */
    static ProblemException tooLarge() {
        return new ProblemException(
                413,
                "Query too large",
                "The request body is larger than " + SparqlEndpoint.MAX_QUERY_BYTES
                        + " bytes, the largest query this endpoint accepts. Shorten the query (use VALUES or FILTER on fewer terms, or several "
                        + "smaller queries).");
    }

    /** 400 for a query that overflowed the stack while parsed or planned. */
    static ProblemException tooDeep() {
        return new ProblemException(400, "Query too deeply nested", DEEP);
    }

    /** 429 for a client that already has {@code perClient} queries in flight. */
    static ProblemException tooMany(int perClient, long retryAfterSeconds) {
        return new ProblemException(
                        429,
                        "Too many queries at once",
                        "This endpoint runs at most " + perClient + " queries at a time " + "from one address, and "
                                + perClient
                                + " of yours are still running. Wait for them to finish, then send this one again.")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /**
     * Maps a failed query: an answer past its byte budget 413, timeout 503, refused or failed 400; anything else goes
     * unchanged to the failure handler.
     */
    static Throwable failed(Throwable e, long timeoutMs) {
        Optional<AnswerTooLargeException> large = tooLarge(e);
        if (large.isPresent()) {
            return new ProblemException(
                    413,
                    "Answer too large",
                    "The answer grew past " + large.get().budget()
                            + " bytes, the largest this endpoint sends for one query, and was "
                            + "stopped. Ask for less: fewer columns, shorter values (SUBSTR, or leave long literals out), "
                            + "a smaller LIMIT (page with ORDER BY … LIMIT … OFFSET …), or take everything from the "
                            + "dump, /dump.nq.gz.");
        } else if (e instanceof QueryRefusedException) {
            // Before the timeout: a refusal is a kind of cancellation, so that it stops the query even inside a FILTER.
            return new ProblemException(400, "Query refused", e.getMessage());
        } else if (e instanceof QueryCancelledException) {
            return new ProblemException(
                    503,
                    "Query timed out",
                    "The query ran longer than the endpoint's timeout of " + timeoutMs
                            + " ms and was stopped. Narrow it (filter on dataset, period or area, avoid unbound cross products) and try again.");
        } else if (e instanceof QueryExecException || e instanceof ExprEvalException) {
            return new ProblemException(
                    400,
                    "Query failed",
                    e.getMessage() == null || e.getMessage().isBlank()
                            ? "The query could not be evaluated ("
                                    + e.getClass().getSimpleName() + "). Check its functions and their arguments."
                            : e.getMessage());
        }
        return e;
    }

    /** The budget's refusal, if {@code e} is it or wraps it (a writer may wrap what its output throws). */
    private static Optional<AnswerTooLargeException> tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AnswerTooLargeException large) {
                return Optional.of(large);
            }
        }
        return Optional.empty();
    }

    /** 403 for SPARQL Update, however it was sent. */
    static ProblemException refuseUpdate() {
        return new ProblemException(
                403,
                "Updates are not allowed",
                "This SPARQL endpoint is read-only: SPARQL Update is refused. "
                        + "Organisations publish through the publishing API (POST /api/datasets) with their API key.");
    }
}
