package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The example SPARQL queries (sparql-examples/)")
class SparqlExamplesTest {
    static final String FOLDER = "/sparql-examples/";

    static String read(String name) throws IOException {
        try (InputStream in = SparqlExamplesTest.class.getResourceAsStream(FOLDER + name)) {
            assertNotNull(in, "missing " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> examples() throws IOException {
        return read("index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    @Test
    @DisplayName("there are at least eight, named NN-slug.rq")
    void atLeastEight() throws IOException {
        List<String> names = examples();
        assertTrue(names.size() >= 8, names.toString());
        names.forEach(n -> assertTrue(n.matches("\\d\\d-[a-z0-9-]+\\.rq"), n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName(
            "each starts with title, Hindi title and description, parses without predefined prefixes, and answers at least one row")
    void exampleAnswers(String name) throws IOException {
        String text = read(name);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).matches("# title: \\S.*"), lines.get(0));
        assertTrue(
                lines.get(1).matches("# title@hi: \\S.*")
                        && lines.get(1).chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F),
                lines.get(1));
        assertTrue(lines.get(2).matches("# description: \\S.*"), lines.get(2));
        QueryFactory.create(text);
        var r = new SparqlClient(DemoPortal.shared()).postQuery(text, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        int rows = ResultSetMgr.read(
                        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .rewindable()
                .size();
        assertTrue(rows >= 1, name + " returned no rows");
        assertEquals(
                "false",
                r.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""),
                name + " fits under the default cap");
    }

    @Test
    @DisplayName(
            "example 01 gives a district's 2024 figure only when all four quarters are published, never a partial sum")
    void wageTheftExampleNeverAddsUpAPartialYear() throws IOException {
        var r = new SparqlClient(DemoPortal.shared())
                .postQuery(read("01-wage-theft-by-district-2024.rq"), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        var rows = ResultSetMgr.read(
                        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .rewindable();
        int published = 0;
        int withheld = 0;
        while (rows.hasNext()) {
            var row = rows.next();
            String status = row.getLiteral("status").getString();
            if (status.equals("published")) {
                published++;
                assertTrue(row.contains("cases2024"), row.toString());
            } else {
                assertTrue(
                        !row.contains("cases2024"), "a year with a withheld or missing quarter has no figure: " + row);
                assertTrue(status.startsWith("not published: "), status);
                withheld += status.contains("withheld") ? 1 : 0;
            }
        }
        assertTrue(withheld >= 1, "the demo data have districts with withheld quarters in 2024");
        assertTrue(published + withheld >= 1);
    }
}
