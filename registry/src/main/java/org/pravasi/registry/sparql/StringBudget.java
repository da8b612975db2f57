package org.pravasi.registry.sparql;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What a query may build: no string over {@link QueryLimits#MAX_STRING_CHARS}, and at most
 * {@link QueryLimits#MAX_QUERY_STRING_CHARS} characters of built strings in all, so that neither one huge string nor
 * millions of big ones held by ORDER BY, DISTINCT or GROUP BY can fill the heap.
 */
final class StringBudget {
    /** Context key of a query's running total; each execution has a context of its own. */
    private static final Symbol USED = Symbol.create("https://w3id.org/pravasi/def/sparql#stringCharsBuilt");

    private StringBudget() {}

    /** Refuses a string of {@code length} characters built by {@code function}, if over the limit. */
    static void checkLength(String function, long length) {
        if (length > QueryLimits.MAX_STRING_CHARS) {
            throw new QueryRefusedException(
                    function + " built a string longer than " + QueryLimits.MAX_STRING_CHARS
                            + " characters, the most this endpoint allows. Build shorter strings (take SUBSTR of the parts, or fewer rows).");
        }
    }

    /** Checks the length and adds it to the query's total; refuses the query once the total passes the limit. */
    static void charge(FunctionEnv env, String function, long length) {
        checkLength(function, length);
        Context cxt = env == null ? null : env.getContext();
        if (cxt == null) {
            return;
        }
        AtomicLong used = cxt.get(USED);
        if (used == null) {
            used = new AtomicLong();
            cxt.set(USED, used);
        }
        if (used.addAndGet(length) > QueryLimits.MAX_QUERY_STRING_CHARS) {
            throw new QueryRefusedException(
                    "The query built more than " + QueryLimits.MAX_QUERY_STRING_CHARS + " characters of strings "
                            + "(CONCAT, REPLACE, GROUP_CONCAT, UCASE, LCASE, ENCODE_FOR_URI) in all, the most this endpoint allows per query. "
                            + "Build strings for fewer rows (filter first, or add a LIMIT inside a sub-query).");
        }
    }
}
