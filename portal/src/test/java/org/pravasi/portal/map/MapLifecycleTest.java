package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.map.MapApiTest.enc;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The map on portals of its own: without geography, and across a publish")
class MapLifecycleTest {
    static final String DESCRIPTOR = """
            {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Legal aid cases", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/legal-aid";

    @TempDir
    Path dir;

    static HttpResponse<String> publish(DemoPortal portal, String key, String csv) {
        String b = "b" + UUID.randomUUID();
        String body = "--" + b
                + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n"
                + DESCRIPTOR + "\r\n--" + b
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

    @Test
    @DisplayName(
            "without reference geography, the page still shows the table and says how to install it with --geo DIR")
    void withoutGeographyTheTableRemains() {
        try (DemoPortal portal = DemoPortal.start(dir, Optional.empty(), Optional.empty())) {
            String key = portal.portal().node().keys().create("mrc-alliance").secret();
            assertEquals(
                    201,
                    publish(portal, key, "district,quarter,cases\n214,2024-Q1,30\n62,2024-Q1,25\n")
                            .statusCode());
            HttpResponse<String> r = portal.get("/map");
            assertEquals(200, r.statusCode());
            String html = r.body();
            assertTrue(html.contains("id=\"pv-map-missing\""), "says the map is missing");
            assertTrue(html.contains("<code>--geo DIR</code>"), "says how to add the geography");
            assertTrue(
                    html.contains("id=\"pv-map-table\"") && html.contains("data-lgd=\"214\""),
                    "still has the table with the figures");
            assertFalse(html.contains("id=\"pv-map\""), "draws no map");
            assertFalse(html.contains("leaflet.js"), "loads no map script");
            HttpResponse<String> geo = portal.get("/geo/districts.geojson");
            assertEquals(404, geo.statusCode());
            assertTrue(geo.body().contains("--geo DIR"), geo.body());
            assertEquals(
                    200, portal.get("/api/map?dataset=" + enc(DATASET)).statusCode(), "the figures stay available");
        }
    }

    @Test
    @DisplayName("caches a figure until the next publish, and shows the new version's figures right after it")
    void cacheIsEmptiedByAPublish() {
        try (DemoPortal portal = DemoPortal.start(dir, Optional.empty(), Optional.empty())) {
            String key = portal.portal().node().keys().create("mrc-alliance").secret();
            HttpResponse<String> first =
                    // Katihar's 50 beside the demo's violations of 2024-Q1 (24 published, 9 types withheld): the
                    // withheld add up to 26, so any of them can be 10 or more (40 left 16: none could, each being 1+).
                    publish(portal, key, "district,quarter,cases\n201,2024-Q1,50\n62,2024-Q1,25\n");
            assertEquals(201, first.statusCode(), first.body());
            String path = "/api/map?dataset=" + enc(DATASET) + "&period=2024-Q1";
            HttpResponse<String> miss = portal.get(path);
            assertEquals("miss", miss.headers().firstValue("X-Map-Cache").orElse(""), miss.body());
            HttpResponse<String> hit = portal.get(path);
            assertEquals("hit", hit.headers().firstValue("X-Map-Cache").orElse(""));
            assertEquals(
                    50,
                    MapApiTest.byDistrict(MapApiTest.JSON.readTree(hit.body()))
                            .get("201")
                            .path("value")
                            .asLong());

            HttpResponse<String> second =
                    publish(portal, key, "district,quarter,cases\n201,2024-Q1,55\n62,2024-Q1,25\n");
            assertEquals(201, second.statusCode(), second.body());
            HttpResponse<String> after = portal.get(path);
            assertEquals("miss", after.headers().firstValue("X-Map-Cache").orElse(""), "the publish emptied the cache");
            var figures = MapApiTest.byDistrict(MapApiTest.JSON.readTree(after.body()));
            assertEquals(55, figures.get("201").path("value").asLong(), "the new version's figure");
            assertTrue(MapApiTest.JSON
                    .readTree(after.body())
                    .path("version")
                    .asString()
                    .endsWith("/v2"));
        }
    }
}
