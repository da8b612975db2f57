package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/** The workspace API over real HTTP: the organisation's key only, a preview with the dry run, saved choices. */
class WorkspaceApiTest {
    private static final String CSV = "Cases by district\n\nDistrict,Quarter,Category,Cases\n"
            + "Gurgaon,Apr-Jun 2024,Wage theft,40\nPurnea,Apr-Jun 2024,Wages not paid by employer,30\n";
    private static final String CHOICES = """
            {"dataset": {"slug": "wage-cases", "title": "Wage cases", "description": "Test.",
                         "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["wages"],
                         "illustrative": true, "source": "Illustrative demo data"}%s}
            """;

    @TempDir
    Path dir;

    RegistryNode node;
    ServedNode served;
    String key;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        assumeTrue(TestNode.geo().isPresent(), "needs the reference geography (../shared/data/geo)");
        node = TestNode.start(dir);
        key = node.keys().create("mrc-alliance").secret();
        served = ServedNode.serve(node);
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private HttpResponse<String> preview(String org, String choices) throws Exception {
        return http.send(
                new Multipart()
                        .file("upload", "cases.csv", "text/csv", CSV)
                        .field("choices", choices)
                        .post(served.request("/api/workspace/" + org + "/preview")
                                .header("Authorization", "Bearer " + key))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anotherOrganisationsWorkspaceIsForbidden() throws Exception {
        assertEquals(403, preview("other-org", CHOICES.formatted("")).statusCode());
    }

    @Test
    void previewListsWhatIsUnresolvedAndRunsNoDryRun() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = preview("mrc-alliance", CHOICES.formatted(""));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"publishable\":false"), r.body());
        assertTrue(r.body().contains("former name of Gurugram"), r.body());
        assertTrue(r.body().contains("Wages not paid by employer"), r.body());
        assertTrue(!r.body().contains("\"dryRun\""), r.body());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void withChoicesThePreviewCarriesThePipelinesDryRun() throws Exception {
        long before = TestNode.quads(node);
        HttpResponse<String> r = preview(
                "mrc-alliance",
                CHOICES.formatted(
                        ", \"values\": {\"code:violation-type\": {\"Wages not paid by employer\": \"wage-theft\"}}"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"publishable\":true"), r.body());
        assertTrue(r.body().contains("\"dryRun\":{\"status\":\"valid\""), r.body());
        assertEquals(before, TestNode.quads(node));
    }

    @Test
    void badChoicesAreAProblemAnswer() throws Exception {
        HttpResponse<String> r = preview("mrc-alliance", "{\"columns\": {\"District\": {\"role\": \"place\"}}}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("is not one of area"), r.body());
    }

    @Test
    void overLongChoicesAreABadRequestAndNothingIsSaved() throws Exception {
        String value = "G".repeat(101);
        String values = ", \"values\": {\"district\": {\"" + value + "\": \"62\"}}";
        HttpResponse<String> r = preview("mrc-alliance", CHOICES.formatted(values));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("101 characters"), r.body());
        HttpResponse<String> m = http.send(
                served.request("/api/workspace/mrc-alliance/mappings")
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CHOICES.formatted(values)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, m.statusCode(), m.body());
        assertTrue(m.body().contains("at most 100"), m.body());
    }
}
