package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

@DisplayName(
        "Downloads and linked data of freshly published datasets: spreadsheet-hostile text, a suppressed cell, a replaced version")
class PublishedDownloadsTest {
    static final String TITLE = "=HYPERLINK(\"https://example.org\",\"families\") supported";
    static final String ORG_NAME = "@SUM(1+1) Test Centre";
    static final String DESCRIPTOR = """
            {"slug": "hostile-text", "publisher": "test-org", "title": %s, "description": "+12 families; -2 checks",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "keywords": ["-minus", "@at"],
             "columns": [{"name": "country", "role": "area", "level": "country"},
                         {"name": "year", "role": "period", "granularity": "year"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "families", "role": "measure", "measure": "families"}]}
            """;
    /**
     * The health-insurance count, 7, is below the threshold (10) and must never leave the store (another cell may be
     * suppressed with it).
     */
    static final String CSV =
            "country,year,service,families\nIND,2024,onorc,120\nIND,2024,health-insurance,7\nIND,2024,savings,45\n";

    static final String PATH = "/id/dataset/test-org/hostile-text";

    @TempDir
    static Path dir;

    static DemoPortal portal;

    @BeforeAll
    static void publish() throws Exception {
        portal = DemoPortal.start(NodeConfig.builder(dir).port(0).build());
        portal.portal()
                .node()
                .organisations()
                .upsert(new Organisation(
                        "test-org",
                        Map.of("en", ORG_NAME),
                        "helpline",
                        Map.of("en", "=cmd|' /C calc'!A0"),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        true));
        key = portal.portal().node().keys().create("test-org").secret();
        HttpResponse<String> r = post(DESCRIPTOR.formatted(Json.MAPPER.writeValueAsString(TITLE)), CSV);
        assertEquals(201, r.statusCode(), r.body());
    }

    static String key;

    static HttpResponse<String> post(String descriptor, String csv) {
        String b = "b" + UUID.randomUUID();
        String body = "--" + b
                + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n"
                + descriptor + "\r\n--" + b
                + "\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + b + "--\r\n";
        return portal.send(
                HttpRequest.newBuilder(portal.uri("/api/datasets"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "multipart/form-data; boundary=" + b)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static List<CSVRecord> csv() throws IOException {
        String body = portal.get(PATH + "/download.csv").body();
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }

    static Graph rdf(String ext, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(portal.get(PATH + "/download." + ext).body(), lang).parse(g);
        return g;
    }

    @Test
    @DisplayName("no CSV cell can start a spreadsheet formula")
    void csvCellsAreSafe() throws IOException {
        List<CSVRecord> rows = csv();
        assertEquals(3, rows.size());
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertFalse(
                        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "formula-like cell " + cell + " in " + r);
            }
        }
    }

    @Test
    @DisplayName("JSON and CSVW keep the title exactly as published (they are not spreadsheets)")
    void metadataKeepsText() {
        JsonNode json = Json.MAPPER.readTree(portal.get(PATH + "/download.json").body());
        assertEquals(TITLE, json.get("title").asString());
        assertEquals(ORG_NAME, json.get("publisher").get("name").asString());
        JsonNode csvw = Json.MAPPER.readTree(
                portal.get(PATH + "/download.csv-metadata.json").body());
        assertEquals(TITLE, csvw.get("dc:title").asString());
    }

    @Test
    @DisplayName("the suppressed cell is empty with status confidential in the CSV and null in the JSON")
    void suppressedCellInTables() throws IOException {
        CSVRecord hi = csv().stream()
                .filter(r -> r.get("service_type").equals("health-insurance"))
                .findFirst()
                .orElseThrow();
        assertEquals("", hi.get("families"));
        assertEquals("confidential", hi.get("obs_status"));
        JsonNode json = Json.MAPPER.readTree(portal.get(PATH + "/download.json").body());
        for (JsonNode o : json.get("observations")) {
            if (o.get("service_type").asString().equals("health-insurance")) {
                assertTrue(o.get("families").isNull());
                assertEquals("confidential", o.get("obs_status").asString());
            }
        }
    }

    @Test
    @DisplayName("the suppressed value appears in no RDF download, not in the dump and not through SPARQL")
    void suppressedValueNeverPublished() throws Exception {
        for (var f : List.of(
                Map.entry("ttl", Lang.TURTLE), Map.entry("jsonld", Lang.JSONLD), Map.entry("nt", Lang.NTRIPLES))) {
            Graph g = rdf(f.getKey(), f.getValue());
            List<String> values = g.find(Node.ANY, PV.families.asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .toList();
            assertTrue(values.contains("120"), f.getKey() + " " + values);
            assertFalse(values.contains("7"), f.getKey() + " " + values);
        }
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        var r = portal.send(
                HttpRequest.newBuilder(portal.uri("/dump.nq.gz")).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = new GZIPInputStream(r.body())) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        assertTrue(dump.stream().anyMatch(q -> q.getPredicate().equals(PV.families.asNode())));
        assertFalse(dump.stream()
                .anyMatch(q -> q.getPredicate().equals(PV.families.asNode())
                        && q.getObject().getLiteralLexicalForm().equals("7")));
        String q = "SELECT ?v { ?o <" + PV.families.getURI() + "> ?v } ORDER BY ?v";
        var s = portal.get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        List<String> lines = s.body().lines().map(String::strip).toList();
        assertTrue(lines.contains("120") && !lines.contains("7"), lines.toString());
    }

    @Test
    @DisplayName(
            "a replaced version still dereferences, by its record only (no observations), and downloads give the current version")
    void replacedVersionDereferences() {
        String descriptor = DESCRIPTOR.replace("hostile-text", "replaced").formatted("\"Replaced dataset\"");
        assertEquals(
                201,
                // Another year than the hostile-text dataset's: one organisation's tables of one measure are read
                // together, and that one withholds a 2024 cell these would give away.
                post(descriptor, "country,year,service,families\nIND,2023,onorc,120\nIND,2023,savings,45\n")
                        .statusCode());
        assertEquals(
                201,
                post(
                                descriptor,
                                "country,year,service,families\nIND,2023,onorc,130\nIND,2023,savings,50\nIND,2023,legal-aid,60\n")
                        .statusCode());
        Node v1 = NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/test-org/replaced/v1");
        Node v2 = NodeFactory.createURI("https://w3id.org/pravasi/id/dataset/test-org/replaced/v2");
        var old = portal.get("/id/dataset/test-org/replaced/v1", "text/turtle");
        assertEquals(200, old.statusCode(), old.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(old.body(), Lang.TURTLE).parse(g);
        assertEquals(
                0,
                g.find(Node.ANY, QB.dataSet.asNode(), v1).toList().size(),
                "no v1 observation: two public versions could be differenced");
        assertTrue(g.contains(v1, DCTerms.isReplacedBy.asNode(), v2));
        Graph current = GraphFactory.createDefaultGraph();
        RDFParser.fromString(
                        portal.get("/id/dataset/test-org/replaced/download.nt").body(), Lang.NTRIPLES)
                .parse(current);
        assertEquals(3, current.find(Node.ANY, QB.dataSet.asNode(), v2).toList().size());
        assertTrue(current.find(Node.ANY, QB.dataSet.asNode(), v1).toList().isEmpty());
    }
}
