package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.web.Assets;

@DisplayName("The SPARQL 1.1 Protocol endpoint /sparql")
class SparqlProtocolTest {
    static final String SELECT =
            "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT ?d { ?d a qb:DataSet } ORDER BY ?d";
    static final String ASK = "PREFIX qb: <http://purl.org/linked-data/cube#> ASK { ?d a qb:DataSet }";
    static final String CONSTRUCT = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "CONSTRUCT { ?c skos:prefLabel ?l } { ?c skos:inScheme <https://w3id.org/pravasi/code/violation-type> ; skos:prefLabel ?l }";
    static final String DESCRIBE = "DESCRIBE <https://w3id.org/pravasi/code/violation-type/wage-theft>";
    static final Node WAGE_THEFT = NodeFactory.createURI("https://w3id.org/pravasi/code/violation-type/wage-theft");

    final SparqlClient sparql = new SparqlClient(DemoPortal.shared());

    static ResultSetRewindable results(HttpResponse<String> r, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        return rs.rewindable();
    }

    static Graph graph(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static Stream<Arguments> resultFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "json", ResultSetLang.RS_JSON),
                Arguments.of("application/sparql-results+xml", "xml", ResultSetLang.RS_XML),
                Arguments.of("text/csv", "csv", ResultSetLang.RS_CSV),
                Arguments.of("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultFormats")
    @DisplayName("SELECT answers in each result format, by Accept and by format=, over GET, form POST and query POST")
    void selectInEveryFormat(String mediaType, String format, Lang lang) {
        for (HttpResponse<String> r : new HttpResponse[] {
            sparql.get(SELECT, mediaType),
            DemoPortal.shared().get("/sparql?format=" + format + "&query=" + SparqlClient.enc(SELECT), "text/html"),
            sparql.postForm("query=" + SparqlClient.enc(SELECT), mediaType),
            sparql.postQuery(SELECT, mediaType)
        }) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(type(r).startsWith(mediaType), type(r));
            assertEquals(
                    11,
                    results(r, lang).size(),
                    r.request().method() + " " + r.request().uri());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultFormats")
    @DisplayName("ASK answers true in each result format that carries a boolean")
    void ask(String mediaType, String format, Lang lang) {
        var r = sparql.get(ASK, mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(type(r).startsWith(mediaType));
        if (lang.equals(ResultSetLang.RS_JSON) || lang.equals(ResultSetLang.RS_XML)) {
            assertTrue(ResultSetMgr.readBoolean(
                    new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang));
        } else {
            assertTrue(r.body().contains("true"), r.body());
        }
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", "ttl", Lang.TURTLE),
                Arguments.of("application/ld+json", "jsonld", Lang.JSONLD),
                Arguments.of("application/n-triples", "nt", Lang.NTRIPLES),
                Arguments.of("application/rdf+xml", "rdf", Lang.RDFXML));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphFormats")
    @DisplayName("CONSTRUCT and DESCRIBE answer in each RDF format, by Accept and by format=")
    void constructAndDescribe(String mediaType, String format, Lang lang) {
        Node label = SKOS.prefLabel.asNode();
        for (HttpResponse<String> r : new HttpResponse[] {
            sparql.get(CONSTRUCT, mediaType),
            sparql.postQuery(CONSTRUCT, mediaType),
            DemoPortal.shared()
                    .get("/sparql?format=" + format + "&query=" + SparqlClient.enc(CONSTRUCT), "text/turtle;q=0.1")
        }) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(type(r).startsWith(mediaType), type(r));
            Graph g = graph(r, lang);
            assertTrue(g.contains(WAGE_THEFT, label, NodeFactory.createLiteralLang("Wage theft", "en")), r.body());
            assertEquals(g.size(), g.find(Node.ANY, label, Node.ANY).toList().size(), "only what was constructed");
        }
        var d = sparql.get(DESCRIBE, mediaType);
        assertEquals(200, d.statusCode(), d.body());
        assertTrue(graph(d, lang)
                .contains(WAGE_THEFT, SKOS.notation.asNode(), NodeFactory.createLiteralString("wage-theft")));
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"csv,query-results.csv", "tsv,query-results.tsv"})
    @DisplayName("format=csv or tsv, as the page's Run (CSV) link asks, downloads a file; Accept alone shows the text")
    void spreadsheetFormatsByNameAreDownloads(String format, String file) {
        HttpResponse<String> r =
                DemoPortal.shared().get("/sparql?format=" + format + "&query=" + SparqlClient.enc(SELECT), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "attachment; filename=\"" + file + "\"",
                r.headers().firstValue("Content-Disposition").orElse("none"));
        assertTrue(sparql.get(SELECT, "text/csv")
                .headers()
                .firstValue("Content-Disposition")
                .isEmpty());
        assertTrue(DemoPortal.shared()
                .get("/sparql?format=json&query=" + SparqlClient.enc(SELECT), "text/html")
                .headers()
                .firstValue("Content-Disposition")
                .isEmpty());
    }

