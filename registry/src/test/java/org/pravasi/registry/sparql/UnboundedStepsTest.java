package org.pravasi.registry.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The steps of a query no timeout can stop, because each is one call (the optimiser writing a path out and ordering its
 * patterns, an integer power), are bounded by the query's text: refused before they run, in ARQ's syntax too, as the
 * embedded Fuseki parses it.
 */
@DisplayName("Query limits bound the steps a timeout cannot stop: paths, pattern sizes, integer powers")
class UnboundedStepsTest {
    static final String PREFIX = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> PREFIX : <urn:x:> ";

    static String run(String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(
                QueryFactory.create(PREFIX + query, Syntax.syntaxARQ), ModelFactory.createDefaultModel())) {
            Context limits = QueryLimits.apply(new Context(), 10_000, false);
            limits.keys().forEach(k -> qe.getContext().set(k, limits.get(k)));
            if (qe.getQuery().isAskType()) {
                return Boolean.toString(qe.execAsk());
            }
            var rows = qe.execSelect();
            return rows.hasNext() ? String.valueOf(rows.next().get("v")) : "";
        }
    }

    static String refusal(String query) {
        return assertThrows(QueryRefusedException.class, () -> run(query), query)
                .getMessage();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * { :a :p{100000000} ?v }",
                "SELECT * { :a :p{40000} ?v }",
                "SELECT * { :a :p{2,5} ?v }",
                "SELECT * { :a (:p/:q){3} ?v }",
                "ASK { FILTER EXISTS { :a :p{100000000} ?v } }",
                "SELECT * { { SELECT ?v { :a :p{100000000} ?v } } }"
            })
    @DisplayName(
            "ARQ's path repetition is refused before the optimiser writes it out, inside EXISTS and sub-queries too")
    void pathRepetitionIsRefused(String query) {
        assertTrue(refusal(query).contains("SPARQL 1.1 does not define"), query);
    }

    /**
     * Refused either by the bound, or (a sequence path is nested, and Jena compiles it recursively) by a stack overflow
     * while planning, which the endpoints answer 400 "nested too deeply" too: which comes first depends on how deep the
     * thread's stack frames are (interpreted and C1-compiled frames are larger).
     */
    static void refusedOrTooDeep(String query) {
        try {
            run(query);
            throw new AssertionError("ran: " + query.substring(0, 100) + "…");
        } catch (QueryRefusedException e) {
            assertTrue(e.getMessage().contains("more than 1000"), e.getMessage());
        } catch (StackOverflowError e) {
            // the planner's recursion ended first
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_001, 20_000})
    @DisplayName("a path or a pattern longer than 1,000 steps is refused; a path of 100 runs")
    // (a pattern of 20,000 written out is past the parser's depth, refused before this check)
    void longPathsAndPatternsAreRefused(int steps) {
        String path = ":p" + "/:p".repeat(steps - 1);
        refusedOrTooDeep("SELECT * { :a " + path + " ?v }");
        StringBuilder pattern = new StringBuilder("SELECT * { ");
        for (int i = 0; i < Math.min(steps, 2_000); i++) {
            pattern.append("?s").append(i).append(" :p ?s").append(i + 1).append(" . ");
        }
        assertTrue(refusal(pattern.append('}').toString()).contains("more than 1000"));
        assertEquals("", run("SELECT * { :a :p" + "/:p".repeat(99) + " ?v }"));
        assertEquals("true", run("ASK { OPTIONAL { :a (:p|^:q)+/:r*/:s? ?v } }"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "math:exp10(100000)",
                "math:exp10(2000000)",
                "math:pow(6, 700000000)",
                "math:pow(2, 2000000000)",
                "math:pow(-3, 50000)",
                "math:pow(12345678901234567890, 4000)"
            })
    @DisplayName("an integer power past the number limit is refused before it is computed")
    void hugeIntegerPowersAreRefused(String expression) {
        assertTrue(refusal("SELECT (" + expression + " AS ?v) {}").contains("65536 bits"), expression);
        assertTrue(refusal("ASK { FILTER(" + expression + " > 0) }").contains("65536 bits"), expression);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "math:pow(2, 10) | 1024",
                "math:exp10(3) | 1000",
                "math:pow(1, 2000000000) | 1",
                "math:pow(-1, 2000000001) | -1",
                "math:pow(0, 2000000000) | 0",
                "math:pow(2, 65535) | 19729",
                "math:pow(2.0, 100000) | INF",
                "math:pow(2, -2) | 0.25",
                "math:sqrt(16) | 4.0"
            })
    @DisplayName("powers within the limit, of 0, 1 and -1, and on doubles answer as ARQ does")
    void powersWithinTheLimitAnswer(String row) {
        String expression = row.substring(0, row.indexOf(" | "));
        String expected = row.substring(row.indexOf(" | ") + 3);
        String value = run("SELECT (" + expression + " AS ?v) {}")
                .replaceAll("\\^\\^.*", "")
                .replace("\"", "");
        if (expression.equals("math:pow(2, 65535)")) {
            value = Integer.toString(value.length()); // 2^65535 has 19,729 digits
        }
        assertTrue(value.startsWith(expected), expression + " gave " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"math:cosh(1)", "math:sqrt2(1)"})
    @DisplayName("a math: function not in the stated list is refused, naming the functions allowed")
    void unlistedMathFunctionsAreRefused(String expression) {
        assertTrue(refusal("SELECT (" + expression + " AS ?v) {}").contains("acos, asin, atan, atan2, cos"));
    }
}
