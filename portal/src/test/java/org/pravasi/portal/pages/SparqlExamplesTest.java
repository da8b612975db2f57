package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SPARQL example files")
class SparqlExamplesTest {

    @Test
    @DisplayName("reads title, Hindi title and description from the header comments and keeps the query")
    void parsesHeader() {
        var e = SparqlExamples.parse(
                "01-x.rq",
                "# title: Datasets\n# title@hi: डेटासेट\n# description: All of them.\nSELECT * { ?s ?p ?o }\n");
        assertEquals("Datasets", e.title("en"));
        assertEquals("डेटासेट", e.title("hi"));
        assertEquals("All of them.", e.description("hi"));
        assertEquals("SELECT * { ?s ?p ?o }\n", e.query());
    }

    @Test
    @DisplayName("refuses a file without a title")
    void refusesMissingTitle() {
        assertThrows(IllegalStateException.class, () -> SparqlExamples.parse("x.rq", "SELECT * {}"));
    }

    @Test
    @DisplayName("every listed example parses as SPARQL")
    void listedExamplesParse() {
        var all = SparqlExamples.load();
        assertFalse(all.isEmpty());
        all.forEach(e -> assertTrue(QueryFactory.create(e.query()) != null, e.file()));
    }

    @Test
    @DisplayName("every listed example has its title and description translated into Hindi, in Devanagari")
    void everyExampleIsTranslatedIntoHindi() {
        for (var e : SparqlExamples.load()) {
            assertFalse(e.description("en").isBlank(), e.file() + " has no description");
            assertFalse(e.title("hi").equals(e.title("en")), e.file() + " has no Hindi title");
            assertFalse(e.description("hi").equals(e.description("en")), e.file() + " has no Hindi description");
            assertTrue(
                    e.description("hi")
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI),
                    e.file() + ": the Hindi description is not in Devanagari");
        }
    }
}
