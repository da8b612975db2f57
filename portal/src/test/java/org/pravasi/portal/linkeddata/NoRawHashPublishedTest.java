package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.org.Organisation;

/**
 * The guessing attack of issue 17 against everything the portal serves about a version: enumerate the withheld cells'
 * values, rebuild the upload, hash it, look for the hash in every download, page and API answer.
 */
class NoRawHashPublishedTest {
    private static final String DESCRIPTOR = """
            {"slug": "guess-me", "publisher": "guess-org", "title": "Guess me", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "country", "role": "area", "level": "country"},
                         {"name": "year", "role": "period", "granularity": "year"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "families", "role": "measure", "measure": "families"}]}
            """;
    private static final String PATH = "/id/dataset/guess-org/guess-me";

    @TempDir
    Path dir;

    private static String csv(int small, int other) {
        return "country,year,service,families\nIND,2024,onorc,120\nIND,2024,health-insurance," + small
                + "\nIND,2024,savings," + other + "\n";
    }

    @Test
    void noHashOfAGuessedUploadAppearsInAnythingServed() throws Exception {
        try (DemoPortal portal = DemoPortal.start(dir, Optional.empty(), Optional.empty())) {
            portal.portal().node().organisations().upsert(Organisation.named("guess-org", "Guess Org"));
            String key = portal.portal().node().keys().create("guess-org").secret();
            String b = "b" + UUID.randomUUID();
            String body = "--" + b
                    + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n"
                    + DESCRIPTOR + "\r\n--" + b
                    + "\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                    + csv(7, 45) + "\r\n--" + b + "--\r\n";
            HttpResponse<String> r = portal.send(
                    HttpRequest.newBuilder(portal.uri("/api/datasets"))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "multipart/form-data; boundary=" + b)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            StringBuilder served = new StringBuilder(r.body());
            for (String ext : List.of("csv", "json", "ttl", "jsonld", "nt", "csv-metadata.json")) {
                served.append(portal.get(PATH + "/download." + ext).body());
            }
            served.append(portal.get(PATH, "text/html").body())
                    .append(portal.get(PATH, "text/turtle").body())
                    .append(portal.get(PATH + "/v1", "text/turtle").body())
                    .append(portal.get("/api/datasets").body())
                    .append(portal.get("/api/changes?since=1970-01-01T00:00:00Z")
                            .body())
                    .append(portal.get("/api/datasets/guess-org/guess-me/graphs")
                            .body());
            String all = served.toString().toLowerCase();
            assertTrue(all.contains("confidential"), "the 7 is withheld");
            assertFalse(
                    all.contains("sourcesha256") || all.contains("urn:sha256:"), "no statement about the raw upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int small = 0; small < 10; small++) {
                for (int other = 0; other < 100; other++) {
                    for (String eol : List.of("\n", "\r\n")) {
                        String hex = HexFormat.of()
                                .formatHex(sha.digest(
                                        csv(small, other).replace("\n", eol).getBytes(StandardCharsets.UTF_8)));
                        int s = small;
                        int o = other;
                        assertFalse(all.contains(hex), () -> "the hash of the guess (" + s + ", " + o + ") is served");
                    }
                }
            }
        }
    }
}
