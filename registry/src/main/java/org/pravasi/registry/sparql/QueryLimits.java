package org.pravasi.registry.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.sys.JenaSystem;

/**
 * The limits every SPARQL query of a node runs under, set on the query's {@link Context}: the timeout, no
 * {@code SERVICE} unless allowed, no property functions, and an algebra rewrite (run before ARQ's optimizer) that swaps
 * REGEX, REPLACE, CONCAT, GROUP_CONCAT and integer powers for bounded versions, refuses unknown extension functions and
 * bounds the patterns and paths the optimiser plans. The timeout stops a query only between the steps of its
 * evaluation, so every step whose size the query text chooses is bounded here.
 */
public final class QueryLimits {
    static {
        // Jena's own statics (ARQConstants) must be initialised through JenaSystem first, or their keys are null
        JenaSystem.init();
    }

    /** Longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT): the same as the largest query text. */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** Most characters of strings one query may build in all (256 strings of the largest size). */
    public static final long MAX_QUERY_STRING_CHARS = 256L * MAX_STRING_CHARS;
    /** Largest integer or decimal a query may compute, in bits (about 19,700 decimal digits). */
    public static final int MAX_NUMBER_BITS = 65_536;

    /**
     * The refusal of a number past {@link #MAX_NUMBER_BITS} that {@code function} {@code makes} ("made", "would make"),
     * advising doubles, with {@code example} of how (or nothing).
     */
    static QueryRefusedException tooManyBits(String function, String makes, String example) {
        return new QueryRefusedException(function + " " + makes + " a number with more than " + MAX_NUMBER_BITS
                + " bits (about " + (int) (MAX_NUMBER_BITS * 0.30103) + " digits), the most this endpoint allows. "
                + "Use xsd:double for very large values" + example + ".");
    }

    /**
     * Context key: the most solutions a query returns (an {@link Integer}), for endpoints that do not cap results
     * themselves.
     */
    public static final Symbol RESULT_CAP = Symbol.create("https://w3id.org/pravasi/def/sparql#resultCap");

    private static final RewriteFactory SAFE = context -> {
        var standard = Optimize.stdOptimizationFactory.create(context);
        Object cap = context.get(RESULT_CAP);
        return op -> {
            Op safe = standard.rewrite(harden(op));
            return cap instanceof Integer n ? new OpSlice(safe, 0, n) : safe;
        };
    };

    private QueryLimits() {}

    /** As {@link #apply(Context, long, boolean)}, and at most {@code resultCap} solutions per query. */
    public static Context apply(Context context, long timeoutMs, boolean allowService, int resultCap) {
        context.set(RESULT_CAP, resultCap);
        return apply(context, timeoutMs, allowService);
    }

    /** Sets the limits on {@code context} (a query execution's or a dataset's) and returns it. */
    public static Context apply(Context context, long timeoutMs, boolean allowService) {
        context.set(ARQ.queryTimeout, Long.toString(timeoutMs));
        context.set(Service.httpServiceAllowed, allowService);
        context.set(ARQConstants.sysOptimizerFactory, SAFE);
        // property functions (apf:strSplit and friends) run Java regexes and build lists outside these limits
        PropertyFunctionRegistry.set(context, new PropertyFunctionRegistry());
        return context;
    }

    /**
     * The query algebra with every expression and aggregate replaced by its bounded version; refuses a pattern or path
     * the optimiser could spend unbounded time on ({@link BoundedPatterns}).
     */
    public static Op harden(Op op) {
        BoundedPatterns.check(op);
        return Transformer.transform(new SafeAggregates(), new SafeExprs(), op);
    }
}
