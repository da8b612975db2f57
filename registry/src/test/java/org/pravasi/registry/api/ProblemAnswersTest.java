package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/** The API's problem answers, byte for byte: status, media type, headers and body are part of the contract. */
class ProblemAnswersTest {
    private static final long LIMIT = 4 * 1024;
    private static final String PROBLEM = "application/problem+json";

    /**
     * One node for the class: every request here is answered with a problem and stores nothing, which each test checks
     * ({@link #storesNothing}).
     */
    @TempDir
    static Path dir;

    static RegistryNode node;
    static ServedNode served;
    static String key;
    /** The node's quads after it started. */
    static long quads;

    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeAll
    static void start() {
        node = RegistryNode.start(NodeConfig.builder(dir)
                .port(0)
                .geoDir(TestNode.geo())
                .maxUploadBytes(LIMIT)
                .build());
        key = node.keys().create("mrc-alliance").secret();
        served = ServedNode.serve(node);
        quads = TestNode.quads(node);
    }

    @AfterEach
    void storesNothing() {
        assertEquals(quads, TestNode.quads(node), "a request answered with a problem stores nothing");
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(served.url() + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder multipart(HttpRequest.Builder r, String field, String content) {
        String b = "boundary42";
        String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"f.txt\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + b + "--\r\n";
        return r.header("Content-Type", "multipart/form-data; boundary=" + b)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static void assertProblem(HttpResponse<String> r, int status, String body) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(PROBLEM, r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(body, r.body());
    }

    @Test
    void publishingWithoutAKeyIs401WithTheChallenge() throws Exception {
        HttpResponse<String> r = send(multipart(at("/api/datasets"), "csv", "a,b\n"));
        assertProblem(
                r,
                401,
                "{\"type\":\"about:blank\",\"title\":\"API key required\",\"status\":401,\"detail\":\"Publishing needs your "
                        + "organisation's API key: send it as 'Authorization: Bearer KEY'. Ask the node operator for one (pravasi-registry keys create).\"}");
        assertEquals(
                "Bearer realm=\"pravasi\"",
                r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void anUnknownKeyIs401SayingSo() throws Exception {
        assertProblem(
                send(multipart(at("/api/datasets"), "csv", "a,b\n").header("X-API-Key", "nope")),
                401,
                "{\"type\":\"about:blank\",\"title\":\"API key required\",\"status\":401,\"detail\":\"The API key is not valid or has been "
                        + "revoked. Ask the node operator for a new one.\"}");
    }

    @Test
    void aBadSinceIs400() throws Exception {
        assertProblem(
                send(at("/api/changes?since=yesterday")),
                400,
                "{\"type\":\"about:blank\",\"title\":\"Bad 'since'\",\"status\":400,"
                        + "\"detail\":\"'since' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z; got 'yesterday'.\"}");
    }

    @Test
    void anUploadWithoutItsFilesIs400() throws Exception {
        assertProblem(
                send(multipart(at("/api/datasets"), "csv", "a,b\n").header("Authorization", "Bearer " + key)),
                400,
                "{\"type\":\"about:blank\",\"title\":\"Missing file\",\"status\":400,\"detail\":\"Send a multipart/form-data request with two "
                        + "files, 'descriptor' (JSON) and 'csv', or one file 'rdf' (a Data Cube in Turtle or JSON-LD). Example: curl -H "
                        + "'Authorization: Bearer KEY' -F descriptor=@d.json -F csv=@f.csv http://NODE/api/datasets\"}");
    }

    @Test
    void graphsOfAnUnknownDatasetAre404() throws Exception {
        assertProblem(
                send(at("/api/datasets/nobody/nothing/graphs")),
                404,
                "{\"type\":\"about:blank\",\"title\":\"No such dataset\","
                        + "\"status\":404,\"detail\":\"This node has no dataset nobody/nothing.\"}");
    }

    @Test
    void withdrawingAnotherOrganisationsDatasetIs403() throws Exception {
        assertProblem(
                send(at("/api/datasets/other-org/legal-aid?reason=x")
                        .header("Authorization", "Bearer " + key)
                        .DELETE()),
                403,
                "{\"type\":\"about:blank\",\"title\":\"Not your organisation's dataset\",\"status\":403,\"detail\":\"This key belongs to "
                        + "'mrc-alliance' and cannot withdraw datasets of 'other-org'.\"}");
    }

    @Test
    void anUploadOverTheLimitIs413QuotingIt() throws Exception {
        assertProblem(
                send(multipart(at("/api/datasets"), "csv", "x".repeat((int) LIMIT * 2))
                        .header("Authorization", "Bearer " + key)),
                413,
                "{\"type\":\"about:blank\",\"title\":\"Upload too large\",\"status\":413,\"detail\":\"The upload is larger than this node "
                        + "accepts (4096 bytes). Split the dataset, or ask the operator to raise --max-upload.\"}");
    }

    @Test
    void aRefusedStoryIs422ListingEachFinding() throws Exception {
        HttpResponse<String> r = send(
                multipart(at("/api/stories"), "story", "no front matter").header("Authorization", "Bearer " + key));
        assertEquals(422, r.statusCode(), r.body());
        assertEquals(PROBLEM, r.headers().firstValue("Content-Type").orElse(""));
        String start =
                "{\"type\":\"about:blank\",\"title\":\"Story refused\",\"status\":422,\"detail\":\"Nothing was published. Each finding "
                        + "says where and how to fix it.\",\"findings\":[{\"severity\":\"error\",\"file\":\"f.txt\",\"row\":";
        assertEquals(
                start, r.body().substring(0, Math.min(start.length(), r.body().length())));
    }

    @Test
    void aMultipartBodyCutBeforeItsClosingBoundaryIs400() throws Exception {
        String part =
                "--b1\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n";
        byte[] body = part.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: multipart/form-data; " + "boundary=b1\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket s = new Socket("127.0.0.1", served.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = read(s.getInputStream());
            assertEquals("HTTP/1.1 400 Bad Request", answer.lines().findFirst().orElse(""), answer);
            String expected =
                    "{\"type\":\"about:blank\",\"title\":\"Incomplete upload\",\"status\":400,\"detail\":\"The multipart body ended "
                            + "before its closing boundary, so a file in it is incomplete. Send the whole request again (curl -F builds a correct one).\"}";
            assertEquals(expected, answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
