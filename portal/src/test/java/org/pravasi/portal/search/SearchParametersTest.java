package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pravasi.portal.testing.DemoPortal;

/**
 * Bad parameters of {@code /api/search} and {@code /api/suggest} get 400 with a problem detail that says how to fix
 * them.
 */
@DisplayName("Search parameters")
class SearchParametersTest {
    static SearchApi api;

    @BeforeAll
    static void portal() {
        api = new SearchApi(DemoPortal.shared());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "page     | 0       | page must be a whole number from 1; got 0.",
                "page     | -1      | page must be a whole number; got '-1'.",
                "page     | two     | page must be a whole number; got 'two'.",
                "page     | 1001    | page 1001 × size 10 goes past hit 10000",
                "size     | 0       | size must be a whole number from 1 to 100; got 0.",
                "size     | 101     | size must be a whole number from 1 to 100; got 101.",
                "type     | report  | type 'report' is unknown: use one of dataset, story, organisation, district, state, concept.",
                "from     | 24      | from must be a four-digit year such as 2024; got '24'.",
                "to       | 2024-01 | to must be a four-digit year such as 2024; got '2024-01'.",
                "lang     | fr      | lang must be one of en, hi; got 'fr'.",
                "state    | Bihar   | state must be an LGD state code (digits, e.g. 10 for Bihar); got 'Bihar'.",
                "district | 20 1    | district must be an LGD district code (digits, e.g. 201 for Katihar); got '20 1'.",
                "org      | a/b     | org must be an organisation slug such as mrc-alliance; got 'a/b'.",
                "theme    | <x>     | theme must be a theme notation such as wages; got '<x>'."
            })
    @DisplayName("a bad value gets 400 problem+json naming the parameter, the value and what is expected")
    void badValue(String name, String value, String detail) {
        assertProblem(api.get("/api/search", "q", "wages", name, value), detail);
    }

    @Test
    @DisplayName("from after to gets 400")
    void fromAfterTo() {
        assertProblem(
                api.get("/api/search", "from", "2025", "to", "2023"),
                "from (2025) is after to (2023): give from ≤ to.");
    }

    @Test
    @DisplayName("a query over 500 characters gets 400")
    void longQuery() {
        assertProblem(api.get("/api/search", "q", "a".repeat(501)), "q is 501 characters long; the most is 500.");
    }

    @Test
    @DisplayName("q given twice gets 400")
    void repeatedQuery() {
        assertProblem(api.get("/api/search", "q", "wages", "q", "trafficking"), "q was given 2 times; give it once.");
    }

    @Test
    @DisplayName("query syntax never fails: unbalanced quotes, brackets and lone operators are searched as text")
    void syntaxIsForgiving() {
        for (String q :
                new String[] {"\"wage theft", "(((", "wages)", "-", "|", "*", "\\", "wage~2", "title:wages", "\"\""}) {
            HttpResponse<String> r = api.get("/api/search", "q", q);
            assertEquals(200, r.statusCode(), q + " → " + r.body());
        }
    }

    @Test
    @DisplayName("bad suggest parameters get 400 too")
    void badSuggest() {
        assertProblem(
                api.get("/api/suggest", "q", "gur", "size", "11"), "size must be a whole number from 1 to 10; got 11.");
        assertProblem(
                api.get("/api/suggest", "q", "x".repeat(101)),
                "q is 101 characters long; typeahead takes at most 100.");
        assertProblem(api.get("/api/suggest", "q", "gur", "lang", "de"), "lang must be one of en, hi; got 'de'.");
    }

    private static void assertProblem(HttpResponse<String> r, String detail) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains("\"detail\":\"" + detail), r.body());
    }
}
