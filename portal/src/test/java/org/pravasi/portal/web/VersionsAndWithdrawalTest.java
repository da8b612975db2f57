package org.pravasi.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.config.NodeConfig;

/**
 * A real portal (TDB2 store, embedded Fuseki, reference geography) where one dataset was replaced and another
 * withdrawn: the superseded and the withdrawn observations appear on no public surface, the withdrawn dataset answers
 * 410 with its tombstone, and only its publisher can download the earlier versions.
 */
@DisplayName("Superseded and withdrawn observations leave every public surface")
class VersionsAndWithdrawalTest {
    static final String ORG = "mrc-alliance";
    static final String REPLACED = "/id/dataset/" + ORG + "/earlier-figures";
    static final String WITHDRAWN = "/id/dataset/" + ORG + "/withdrawn-figures";
    static final String REASON = "The centre found that two quarters were counted twice.";
    static final String DESCRIPTOR = """
            {"slug": "%s", "publisher": "mrc-alliance", "title": "%s", "description": "Legal aid cases.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"], "keywords": ["casework"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    /** Version 1 of the replaced dataset: counts that must not stay public once version 2 replaces them. */
    static final List<Long> SUPERSEDED = List.of(5170031L, 5170289L);

    static final String V1 =
            "district,quarter,service,cases\n201,2024-Q1,legal-aid,5170031\n201,2024-Q2,legal-aid,5170289\n";
    static final String V2 =
            "district,quarter,service,cases\n201,2024-Q1,legal-aid,5170047\n201,2024-Q2,legal-aid,5170301\n201,2024-Q3,legal-aid,5170512\n";
    static final List<Long> WITHDRAWN_COUNTS = List.of(5290013L, 5290047L);
    static final String W1 =
            "district,quarter,service,cases\n201,2024-Q1,legal-aid,5290013\n201,2024-Q2,legal-aid,5290047\n";

    @TempDir
    static Path dir;

    static DemoPortal portal;
    /** The entity tag of each data answer a shared cache could hold, from before the replacement and withdrawal. */
    static final Map<String, String> TAGS_BEFORE = new java.util.LinkedHashMap<>();

    static String key;
    static String otherKey;

    @BeforeAll
    static void replaceOneAndWithdrawTheOther() {
        portal = DemoPortal.start(NodeConfig.builder(dir)
                .port(0)
                .fusekiPort(0)
                .geoDir(DemoPortal.geography())
                .build());
        key = portal.portal().node().keys().create(ORG).secret();
        otherKey = portal.portal().node().keys().create("four-state-network").secret();
        published(post("earlier-figures", "Earlier figures", V1));
        published(post("withdrawn-figures", "Withdrawn figures", W1));
        // Every surface is asked once before the change, so that any cache holds the figures that must go.
        Map<String, String> before = publicBodies(false);
        for (String count : List.of("5170031", "5290013")) {
            List<String> showing = before.entrySet().stream()
                    .filter(e -> e.getValue().contains(count))
                    .map(Map.Entry::getKey)
                    .toList();
            assertTrue(showing.size() >= 20, "the surfaces show a current count; " + count + " was on " + showing);
        }
        for (String path : cachedAnswers()) {
            TAGS_BEFORE.put(path, portal.get(path).headers().firstValue("ETag").orElse(""));
        }
        published(post("earlier-figures", "Earlier figures", V2));
        HttpResponse<String> w = withdraw("withdrawn-figures", "{\"reason\": \"" + REASON + "\"}", key);
        assertEquals(204, w.statusCode(), w.body());
    }

    /** The data answers a shared cache (a CDN, a proxy) could hold: map figures as JSON and CSV, feeds, sitemap. */
    static List<String> cachedAnswers() {
        String map = "/api/map?dataset=" + enc("https://w3id.org/pravasi" + REPLACED) + "&period=2024-Q1";
        return List.of(map, map + "&format=csv", "/api/map/indicators", "/feeds/all", "/sitemap.xml");
    }

    @Test
    @DisplayName("every cache must ask again before reusing a data answer, and one kept from before is told it changed")
    void cachesRevalidateDataAnswers() {
        for (String path : cachedAnswers()) {
            HttpResponse<String> now = portal.get(path);
            assertEquals("no-cache", now.headers().firstValue("Cache-Control").orElse(""), path);
            String tag = now.headers().firstValue("ETag").orElse("");
            assertTrue(tag.startsWith("\"") && tag.length() > 10, path + ": " + tag);
            assertTrue(
                    !TAGS_BEFORE.get(path).isEmpty() && !TAGS_BEFORE.get(path).equals(tag), path + " changed");
            HttpResponse<String> kept = portal.send(
                    java.net.http.HttpRequest.newBuilder(portal.uri(path))
                            .header("If-None-Match", TAGS_BEFORE.get(path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, kept.statusCode(), path + ": a copy from before the withdrawal is stale");
            HttpResponse<String> same = portal.send(
                    java.net.http.HttpRequest.newBuilder(portal.uri(path))
                            .header("If-None-Match", tag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, same.statusCode(), path + ": the current copy is still good");
            assertEquals("", same.body(), path);
        }
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    @DisplayName(
            "no page, download, RDF format, SPARQL endpoint, dump, feed, search or map answer holds a superseded or withdrawn count")
    void noPublicSurfaceHoldsTheObservations() {
        Map<String, String> bodies = publicBodies(true);
        List<String> forbidden = new ArrayList<>();
        for (long n : SUPERSEDED) {
            forbidden.addAll(spellings(n));
        }
        for (long n : WITHDRAWN_COUNTS) {
            forbidden.addAll(spellings(n));
        }
        forbidden.add("earlier-figures/v1/obs/");
        forbidden.add("withdrawn-figures/v1/obs/");
        List<String> leaks = new ArrayList<>();
        bodies.forEach((where, body) ->
                forbidden.stream().filter(body::contains).forEach(f -> leaks.add(where + " shows " + f)));
        assertEquals(List.of(), leaks);
        // The surfaces are live: the current version's counts are there.
        assertTrue(bodies.get("GET " + REPLACED + "/download.csv").contains("5170047"), "current download");
        assertTrue(bodies.get("GET /dump.nq.gz").contains("5170047"), "current dump");
        assertTrue(
                bodies.get("portal /sparql (observations)").contains("5170047"),
                () -> "current: " + bodies.get("portal /sparql (observations)"));
        assertTrue(
                bodies.get("Fuseki (observations)").contains("5170047"),
                () -> "current: " + bodies.get("Fuseki (observations)"));
        assertTrue(
                bodies.get("GET /api/datasets/mrc-alliance/earlier-figures/graphs")
                        .contains("5170047"),
                "current graphs");
    }

    @Test
    @DisplayName("the withdrawn dataset's page answers 410 with title, publisher, date and reason")
    void withdrawnDatasetPageIsATombstone() {
        for (String path : List.of(WITHDRAWN, WITHDRAWN + "/v1")) {
            HttpResponse<String> r = portal.get(path, "text/html");
            assertEquals(410, r.statusCode(), path);
            assertTrue(r.body().contains("Withdrawn figures"), path + " title");
            assertTrue(r.body().contains("href=\"/id/org/mrc-alliance\""), path + " publisher");
            assertTrue(r.body().contains(LocalDate.now(ZoneOffset.UTC).toString()), path + " date");
            assertTrue(r.body().contains(REASON), path + " reason");
        }
    }

    @Test
    @DisplayName("the withdrawn dataset's RDF answers 410 with title, publisher, date and reason")
    void withdrawnDatasetRdfIsATombstone() {
        Node ds = NodeFactory.createURI("https://w3id.org/pravasi" + WITHDRAWN);
        for (String path : List.of(WITHDRAWN, WITHDRAWN + "/v1")) {
            HttpResponse<String> r = portal.get(path, "text/turtle");
            assertEquals(410, r.statusCode(), path);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
            assertTrue(g.contains(ds, DCTerms.title.asNode(), Node.ANY), path + " title");
            assertTrue(
                    g.contains(
                            ds,
                            DCTerms.publisher.asNode(),
                            NodeFactory.createURI("https://w3id.org/pravasi/id/org/mrc-alliance")),
                    path);
            assertTrue(g.contains(ds, DCTerms.modified.asNode(), Node.ANY), path + " date");
            assertTrue(g.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString(REASON)), path + " reason");
        }
    }

    @Test
    @DisplayName("the withdrawn dataset's downloads answer 410")
    void withdrawnDownloadsAreGone() {
        for (String ext : List.of("csv", "csv-metadata.json", "json", "ttl", "jsonld", "nt")) {
            assertEquals(410, portal.get(WITHDRAWN + "/download." + ext).statusCode(), ext);
        }
    }

    @Test
    @DisplayName("a superseded version keeps its record, provenance and change summary public")
    void supersededVersionKeepsItsRecord() {
        HttpResponse<String> r = portal.get(REPLACED + "/v1", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node v1 = NodeFactory.createURI("https://w3id.org/pravasi" + REPLACED + "/v1");
        Node v2 = NodeFactory.createURI("https://w3id.org/pravasi" + REPLACED + "/v2");
        assertTrue(g.contains(v1, DCTerms.isReplacedBy.asNode(), v2));
        assertTrue(g.contains(v1, PV.observations.asNode(), Node.ANY), "number of observations");
        assertTrue(g.contains(v1, PV.suppressedCells.asNode(), Node.ANY), "cells withheld");
        HttpResponse<String> record = portal.get(REPLACED, "text/turtle");
        Graph rec = GraphFactory.createDefaultGraph();
        RDFParser.fromString(record.body(), Lang.TURTLE).parse(rec);
        assertTrue(
                rec.contains(
                        v2, PV.addedCode.asNode(), NodeFactory.createURI("https://w3id.org/pravasi/id/period/2024-Q3")),
                "the change summary names the period version 2 added");
        HttpResponse<String> page = portal.get(REPLACED, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"version-change\""), "the versions table shows the change summary");
    }

    @Test
    @DisplayName("the publisher downloads an earlier version with its own key only")
    void publisherDownloadsEarlierVersions() {
        String v1 = "/api/datasets/mrc-alliance/earlier-figures/v1/observations";
        HttpResponse<String> own = authGet(v1, key);
        assertEquals(200, own.statusCode(), own.body());
        SUPERSEDED.forEach(n -> assertTrue(own.body().contains(Long.toString(n)), own.body()));
        HttpResponse<String> withdrawn = authGet("/api/datasets/mrc-alliance/withdrawn-figures/v1/observations", key);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        WITHDRAWN_COUNTS.forEach(n -> assertTrue(withdrawn.body().contains(Long.toString(n)), withdrawn.body()));
        assertEquals(403, authGet(v1, otherKey).statusCode());
        assertEquals(401, authGet(v1, "").statusCode());
        assertEquals(401, authGet(v1, "not-a-key").statusCode());
    }

    /**
     * Every public answer, named by where it came from; {@code gone}: the answers about earlier observations must be
     * 404 or 410.
     */
    private static Map<String, String> publicBodies(boolean gone) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> html = new ArrayList<>(List.of(
                "/",
                "/datasets",
                "/catalog",
                "/id/district/201",
                "/id/org/mrc-alliance",
                "/map",
                "/search?q=figures",
                "/stories"));
        List<String> entities = new ArrayList<>(List.of("/catalog"));
        for (String ds : List.of(REPLACED, WITHDRAWN)) {
            entities.addAll(List.of(ds, ds + "/v1", ds + "/v1/obs/1", ds + "/v1/obs/2", ds + "/v1/structure"));
            for (String ext : List.of("csv", "csv?lang=hi", "csv-metadata.json", "json", "ttl", "jsonld", "nt")) {
                out.put(
                        "GET " + ds + "/download." + ext,
                        portal.get(ds + "/download." + ext).body());
            }
            String id = ds.substring("/id/dataset/".length());
            out.put(
                    "GET /api/datasets/" + id + "/graphs",
                    portal.get("/api/datasets/" + id + "/graphs").body());
        }
        html.addAll(entities);
        for (String path : html) {
            out.put("GET " + path + " (HTML)", withoutEcho(path, portal.get(path, "text/html"), gone));
        }
        for (String path : entities) {
            for (String accept :
                    List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
                out.put("GET " + path + " (" + accept + ")", withoutEcho(path, portal.get(path, accept), gone));
            }
            for (String format : List.of("ttl", "jsonld", "rdf", "nt")) {
                out.put(
                        "GET " + path + "?format=" + format,
                        withoutEcho(path, portal.get(path + "?format=" + format), gone));
            }
        }
        out.put("GET /dump.nq.gz", gunzip("/dump.nq.gz"));
        out.put(
                "GET /api/changes",
                portal.get("/api/changes?since=1970-01-01T00:00:00Z").body());
        out.put("GET /api/datasets", portal.get("/api/datasets").body());
        for (String q : List.of("figures", "earlier", "withdrawn", "legal", "casework")) {
            out.put("GET /api/search?q=" + q, portal.get("/api/search?q=" + q).body());
            out.put("GET /api/suggest?q=" + q, portal.get("/api/suggest?q=" + q).body());
        }
        out.put("GET /api/map/indicators", portal.get("/api/map/indicators").body());
        for (String ds : List.of(REPLACED, WITHDRAWN)) {
            for (String period : List.of("2024-Q1", "2024-Q2")) {
                String q = "?dataset=" + enc("https://w3id.org/pravasi" + ds) + "&period=" + period;
                out.put("GET /api/map" + q, portal.get("/api/map" + q).body());
                out.put("GET /map" + q, portal.get("/map" + q, "text/html").body());
            }
        }
        // Only these two datasets' graphs and subjects, so that the result cap never hides a row.
        String ours =
                "REGEX(STR(?%s), \"^https://w3id.org/pravasi/id/dataset/mrc-alliance/(earlier|withdrawn)-figures\")";
        String everything = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(" + ours.formatted("g") + ") }";
        String observations = "SELECT ?s ?p ?o { ?s ?p ?o FILTER(" + ours.formatted("s") + ") }";
        out.put(
                "portal /sparql (graphs)",
                portal.get("/sparql?query=" + enc(everything), "text/csv").body());
        out.put(
                "portal /sparql (observations)",
                portal.get("/sparql?query=" + enc(observations), "text/csv").body());
        String fuseki = portal.portal().node().fuseki().orElseThrow().queryUrl();
        out.put("Fuseki (graphs)", sparql(fuseki, everything));
        out.put("Fuseki (observations)", sparql(fuseki, observations));
        return out;
    }

    /**
     * The body of an answer about an observation or structure of an earlier version, which is gone (404 or 410),
     * without the echo of the requested path in the not-found message; other bodies as they are.
     */
    private static String withoutEcho(String path, HttpResponse<String> r, boolean gone) {
        if (!gone || !path.contains("/obs/") && !path.endsWith("/structure")) {
            return r.body();
        }
        assertTrue(r.statusCode() == 404 || r.statusCode() == 410, path + " answered " + r.statusCode());
        return r.body().replace("https://w3id.org/pravasi" + path, "").replace(path, "");
    }

    /** A count as the pages may print it: plain, with international and with Indian digit grouping. */
    private static List<String> spellings(long n) {
        String plain = Long.toString(n);
        String international = String.format(java.util.Locale.ROOT, "%,d", n);
        String indian = plain.substring(0, plain.length() - 3).replaceAll("\\B(?=(\\d{2})+$)", ",") + ","
                + plain.substring(plain.length() - 3);
        return List.of(plain, international, indian);
    }

    private static String sparql(String endpoint, String query) {
        return portal.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "?query=" + enc(query)))
                                .header("Accept", "text/csv")
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String gunzip(String path) {
        HttpResponse<InputStream> r = portal.send(
                HttpRequest.newBuilder(portal.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = new GZIPInputStream(r.body())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> authGet(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(portal.uri(path)).GET();
        if (!key.isEmpty()) {
            b.header("Authorization", "Bearer " + key);
        }
        return portal.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> withdraw(String slug, String json, String key) {
        return portal.send(
                HttpRequest.newBuilder(portal.uri("/api/datasets/" + ORG + "/" + slug))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String slug, String title, String csv) {
        String b = "b" + UUID.randomUUID();
        String body = "--" + b
                + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n"
                + DESCRIPTOR.formatted(slug, title) + "\r\n--" + b
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

    private static void published(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
