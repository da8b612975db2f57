package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.cli.CliRunner;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A replayed upload over HTTP and through the CLI: 201 for a new version, 200 "unchanged" for the same content. */
class ReplayApiTest {
    private static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    private static final String CSV = "district,quarter,cases\n201,2024-Q1,3\n201,2024-Q2,40\n62,2024-Q1,25\n";

    @TempDir
    Path dir;

    RegistryNode node;
    ServedNode served;
    String url;
    String key;
    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeEach
    void start() {
        node = TestNode.start(dir.resolve("node"));
        key = node.keys().create("mrc-alliance").secret();
        served = ServedNode.serve(node);
        url = served.url();
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private HttpResponse<String> post(String csv) throws Exception {
        return http.send(
                Multipart.publication(DESCRIPTOR, csv)
                        .post(served.request("/api/datasets").header("Authorization", "Bearer " + key))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String changes() throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/api/changes?since=1970-01-01T00:00:00Z"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return JsonMapper.builder().build().readTree(body).path("datasets").toString();
    }

    @Test
    void theSameUploadAgainAnswers200UnchangedWithTheExistingVersion() throws Exception {
        HttpResponse<String> first = post(CSV);
        assertEquals(201, first.statusCode(), first.body());
        String feed = changes();
        HttpResponse<String> again = post(CSV);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode json = JsonMapper.builder().build().readTree(again.body());
        assertEquals("unchanged", json.path("status").asString());
        assertEquals(1, json.path("versionNumber").asInt());
        assertEquals(
                "https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid/v1",
                json.path("version").asString());
        assertEquals(
                json.path("version").asString(),
                again.headers().firstValue("Content-Location").orElse(""));
        assertEquals(feed, changes(), "the change feed has no new entry");
        HttpResponse<String> changed = post(CSV + "100,2024-Q3,50\n");
        assertEquals(201, changed.statusCode(), changed.body());
        assertEquals(
                2,
                JsonMapper.builder()
                        .build()
                        .readTree(changed.body())
                        .path("versionNumber")
                        .asInt());
    }

    @Test
    void theCliSaysUnchangedAndExitsZero() throws Exception {
        Path d = Files.writeString(dir.resolve("d.json"), DESCRIPTOR);
        Path csv = Files.writeString(dir.resolve("f.csv"), CSV);
        List<String> args =
                List.of("publish", "--node", url, "--key", key, "--descriptor", d.toString(), "--csv", csv.toString());
        CliRunner.Run first = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, first.code(), first.out());
        assertTrue(first.out().contains("Published"), first.out());
        CliRunner.Run again = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, again.code(), again.out());
        assertTrue(again.out().contains("Unchanged") && again.out().contains("version 1"), again.out());
    }
}