    @Test
    @DisplayName("the query page collapses its examples, serves the editor's prefixes, and keeps inline scripts out")
    void queryPage() {
        HttpResponse<String> page = DemoPortal.shared().get("/sparql", "text/html");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self';") && csp.contains("style-src 'self' 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals(11, page.body().split("<details class=\"example\"", -1).length - 1, "every example collapsed");
        assertFalse(page.body().contains("<details class=\"example\" open"), "none open");
        assertTrue(
                page.body()
                        .contains(
                                "data-editor=\"" + Assets.PREFIX + Assets.version() + "/webjars/yasgui/4.5.0/build/\""),
                "the pinned YASGUI, at a versioned URL");
        HttpResponse<String> script =
                DemoPortal.shared().get(Assets.url("/webjars/yasgui/4.5.0/build/yasgui.min.js"), "*/*");
        assertEquals(200, script.statusCode(), "YASGUI is served from its WebJar");
        HttpResponse<String> prefixes = DemoPortal.shared().get("/sparql/prefixes.json", "application/json");
        assertEquals(200, prefixes.statusCode());
        assertTrue(prefixes.body().contains("\"pv\":\"https://w3id.org/pravasi/def#\""), prefixes.body());
    }

    @Test
    @DisplayName("without Accept, SELECT answers SPARQL JSON and CONSTRUCT Turtle; a wildcard gets the same")
    void defaults() {
        assertTrue(type(sparql.get(SELECT)).startsWith("application/sparql-results+json"));
        assertTrue(type(sparql.get(CONSTRUCT)).startsWith("text/turtle"));
        assertTrue(type(sparql.get(SELECT, "*/*")).startsWith("application/sparql-results+json"));
        assertTrue(type(sparql.get(SELECT, "text/*")).startsWith("text/csv"));
        assertTrue(type(sparql.get(SELECT, "application/json")).startsWith("application/sparql-results+json"));
    }

    @Test
    @DisplayName(
            "an Accept header naming nothing offered gets the default format, as from Fuseki; format= unknown is 400")
    void fallsBackToTheDefaultFormatLikeFuseki() {
        var select = sparql.get(SELECT, "text/turtle");
        assertEquals(200, select.statusCode(), select.body());
        assertTrue(type(select).startsWith("application/sparql-results+json"), type(select));
        assertTrue(results(select, ResultSetLang.RS_JSON).size() > 0);
        var construct = sparql.get(CONSTRUCT, "application/sparql-results+json");
        assertEquals(200, construct.statusCode(), construct.body());
        assertTrue(type(construct).startsWith("text/turtle"), type(construct));
        assertTrue(graph(construct, Lang.TURTLE).contains(WAGE_THEFT, SKOS.prefLabel.asNode(), Node.ANY));
        assertTrue(type(sparql.get(CONSTRUCT, "text/csv")).startsWith("text/turtle"));
        assertTrue(type(sparql.get(ASK, "text/html")).startsWith("application/sparql-results+json"));
        var f = DemoPortal.shared().get("/sparql?format=pdf&query=" + SparqlClient.enc(SELECT));
        assertEquals(400, f.statusCode());
        assertTrue(f.body().contains("format=pdf"), f.body());
    }

