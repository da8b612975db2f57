package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/**
 * The node's publishing API over real HTTP: keys, status codes, problem details, withdrawal and the change feed. One
 * node for the class, and a publisher with a key of its own for each test: tables are read together only within one
 * organisation, so no test's tables are read together with another's or replace them.
 */
class PublishApiTest {
    private static final long LIMIT = 64 * 1024;
    private static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String CSV = "district,quarter,cases\n201,2024-Q1,3\n201,2024-Q2,40\n62,2024-Q1,25\n";

    @TempDir
    static Path dir;

    static RegistryNode node;
    static ServedNode served;
    private static int tests;

    /** This test's publisher. */
    String org;

    /** Its API key. */
    String key;

    /** The legal-aid descriptor as its. */
    String descriptor;

    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeAll
    static void start() {
        node = RegistryNode.start(NodeConfig.builder(dir)
                .port(0)
                .geoDir(TestNode.geo())
                .maxUploadBytes(LIMIT)
                .build());
        served = ServedNode.serve(node);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void publisher() {
        org = "api-org-" + ++tests;
        node.organisations().upsert(Organisation.named(org, org));
        key = node.keys().create(org).secret();
        descriptor = DESCRIPTOR.replace("\"publisher\": \"mrc-alliance\"", "\"publisher\": \"" + org + "\"");
        assertTrue(descriptor.contains(org), descriptor);
    }

    /** Whether the catalogue lists this test's legal-aid dataset, once, and not as withdrawn. */
    private boolean listedAsCurrent() throws Exception {
        JsonArray all = new JsonObject(get("/api/datasets").body()).getJsonArray("datasets");
        List<JsonObject> mine = all.stream()
                .map(JsonObject.class::cast)
                .filter(d -> d.encode().contains(org + "/legal-aid"))
                .toList();
        assertEquals(1, mine.size(), all::encode);
        return !mine.getFirst().getBoolean("withdrawn");
    }

    private HttpResponse<String> post(String query, String apiKey, String descriptor, String csv) throws Exception {
        HttpRequest.Builder r = Multipart.publication(descriptor, csv).post(served.request("/api/datasets" + query));
        if (apiKey != null) {
            r.header("Authorization", "Bearer " + apiKey);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postFile(String path, String field, String fileName, String type, String content)
            throws Exception {
        return http.send(
                new Multipart()
                        .file(field, fileName, type, content)
                        .post(served.request(path).header("Authorization", "Bearer " + key))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final String CUBE = """
            @prefix qb: <http://purl.org/linked-data/cube#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix pv: <https://w3id.org/pravasi/def#> .
            @prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
            <https://example.org/ds/wage-claims> a qb:DataSet ; dct:identifier "wage-claims" ;
                dct:title "Wage claims"@en ; dct:description "Test cube."@en ;
                dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                qb:structure [ qb:component [ qb:dimension sdmx-dimension:refArea ], [ qb:dimension sdmx-dimension:refPeriod ],
                                            [ qb:dimension pv:violationType ], [ qb:measure pv:cases ] ] .
            [] qb:dataSet <https://example.org/ds/wage-claims> ; sdmx-dimension:refArea <https://w3id.org/pravasi/id/district/201> ;
               sdmx-dimension:refPeriod <https://w3id.org/pravasi/id/period/2024-Q1> ;
               pv:violationType <https://w3id.org/pravasi/code/violation-type/wage-theft> ; pv:cases 4 .
            [] qb:dataSet <https://example.org/ds/wage-claims> ; sdmx-dimension:refArea <https://w3id.org/pravasi/id/district/201> ;
               sdmx-dimension:refPeriod <https://w3id.org/pravasi/id/period/2024-Q1> ;
               pv:violationType <https://w3id.org/pravasi/code/violation-type/trafficking> ; pv:cases 30 .
            """;

    @Test
    void aTurtleDataCubeGoesThroughTheSamePipeline() throws Exception {
        HttpResponse<String> r = postFile("/api/datasets", "rdf", "cube.ttl", "text/turtle", CUBE);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains(org + "/wage-claims") && r.body().contains("\"belowThreshold\":1"), r.body());
    }

    @Test
    void malformedTurtleIsRefusedWithItsLine() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = postFile(
                "/api/datasets", "rdf", "cube.ttl", "text/turtle", "@prefix x: <a:> .\nx:a x:b x:c .\nx:c x:d ");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"row\":3"), r.body());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aRemoteJsonLdContextIsNeverFetched() throws Exception {
        try (java.net.ServerSocket trap = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(500);
            String doc = "{\"@context\": \"http://127.0.0.1:" + trap.getLocalPort()
                    + "/context.jsonld\", \"@id\": \"a:b\", \"name\": \"x\"}";
            HttpResponse<String> r = postFile("/api/datasets", "rdf", "cube.jsonld", "application/ld+json", doc);
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("remote"), r.body());
            assertThrows(java.net.SocketTimeoutException.class, trap::accept, "no connection was attempted");
        }
    }

    @Test
    void aStoryWithAPhoneNumberIsRefused() throws Exception {
        String story =
                "---\ntitle: A camp\nlanguage: en\ndate: 2024-05-10\ndistricts: [201]\nthemes: [wages]\n---\nCall the organiser on 98765 43210.\n";
        long before = TestNode.quads(node);
        HttpResponse<String> r = postFile("/api/stories", "story", "a-camp.md", "text/markdown", story);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals(before, TestNode.quads(node));
        HttpResponse<String> ok = postFile(
                "/api/stories",
                "story",
                "a-camp.md",
                "text/markdown",
                story.replace("Call the organiser on 98765 43210.", "The centre ran a camp."));
        assertEquals(201, ok.statusCode(), ok.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(served.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publishesWithTheOrganisationsKeyAndReportsSuppression() throws Exception {
        HttpResponse<String> r = post("", key, descriptor, CSV);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"belowThreshold\":1"), r.body());
        assertEquals(
                "https://w3id.org/pravasi/id/dataset/" + org + "/legal-aid",
                r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void withoutAKeyIsUnauthorisedAndWritesNothing() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = post("", null, descriptor, CSV);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                401,
                post("", "pdc_000000000000_" + "x".repeat(43), descriptor, CSV).statusCode(),
                "an unknown key");
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void anotherOrganisationsKeyIsForbidden() throws Exception {
        String other = node.keys().create("other-org").secret();
        long before = TestNode.quads(node);
        assertEquals(403, post("", other, descriptor, CSV).statusCode());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aRevokedKeyIsRefused() throws Exception {
        String id = node.keys().list().stream()
                .filter(k -> k.org().equals(org))
                .findFirst()
                .orElseThrow()
                .id();
        node.keys().revoke(id);
        assertEquals(401, post("", key, descriptor, CSV).statusCode());
    }

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        long before = TestNode.quads(node);
        StringBuilder big = new StringBuilder("district,quarter,cases\n");
        for (int i = 0; big.length() <= LIMIT; i++) {
            big.append("201,2024-Q1,").append(i).append('\n');
        }
        HttpResponse<String> r = post("", key, descriptor, big.toString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aBadUploadIs422WithEveryFinding() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = post("", key, descriptor, "district,quarter,cases\nxyz,2024-Q7,abc\n");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"findings\""), r.body());
        assertTrue(r.body().contains("2024-Q7") && r.body().contains("xyz"), r.body());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void aDryRunValidatesWithout() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = post("?dryRun=true", key, descriptor, CSV);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\":\"valid\""));
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void theChangeFeedListsPublicationsAndWithdrawals() throws Exception {
        String start = get("/api/changes").body().replaceAll("(?s).*\"asOf\":\"([^\"]+)\".*", "$1");
        assertEquals(201, post("", key, descriptor, CSV).statusCode());
        String feed = get("/api/changes?since=" + start).body();
        assertTrue(feed.contains(org + "/legal-aid") && feed.contains("\"withdrawn\":false"), feed);
        HttpResponse<String> del = http.send(
                HttpRequest.newBuilder(URI.create(
                                served.url() + "/api/datasets/" + org + "/legal-aid?reason=Counted%20twice."))
                        .header("Authorization", "Bearer " + key)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, del.statusCode());
        assertTrue(get("/api/changes?since=" + start).body().contains("\"withdrawn\":true"));
        assertEquals(400, get("/api/changes?since=yesterday").statusCode());
    }

    private HttpResponse<String> withdraw(String query, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(served.url() + "/api/datasets/" + org + "/legal-aid" + query))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWithdrawalWithoutAReasonIsA400AndWithdrawsNothing() throws Exception {
        assertEquals(201, post("", key, descriptor, CSV).statusCode());
        for (String[] q : new String[][] {{"", ""}, {"", "{}"}, {"?reason=%20", ""}, {"", "{\"reason\": \"  \"}"}}) {
            HttpResponse<String> r = withdraw(q[0], q[1]);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("Missing reason"), r.body());
        }
        assertEquals(400, withdraw("", "{not json").statusCode());
        assertTrue(listedAsCurrent(), "still current");
    }

    @Test
    void aWithdrawalReasonWithPersonalDataIsA422AndWithdrawsNothing() throws Exception {
        assertEquals(201, post("", key, descriptor, CSV).statusCode());
        HttpResponse<String> r = withdraw("", "{\"reason\": \"Ask the worker on 9876543210.\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("reason"), r.body());
        assertTrue(listedAsCurrent(), "still current");
        assertEquals(
                204,
                withdraw("", "{\"reason\": \"Two quarters were counted twice.\"}")
                        .statusCode());
    }
}
