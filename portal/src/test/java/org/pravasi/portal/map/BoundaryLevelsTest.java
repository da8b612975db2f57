package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Boundaries are served simplified for the zoom level")
class BoundaryLevelsTest {
    /** The most compressed bytes the whole-India districts may take: the level drawn on the home page and /map. */
    static final int DISTRICTS_LEVEL0_BUDGET = 80_000;

    @BeforeEach
    void geography() {
        Assumptions.assumeTrue(DemoPortal.geography().isPresent(), "reference geography not available");
    }

    @Test
    @DisplayName("the whole-India districts (level 0) travel in at most 80 KB, and each level is smaller than the next")
    void coarserLevelsAreSmaller() {
        int level0 = get("/geo/districts.geojson?level=0", "gzip").body().length;
        int level1 = get("/geo/districts.geojson?level=1", "gzip").body().length;
        int full = get("/geo/districts.geojson", "gzip").body().length;
        assertTrue(level0 <= DISTRICTS_LEVEL0_BUDGET, "level 0: " + level0 + " bytes");
        assertTrue(level0 < level1 && level1 < full, level0 + " < " + level1 + " < " + full);
        assertEquals(full, get("/geo/districts.geojson?level=2", "gzip").body().length, "level 2 is the full file");
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(strings = {"0", "1"})
    @DisplayName("keeps every feature with its properties, and every polygon")
    void keepsFeatures(String level) {
        JsonNode full = json("/geo/districts.geojson");
        JsonNode coarse = json("/geo/districts.geojson?level=" + level);
        assertEquals(full.get("features").size(), coarse.get("features").size());
        for (int i = 0; i < full.get("features").size(); i++) {
            JsonNode f = full.get("features").get(i);
            JsonNode c = coarse.get("features").get(i);
            assertEquals(f.get("properties"), c.get("properties"));
            assertEquals("MultiPolygon", c.at("/geometry/type").asString());
            assertTrue(c.at("/geometry/coordinates").size() >= 1, "a polygon for " + f.get("properties"));
        }
    }

    @Test
    @DisplayName("neighbours keep one shared border: simplifying adds no gap or overlap to the coverage")
    void keepsTopology() {
        int before = invalid(json("/geo/districts.geojson"));
        int after = invalid(json("/geo/districts.geojson?level=0"));
        assertTrue(after <= before, after + " districts with broken borders at level 0, " + before + " at full detail");
    }

    @Test
    @DisplayName("an unknown level is a 400 that lists the levels")
    void unknownLevel() {
        HttpResponse<byte[]> r = get("/geo/districts.geojson?level=9", "identity");
        assertEquals(400, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("level=0"), body);
    }

    @Test
    @DisplayName("a zoomed-in map loads one state's districts at the finer level, in at most 15 KB")
    void oneStateAtATime() {
        HttpResponse<byte[]> r = get("/geo/districts.geojson?level=1&state=10", "gzip");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length <= 15_000, r.body().length + " bytes for Bihar");
        JsonNode bihar = json("/geo/districts.geojson?level=1&state=10");
        assertTrue(bihar.get("features").size() > 30, "Bihar's districts");
        for (JsonNode f : bihar.get("features")) {
            assertEquals("10", f.at("/properties/stateLgd").asString());
        }
    }

    @Test
    @DisplayName("a state that is not an LGD code is a 400; one with no districts a 404")
    void badStates() {
        assertEquals(
                400,
                get("/geo/districts.geojson?level=1&state=Bihar", "identity").statusCode());
        assertEquals(
                400, get("/geo/states.geojson?level=0&state=ten", "identity").statusCode());
        assertEquals(
                404, get("/geo/districts.geojson?level=1&state=999", "identity").statusCode());
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(strings = {"0", "1"})
    @DisplayName("a state's outline lies on its districts' borders at every level: each of its points is a district's")
    void stateOutlinesMatchDistricts(String level) {
        JsonNode outline = json("/geo/states.geojson?level=" + level + "&state=10");
        assertEquals(1, outline.get("features").size());
        java.util.Set<String> points = new java.util.HashSet<>();
        for (JsonNode f :
                json("/geo/districts.geojson?level=" + level + "&state=10").get("features")) {
            f.at("/geometry/coordinates").forEach(p -> p.forEach(r -> r.forEach(c -> points.add(c.toString()))));
        }
        int n = 0;
        for (JsonNode polygon : outline.at("/features/0/geometry/coordinates")) {
            for (JsonNode ring : polygon) {
                for (JsonNode c : ring) {
                    assertTrue(points.contains(c.toString()), "state point " + c + " is on no district's border");
                    n++;
                }
            }
        }
        assertTrue(n > 20, n + " points");
    }

    @Test
    @DisplayName("states come at the same levels")
    void statesToo() {
        int level0 = get("/geo/states.geojson?level=0", "gzip").body().length;
        int full = get("/geo/states.geojson", "gzip").body().length;
        assertTrue(level0 * 2 < full, level0 + " of " + full);
    }

    /** How many polygons of the coverage JTS finds with edges that do not match a neighbour's. */
    private static int invalid(JsonNode collection) {
        GeometryFactory f = new GeometryFactory();
        List<Geometry> coverage = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            List<Polygon> parts = new ArrayList<>();
            for (JsonNode polygon : feature.at("/geometry/coordinates")) {
                parts.add(polygon(f, polygon));
            }
            coverage.add(f.createMultiPolygon(parts.toArray(Polygon[]::new)));
        }
        Geometry[] result = CoverageValidator.validate(coverage.toArray(Geometry[]::new));
        int n = 0;
        for (Geometry g : result) {
            if (g != null) {
                n++;
            }
        }
        return n;
    }

    private static Polygon polygon(GeometryFactory f, JsonNode rings) {
        var shell = f.createLinearRing(coordinates(rings.get(0)));
        var holes = new org.locationtech.jts.geom.LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = f.createLinearRing(coordinates(rings.get(i)));
        }
        return f.createPolygon(shell, holes);
    }

    private static org.locationtech.jts.geom.Coordinate[] coordinates(JsonNode ring) {
        var out = new org.locationtech.jts.geom.Coordinate[ring.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new org.locationtech.jts.geom.Coordinate(
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return out;
    }

    private static JsonNode json(String path) {
        HttpResponse<byte[]> r = get(path, "identity");
        assertEquals(200, r.statusCode(), path);
        return JsonMapper.shared().readTree(r.body());
    }

    static HttpResponse<byte[]> get(String path, String encoding) {
        DemoPortal portal = DemoPortal.shared();
        return portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Encoding", encoding)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