    @Test
    @DisplayName("format=json on a graph query gives JSON-LD, format=xml RDF/XML; output= is read as format=")
    void formatNamesTheCounterpartForTheOtherQueryForm() {
        var json = DemoPortal.shared().get("/sparql?format=json&query=" + SparqlClient.enc(CONSTRUCT));
        assertTrue(type(json).startsWith("application/ld+json"), type(json));
        var xml = DemoPortal.shared().get("/sparql?format=xml&query=" + SparqlClient.enc(DESCRIBE));
        assertTrue(type(xml).startsWith("application/rdf+xml"), type(xml));
        var output = DemoPortal.shared().get("/sparql?output=csv&query=" + SparqlClient.enc(SELECT));
        assertTrue(type(output).startsWith("text/csv"), type(output));
        var ttl = DemoPortal.shared().get("/sparql?format=ttl&query=" + SparqlClient.enc(SELECT));
        assertTrue(type(ttl).startsWith("application/sparql-results+json"), type(ttl));
    }

    @Test
    @DisplayName("a syntax error is a 400 problem naming where it is")
    void syntaxError() {
        var r = sparql.get("SELECT ?x WHERE { ?x ?y }");
        assertEquals(400, r.statusCode());
        assertTrue(type(r).startsWith("application/problem+json"), type(r));
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    @DisplayName("updates are refused with 403, however sent, and the store is unchanged")
    void updatesAreRefused() {
        long before = sparql.tripleCount();
        String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        String drop = "DROP ALL";
        for (HttpResponse<String> r : new HttpResponse[] {
            sparql.postUpdate(insert),
            sparql.postUpdate(drop),
            sparql.postForm("update=" + SparqlClient.enc(insert), ""),
            sparql.postForm("update=" + SparqlClient.enc(drop), ""),
            sparql.get(insert),
            sparql.postQuery(drop, ""),
            DemoPortal.shared().get("/sparql?update=" + SparqlClient.enc(insert))
        }) {
            assertEquals(403, r.statusCode(), r.request().uri() + " " + r.body());
            assertTrue(r.body().contains("read-only"), r.body());
        }
        assertEquals(before, sparql.tripleCount());
        assertFalse(sparql.get("ASK { GRAPH <urn:x> { ?s ?p ?o } }", "text/csv")
                .body()
                .contains("true"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p2 ?o2 } } } } LIMIT 1",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
            })
    @DisplayName("SERVICE is refused by default with a message saying how to enable it")
    void serviceRefused(String query) {
        var r = sparql.get(query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE") && r.body().contains("--allow-service"), r.body());
    }

    @Test
    @DisplayName("default-graph-uri and FROM restrict the query to the graphs named")
    void datasetDescription() {
        String count =
                "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }";
        String v = "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter/v1";
        var r = DemoPortal.shared()
                .get(
                        "/sparql?default-graph-uri=" + SparqlClient.enc(v) + "&query=" + SparqlClient.enc(count),
                        "text/csv");
        assertEquals("384", r.body().lines().skip(1).findFirst().orElseThrow().strip(), r.body());
        String from = count.replace("SELECT (COUNT(?o) AS ?n)", "SELECT (COUNT(?o) AS ?n) FROM <" + v + ">");
        assertEquals(
                "384",
                sparql.get(from, "text/csv")
                        .body()
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .strip());
        String named = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        var n = DemoPortal.shared()
                .get(
                        "/sparql?named-graph-uri=" + SparqlClient.enc(v) + "&query=" + SparqlClient.enc(named),
                        "text/csv");
        assertEquals("1", n.body().lines().skip(1).findFirst().orElseThrow().strip(), n.body());
    }

    @Test
    @DisplayName("the default graph is the union of all current graphs and answers carry CORS and cap headers")
    void unionAndHeaders() {
        var r = sparql.get(
                "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }",
                "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(Long.parseLong(
                        r.body().lines().skip(1).findFirst().orElseThrow().strip())
                > 2800);
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(
                "false", r.headers().firstValue(SparqlEndpoint.TRUNCATED_HEADER).orElse(""));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
    }

    @Test
    @DisplayName("a POST that is neither a form nor a query is 415; an empty query is 400")
    void badPosts() {
        var r = DemoPortal.shared()
                .send(
                        java.net.http.HttpRequest.newBuilder(DemoPortal.shared().uri("/sparql"))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode());
        assertEquals(400, sparql.postForm("query=", "").statusCode());
        assertEquals(400, sparql.postQuery("  ", "").statusCode());
    }
}
