package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

@DisplayName("Dataset downloads")
class DownloadsTest {
    static final String BASE = "https://w3id.org/pravasi/";
    static final Node CONFIDENTIAL = NodeFactory.createURI(BASE + "code/obs-status/confidential");

    /** A demo dataset and its number of observations (the rows of its CSV in datasets/). */
    record Demo(String org, String slug, int rows) {
        String path() {
            return "/id/dataset/" + org + "/" + slug;
        }

        @Override
        public String toString() {
            return org + "/" + slug;
        }
    }

    static Stream<Demo> demoDatasets() throws IOException {
        Path root = DemoPortal.datasetsFolder();
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files
                    .filter(p -> p.toString().endsWith(".csv"))
                    .sorted()
                    .map(p -> {
                        try {
                            return new Demo(
                                    p.getParent().getFileName().toString(),
                                    p.getFileName().toString().replace(".csv", ""),
                                    (int) Files.readAllLines(p).stream()
                                                    .filter(l -> !l.isBlank())
                                                    .count()
                                            - 1);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList()
                    .stream();
        }
    }

    static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }

    static Graph rdf(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoDatasets")
    @DisplayName("every format parses and holds every observation")
    void everyFormatHasEveryObservation(Demo d) throws IOException {
        DemoPortal portal = DemoPortal.shared();
        var c = portal.get(d.path() + "/download.csv");
        assertEquals(200, c.statusCode());
        assertTrue(c.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows = csv(c.body());
        assertEquals(d.rows(), rows.size(), "CSV rows");
        for (CSVRecord r : rows) {
            boolean suppressed = r.get("obs_status").equals("confidential");
            assertEquals(
                    suppressed,
                    r.get(rows.getFirst().getParser().getHeaderNames().get(r.size() - 2))
                            .isEmpty(),
                    "a suppressed cell has an empty value and only a suppressed cell does: " + r);
        }
        JsonNode json =
                Json.MAPPER.readTree(portal.get(d.path() + "/download.json").body());
        assertEquals(d.rows(), json.get("observations").size(), "JSON observations");
        for (var pair : List.of(new Object[] {"ttl", Lang.TURTLE}, new Object[] {"jsonld", Lang.JSONLD}, new Object[] {
            "nt", Lang.NTRIPLES
        })) {
            var r = portal.get(d.path() + "/download." + pair[0]);
            assertEquals(200, r.statusCode(), String.valueOf(pair[0]));
            Graph g = rdf(r.body(), (Lang) pair[1]);
            assertEquals(
                    d.rows(),
                    g.find(Node.ANY, RDF.type.asNode(), QB.Observation.asNode())
                            .toList()
                            .size(),
                    pair[0] + " observations");
        }
    }

    @Test
    @DisplayName("suppressed cells are downloaded as suppressed: empty value, status confidential, never a number")
    void suppressedCellsStaySuppressed() throws IOException {
        DemoPortal portal = DemoPortal.shared();
        String path = "/id/dataset/mrc-alliance/violations-by-district-quarter";
        Graph ttl = rdf(portal.get(path + "/download.ttl").body(), Lang.TURTLE);
        var confidential =
                ttl.find(Node.ANY, SDMX.obsStatus.asNode(), CONFIDENTIAL).toList();
        assertTrue(confidential.size() > 0, "the demo dataset has suppressed cells");
        for (var t : confidential) {
            assertTrue(
                    ttl.find(t.getSubject(), PV.cases.asNode(), Node.ANY)
                            .toList()
                            .isEmpty(),
                    "no value for " + t.getSubject());
        }
        List<CSVRecord> rows = csv(portal.get(path + "/download.csv").body());
        assertEquals(
                confidential.size(),
                rows.stream()
                        .filter(r -> r.get("obs_status").equals("confidential"))
                        .count());
        rows.stream()
                .filter(r -> r.get("obs_status").equals("confidential"))
                .forEach(r -> assertEquals("", r.get("cases")));
        JsonNode json = Json.MAPPER.readTree(portal.get(path + "/download.json").body());
        long nulls = 0;
        for (JsonNode o : json.get("observations")) {
            if (o.get("obs_status").asString().equals("confidential")) {
                assertTrue(o.get("cases").isNull(), o.toString());
                nulls++;
            }
        }
        assertEquals(confidential.size(), nulls);
    }

    @Test
    @DisplayName("the CSVW metadata is JSON-LD that references the CSV and names each of its columns in order")
    void csvwDescribesTheCsv() throws IOException {
        DemoPortal portal = DemoPortal.shared();
        String path = "/id/dataset/mrc-alliance/case-resolution-by-district-year";
        var c = portal.get(path + "/download.csv");
        String link = c.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("<download.csv-metadata.json>") && link.contains("describedby"), link);
        List<String> header = csv(c.body()).getFirst().getParser().getHeaderNames();
        var m = portal.get(path + "/download.csv-metadata.json");
        assertEquals(200, m.statusCode());
        assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("application/csvm+json"));
        JsonNode doc = Json.MAPPER.readTree(m.body());
        assertEquals("download.csv", doc.get("url").asString());
        assertEquals(
                200,
                portal.get(path + "/" + doc.get("url").asString()).statusCode(),
                "the url resolves against the metadata");
        List<String> named = doc.get("tableSchema")
                .get("columns")
                .valueStream()
                .filter(col -> !col.has("virtual"))
                .map(col -> col.get("name").asString())
                .toList();
        assertEquals(header, named);
        doc.get("tableSchema")
                .get("columns")
                .valueStream()
                .filter(col -> !col.has("virtual"))
                .forEach(col -> assertEquals(
                        col.get("name").asString(), col.get("titles").asString(), "titles match the header cell"));
        // JSON-LD: parse with an inline stand-in for the CSVW context (no network), every column becomes a csvw:name
        String inline = m.body()
                .replace(
                        "\"http://www.w3.org/ns/csvw\"",
                        "{\"@vocab\": \"http://www.w3.org/ns/csvw#\", \"dc\": \"http://purl.org/dc/terms/\", \"schema\": \"http://schema.org/\"}");
        Graph g = rdf(inline, Lang.JSONLD);
        for (String h : header) {
            assertTrue(
                    g.contains(
                                    Node.ANY,
                                    NodeFactory.createURI("http://www.w3.org/ns/csvw#name"),
                                    NodeFactory.createLiteralLang(h, "en"))
                            || g.contains(
                                    Node.ANY,
                                    NodeFactory.createURI("http://www.w3.org/ns/csvw#name"),
                                    NodeFactory.createLiteralString(h)),
                    h);
        }
    }

    @Test
    @DisplayName("labels come in Hindi with lang=hi")
    void hindiLabels() throws IOException {
        var rows = csv(DemoPortal.shared()
                .get("/id/dataset/mrc-alliance/violations-by-district-quarter/download.csv?lang=hi")
                .body());
        assertTrue(
                rows.stream().anyMatch(r -> r.get("violation_type_label").equals("मज़दूरी की चोरी")),
                rows.getFirst().toString());
    }

    @Test
    @DisplayName("404 for a dataset that does not exist")
    void unknownDataset() {
        var r = DemoPortal.shared().get("/id/dataset/nobody/nothing/download.csv");
        assertEquals(404, r.statusCode());
        assertNull(r.headers().firstValue("Content-Disposition").orElse(null));
    }
}
