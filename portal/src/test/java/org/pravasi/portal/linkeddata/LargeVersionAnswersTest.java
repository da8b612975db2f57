package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.testing.TestNode;
import org.pravasi.registry.web.ProblemHandler;

/**
 * Over HTTP, a version of more than {@link LargeVersions#IN_MEMORY_STATEMENTS} statements: its download and its own URI
 * answer N-Triples and Turtle whole, and refuse JSON-LD and RDF/XML with 413.
 */
@DisplayName("Downloads and RDF answers of a version too large to build in memory")
class LargeVersionAnswersTest {
    private static final String ORG = "large-org";
    private static final String DATASET = "/id/dataset/" + ORG + "/cases";

    @TempDir
    static Path dir;

    static RegistryNode node;
    static Vertx vertx;
    static String url;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        node = TestNode.start(dir, Optional.empty());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        publish();
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        CatalogView catalogue = CatalogView.over(node.store(), node.uris());
        new LinkedData(node.store(), catalogue, node.config().baseUri(), NodeRoutes.workers(vertx)).mount(router);
        router.route().failureHandler(ProblemHandler.create(1024));
        int port = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await()
                .actualPort();
        url = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        node.close();
    }

    @Test
    @DisplayName("download.nt and download.ttl hold every statement of the version, written as read")
    void streamedDownloadsAreWhole() throws Exception {
        Graph nt = parse(get(DATASET + "/download.nt"), Lang.NTRIPLES);
        Graph ttl = parse(get(DATASET + "/download.ttl"), Lang.TURTLE);

        assertTrue(nt.size() > LargeVersions.IN_MEMORY_STATEMENTS, "statements: " + nt.size());
        assertTrue(nt.isIsomorphicWith(ttl), "the same graph in both formats");
    }

    @Test
    @DisplayName("the version's own URI answers Turtle whole, as its download does")
    void versionUriAnswersTurtle() throws Exception {
        Graph byUri = parse(get(DATASET + "/v1?format=ttl"), Lang.TURTLE);

        assertTrue(byUri.isIsomorphicWith(parse(get(DATASET + "/download.ttl"), Lang.TURTLE)));
    }

    @Test
    @DisplayName("JSON-LD and RDF/XML, built whole in memory, are refused with 413 naming what works")
    void inMemoryFormatsAreRefused() throws Exception {
        for (String path :
                List.of(DATASET + "/download.jsonld", DATASET + "/v1?format=jsonld", DATASET + "/v1?format=rdf")) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("?format=nt or ?format=ttl"), r.body());
        }
    }

    @Test
    @DisplayName("download.csv, .json and the CSVW metadata, written a chunk of rows at a time, are what the whole"
            + " version in memory gives, in English and Hindi")
    void rowDownloadsAreTheWholeVersions() throws Exception {
        CubeReader cubes = new CubeReader(node.store(), CatalogView.over(node.store(), node.uris()));
        String uri = "https://w3id.org/pravasi" + DATASET;
        for (String lang : List.of("en", "hi")) {
            Cube whole = cubes.current(uri, lang).orElseThrow();
            StringBuilder csv = new StringBuilder();
            CsvDownload.write(whole, csv);
            String q = "?lang=" + lang;
            assertEquals(csv.toString(), new String(get(DATASET + "/download.csv" + q), StandardCharsets.UTF_8), lang);

            DownloadMeta meta = DownloadMeta.read(node.store(), CatalogView.over(node.store(), node.uris()), uri)
                    .orElseThrow();
            StringWriter json = new StringWriter();
            JsonDownload.write(whole, meta, json);
            assertEquals(json.toString(), new String(get(DATASET + "/download.json" + q), StandardCharsets.UTF_8));

            String csvw =
                    CsvwMetadata.write(whole, meta, "hi".equals(lang) ? "download.csv?lang=hi" : "download.csv", lang);
            assertEquals(csvw, new String(get(DATASET + "/download.csv-metadata.json" + q), StandardCharsets.UTF_8));
            assertTrue(csvw.contains("\"valueUrl\""), "codes become URIs: " + csvw);
        }
    }

    private byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    /** 226 districts × 60 quarters: 13,560 observations, about 69,000 statements. */
    private static void publish() {
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        try (InputStream in = LargeVersionAnswersTest.class.getResourceAsStream(
                "/org/pravasi/registry/workspace/district-names-hi.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList()) {
                String code = line.substring(0, line.indexOf(','));
                for (int q = 0; q < 60; q++) {
                    csv.append(code)
                            .append(',')
                            .append(2010 + q / 4)
                            .append("-Q")
                            .append(q % 4 + 1)
                            .append(',')
                            .append(20 + q)
                            .append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String descriptor = """
                {"slug": "cases", "publisher": "%s", "title": "Cases", "description": "Cases recorded.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(ORG);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        ORG,
                        "cases.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "cases.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
    }
}
