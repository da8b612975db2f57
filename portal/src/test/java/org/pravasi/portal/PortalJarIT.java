package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar, as a user runs it: starts on random ports, serves demo data over SPARQL, survives a restart. */
class PortalJarIT {
    private static final String COUNT_VIOLATIONS = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT (COUNT(?obs) AS ?n) (SAMPLE(?v) AS ?version) WHERE {
              <https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter> dcat:hasCurrentVersion ?ds .
              ?ds dcat:version ?v .
              ?obs qb:dataSet ?ds .
            }""";

    @TempDir
    Path data;

    @Test
    void startsServesDemoDataOverSparqlAndKeepsItAcrossARestart() throws Exception {
        String firstCount;
        try (PortalProcess portal = PortalProcess.start(data)) {
            assertEquals("{\"status\":\"ok\"}", portal.awaitHealthy(120));
            HttpResponse<String> r = portal.get(
                    "/sparql?query=" + URLEncoder.encode(COUNT_VIOLATIONS, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            firstCount = value(r.body(), "n");
            assertEquals("384", firstCount, "every row of the demo CSV is an observation");
            assertEquals("1", value(r.body(), "version"));
            int exit = portal.stop();
            assertTrue(exit == 0 || exit == 143, "clean exit on SIGTERM, got " + exit);
        }
        assertTrue(Files.isDirectory(data.resolve("tdb2")), "the store lives in the data folder");
        try (var files = Files.walk(data)) {
            assertEquals(
                    0,
                    files.filter(p -> p.getFileName().toString().equals("tdb.lock"))
                            .count(),
                    "no lock is left behind");
        }

        try (PortalProcess again = PortalProcess.start(data)) {
            assertEquals("{\"status\":\"ok\"}", again.awaitHealthy(60));
            HttpResponse<String> r = again.get(
                    "/sparql?query=" + URLEncoder.encode(COUNT_VIOLATIONS, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(firstCount, value(r.body(), "n"), "the data survives a restart");
            assertEquals("1", value(r.body(), "version"), "a restart does not publish the demo data again");
            assertTrue(
                    again.output().stream().noneMatch(l -> l.contains("Demo data published")),
                    "no re-seeding on restart");
            again.stop();
        }
    }

    private static String value(String json, String var) {
        Matcher m = Pattern.compile("\"" + var + "\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        assertTrue(m.find(), "no binding for ?" + var + " in " + json);
        return m.group(1);
    }
}
