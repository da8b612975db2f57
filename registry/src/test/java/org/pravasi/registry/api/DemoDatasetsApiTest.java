package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.OrganisationReader;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

@DisplayName("Every demo dataset and story in datasets/ publishes through the node's HTTP API")
class DemoDatasetsApiTest {
    private static final Path DATASETS = TestNode.DATASETS;

    @TempDir
    Path dir;

    RegistryNode node;
    ServedNode served;
    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeEach
    void start() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (system property pravasi.test.geo)");
        assumeTrue(Files.isDirectory(DATASETS), "needs the repository's datasets/ folder beside registry/");
        node = TestNode.start(dir);
        served = ServedNode.serve(node);
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    @DisplayName("each descriptor + CSV answers 201 and each story 201, with the organisation's own key")
    void allDemoContentPublishes() throws Exception {
        List<String> refused = new ArrayList<>();
        int datasets = 0;
        int stories = 0;
        for (Path orgDir : list(DATASETS, Files::isDirectory)) {
            Path orgFile = orgDir.resolve("organisation.json");
            if (!Files.isRegularFile(orgFile)) {
                continue;
            }
            var org = OrganisationReader.read(orgFile.toString(), Files.readAllBytes(orgFile));
            node.organisations().upsert(org);
            String key = node.keys().create(org.slug()).secret();
            for (Path descriptor : list(
                    orgDir,
                    p -> p.toString().endsWith(".json")
                            && !p.getFileName().toString().equals("organisation.json"))) {
                Path csv = Path.of(descriptor.toString().replaceAll("\\.json$", ".csv"));
                HttpResponse<String> r = post(
                        "/api/datasets",
                        key,
                        new Part(
                                "descriptor",
                                descriptor.getFileName().toString(),
                                "application/json",
                                Files.readAllBytes(descriptor)),
                        new Part("csv", csv.getFileName().toString(), "text/csv", Files.readAllBytes(csv)));
                datasets++;
                if (r.statusCode() != 201) {
                    refused.add(descriptor + " → " + r.statusCode() + " " + r.body());
                }
            }
            Path storyDir = orgDir.resolve("stories");
            for (Path story : Files.isDirectory(storyDir)
                    ? list(storyDir, p -> p.toString().endsWith(".md"))
                    : List.<Path>of()) {
                HttpResponse<String> r = post(
                        "/api/stories",
                        key,
                        new Part("story", story.getFileName().toString(), "text/markdown", Files.readAllBytes(story)));
                stories++;
                if (r.statusCode() != 201) {
                    refused.add(story + " → " + r.statusCode() + " " + r.body());
                }
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(datasets >= 6, "at least six demo datasets, found " + datasets);
        assertTrue(stories >= 5, "at least five demo stories, found " + stories);
        HttpResponse<String> list = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertEquals(
                datasets, new JsonObject(list.body()).getJsonArray("datasets").size(), list.body());
    }

    private record Part(String name, String fileName, String type, byte[] content) {}

    private HttpResponse<String> post(String path, String key, Part... parts) throws Exception {
        Multipart body = new Multipart();
        for (Part p : parts) {
            body.file(p.name(), p.fileName(), p.type(), p.content());
        }
        return http.send(
                body.post(served.request(path).header("Authorization", "Bearer " + key))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return served.url();
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        }
    }
}
