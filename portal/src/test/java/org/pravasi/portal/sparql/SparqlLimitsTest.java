package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.config.NodeConfig;

@DisplayName("SPARQL limits: result cap, answer size, query timeout, SERVICE flag")
class SparqlLimitsTest {
    static final int CAP = 5;
    static final long BYTES = 64 * 1024;
    static final long TIMEOUT_MS = 4_000;
    /** A cross product over all triples, counted: it cannot finish within the timeout. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;

    /** Small limits: {@link #CAP} rows, {@link #BYTES} bytes, {@link #TIMEOUT_MS}. */
    static DemoPortal capped;
    /** The default limits, and SERVICE allowed. */
    static DemoPortal federating;

    static SparqlClient sparql;

    @BeforeAll
    static void start() {
        capped = DemoPortal.start(NodeConfig.builder(dir.resolve("capped"))
                .port(0)
                .queryTimeoutMs(TIMEOUT_MS)
                .resultCap(CAP)
                .resultBytes(BYTES)
                .build());
        federating = DemoPortal.start(NodeConfig.builder(dir.resolve("federating"))
                .port(0)
                .allowService(true)
                .build());
        sparql = new SparqlClient(capped);
    }

    @AfterAll
    static void stop() {
        capped.close();
        federating.close();
    }

    static int rows(HttpResponse<String> r) {
        return ResultSetMgr.read(
                        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .rewindable()
                .size();
    }

    @Test
    @DisplayName("a SELECT with more rows than the cap is cut at the cap and says so")
    void selectIsTruncated() {
        var r = sparql.get("SELECT ?s ?p ?o { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(CAP, rows(r));
        assertEquals(
                "true", r.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
        assertEquals(
                Integer.toString(CAP),
                r.headers().firstValue(SparqlEndpoint.CAP_HEADER).orElse(""));
        var big = sparql.get("SELECT ?s { ?s ?p ?o } LIMIT 1000", "application/sparql-results+json");
        assertEquals(CAP, rows(big));
        assertEquals(
                "true",
                big.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    @DisplayName("a SELECT within the cap is complete and not marked truncated")
    void smallSelectIsComplete() {
        var r = sparql.get("SELECT ?s { ?s ?p ?o } LIMIT 3", "application/sparql-results+json");
        assertEquals(3, rows(r));
        assertEquals(
                "false", r.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
        var exact = sparql.get("SELECT ?s { ?s ?p ?o } LIMIT " + CAP, "application/sparql-results+json");
        assertEquals(CAP, rows(exact));
        assertEquals(
                "false",
                exact.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    @DisplayName("CONSTRUCT is cut at the cap in triples and says so")
    void constructIsTruncated() {
        var r = sparql.get("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }", "application/n-triples");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertEquals(CAP, g.size());
        assertEquals(
                "true", r.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    @DisplayName("an answer growing past the byte budget is stopped with 413 naming it, in every format")
    void answerPastTheByteBudgetIsRefused() {
        // 5 rows (the cap) of 20 copies of 60,000 characters: 6 MB, against a budget of 64 KiB
        String select = SparqlClient.wideSelect(20, 60_000, 10_000);
        for (String accept : List.of(
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values")) {
            assertAnswerTooLarge(sparql.postQuery(select, accept), accept);
        }
        String construct = SparqlClient.wideConstruct(20, 60_000);
        for (String accept :
                List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")) {
            assertAnswerTooLarge(sparql.postQuery(construct, accept), accept);
        }
        assertEquals(200, sparql.get("ASK { ?s ?p ?o }").statusCode(), "the endpoint answers the next query");
        var within = sparql.postQuery(SparqlClient.wideSelect(2, 1_000, 5), "application/sparql-results+json");
        assertEquals(200, within.statusCode(), within.body());
        assertEquals(5, rows(within), "an answer within the budget is sent whole");
    }

    @Test
    @DisplayName("by default an answer stops at 32 MiB: literals copied by BIND, which build no string, cannot pass it")
    void answerPastTheDefaultByteBudgetIsRefused() {
        // 40 rows of 20 copies of 60,000 characters: 48 MB (with LIMIT 10000, 12 GB). CSV: JSON writes at about
        // 11 MB/s on the test machine, and this test is about the size, not the timeout.
        var r = new SparqlClient(federating).postQuery(SparqlClient.wideSelect(20, 60_000, 40), "text/csv");
        assertAnswerTooLarge(r, NodeConfig.DEFAULT_RESULT_BYTES, "text/csv");
        assertEquals(
                200,
                new SparqlClient(federating).get("ASK { ?s ?p ?o }").statusCode(),
                "the endpoint answers the next query");
    }

    static void assertAnswerTooLarge(HttpResponse<String> r, String accept) {
        assertAnswerTooLarge(r, BYTES, accept);
    }

    static void assertAnswerTooLarge(HttpResponse<String> r, long budget, String accept) {
        assertEquals(413, r.statusCode(), accept + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), accept);
        assertTrue(r.body().contains(budget + " bytes") && r.body().contains("LIMIT"), accept + ": " + r.body());
    }

    @Test
    @DisplayName(
            "slow queries are stopped by the timeout with a clear error, while other requests are answered meanwhile")
    void slowQueryTimesOut() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> slow = new java.util.ArrayList<>();
        for (int i = 0; i < SparqlEndpoint.WORKERS; i++) {
            slow.add(client.sendAsync(
                    HttpRequest.newBuilder(capped.uri("/sparql?query=" + SparqlClient.enc(SLOW)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // every query thread is now busy; pages, linked data and the catalogue run elsewhere and are still answered
        for (int i = 0; i < 3; i++) {
            assertEquals(200, capped.get("/health").statusCode());
            assertEquals(200, capped.get("/catalog", "text/turtle").statusCode());
            assertEquals(200, capped.get("/def", "application/n-triples").statusCode());
        }
        // those requests take milliseconds; the slow queries cannot end before the timeout of several seconds
        assertTrue(
                slow.stream().noneMatch(CompletableFuture::isDone),
                "the slow queries were still running while the others were answered");
        for (var f : slow) {
            HttpResponse<String> r = f.get(TIMEOUT_MS / 1000 + 30, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains("timed out") && r.body().contains(TIMEOUT_MS + " ms"), r.body());
        }
        assertEquals(200, sparql.get("ASK { ?s ?p ?o }").statusCode(), "the endpoint answers again afterwards");
    }

    @Test
    @DisplayName("with --allow-service, SERVICE reaches another SPARQL endpoint (here the first portal's)")
    void serviceWhenAllowed() {
        String q = "SELECT ?c { SERVICE <" + capped.baseUrl()
                + "/sparql> { ?c a <http://www.w3.org/2004/02/skos/core#ConceptScheme> } } LIMIT 1";
        var r = new SparqlClient(federating).get(q, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, rows(r));
        assertEquals(400, sparql.get(q).statusCode(), "the portal without the flag refuses the same query");
    }
}
