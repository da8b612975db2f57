package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The map API over the demo portal")
class MapApiTest {
    static final String DATASETS = "https://w3id.org/pravasi/id/dataset/";
    static final String FAMILIES = DATASETS + "four-state-network/family-services-by-district-quarter";
    static final String VIOLATIONS = DATASETS + "mrc-alliance/violations-by-district-quarter";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static Map<String, JsonNode> byDistrict(JsonNode map) {
        Map<String, JsonNode> out = new HashMap<>();
        map.path("districts").forEach(d -> out.put(d.path("lgd").asString(), d));
        return out;
    }

    /** Runs a SELECT on the portal's /sparql and returns the rows as column → value (CSV results). */
    static List<Map<String, String>> sparql(String query) {
        HttpResponse<String> r = DemoPortal.shared().get("/sparql?query=" + enc(query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        String[] head = lines.getFirst().strip().split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    @DisplayName(
            "lists the current datasets with figures by district, with their dimensions and periods, and no state-level table")
    void listsMappableIndicators() {
        JsonNode list = json(DemoPortal.shared().get("/api/map/indicators")).path("indicators");
        List<String> datasets = new ArrayList<>();
        list.forEach(i -> datasets.add(i.path("dataset").asString()));
        assertTrue(datasets.contains(FAMILIES) && datasets.contains(VIOLATIONS), datasets.toString());
        assertFalse(
                datasets.contains(DATASETS + "mobility-data-cell/eshram-registrations-by-state"),
                "a state-level table is not mappable by district");
        JsonNode violations = list.valueStream()
                .filter(i -> i.path("dataset").asString().equals(VIOLATIONS))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "violationType",
                violations.path("dimensions").get(0).path("param").asString());
        assertEquals(8, violations.path("periods").size());
    }

    @Test
    @DisplayName("sums each district's figure exactly as an independent SPARQL query over the raw observations does")
    void aggregateMatchesIndependentSparql() {
        // One service: a family may get several, so the map never sums services (pv:categoriesOverlap).
        JsonNode map = json(
                DemoPortal.shared().get("/api/map?dataset=" + enc(FAMILIES) + "&period=2024-Q1&serviceType=onorc"));
        String version = map.path("version").asString();
        List<Map<String, String>> rows = sparql("""
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                SELECT ?district ?v ?status WHERE {
                  ?obs qb:dataSet <%s> ; sdmx-dimension:refArea ?district ;
                       sdmx-dimension:refPeriod <https://w3id.org/pravasi/id/period/2024-Q1> ;
                       <https://w3id.org/pravasi/def#serviceType> <https://w3id.org/pravasi/code/service-type/onorc> .
                  OPTIONAL { ?obs <https://w3id.org/pravasi/def#families> ?v }
                  OPTIONAL { ?obs sdmx-attribute:obsStatus ?status }
                }""".formatted(version));
        Map<String, long[]> expected = new HashMap<>(); // lgd -> {observations, sum, withheld}
        for (Map<String, String> row : rows) {
            String lgd = row.get("district").substring(row.get("district").lastIndexOf('/') + 1);
            long[] e = expected.computeIfAbsent(lgd, k -> new long[3]);
            e[0]++;
            if (row.get("v").isEmpty() || row.get("status").endsWith("/confidential")) {
                e[2]++;
            } else {
                e[1] += Long.parseLong(row.get("v"));
            }
        }
        assertFalse(expected.isEmpty(), "the demo dataset has observations for 2024-Q1");
        Map<String, JsonNode> got = byDistrict(map);
        int values = 0;
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            JsonNode d = got.get(e.getKey());
            String status = e.getValue()[2] > 0 ? "suppressed" : "value";
            assertEquals(status, d.path("status").asString(), "district " + e.getKey());
            if (status.equals("value")) {
                assertEquals(e.getValue()[1], d.path("value").asLong(), "district " + e.getKey());
                values++;
            } else {
                assertTrue(d.path("value").isNull(), "a suppressed district carries no figure: " + d);
            }
        }
        assertTrue(values > 0, "some districts have complete figures");
        got.forEach((lgd, d) -> {
            if (!expected.containsKey(lgd)) {
                assertEquals("nodata", d.path("status").asString(), "district " + lgd + " has no observations");
            }
        });
        JsonNode purnia = got.get("214");
        String sum = sparql("""
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                SELECT (SUM(?v) AS ?sum) WHERE {
                  ?obs qb:dataSet <%s> ; sdmx-dimension:refArea <https://w3id.org/pravasi/id/district/214> ;
                       sdmx-dimension:refPeriod <https://w3id.org/pravasi/id/period/2024-Q1> ;
                       <https://w3id.org/pravasi/def#serviceType> <https://w3id.org/pravasi/code/service-type/onorc> ;
                       <https://w3id.org/pravasi/def#families> ?v .
                }""".formatted(version)).getFirst().get("sum");
        assertEquals(
                "value",
                purnia.path("status").asString(),
                "Purnia's families figure for 2024-Q1 is complete in the demo data");
        assertEquals(Long.parseLong(sum), purnia.path("value").asLong());
        assertEquals(160, purnia.path("value").asLong(), "ONORC in datasets/…/family-services-by-district-quarter.csv");
    }

    @Test
    @DisplayName("tells a real zero from a suppressed figure from a district without observations")
    void zeroSuppressedAndNoDataAreDistinct() {
        assumeTrue(
                DemoPortal.geography().isPresent(),
                "needs the reference geography (pravasi.test.geo) to list districts without data");
        JsonNode map = json(DemoPortal.shared()
                .get("/api/map?dataset=" + enc(VIOLATIONS) + "&period=2023-Q1&violationType=debt-bondage"));
        Map<String, JsonNode> d = byDistrict(map);
        assertEquals(
                "value", d.get("62").path("status").asString(), "Gurugram recorded 0 debt-bondage cases in 2023-Q1");
        assertEquals(0, d.get("62").path("value").asLong());
        assertTrue(d.get("62").path("value").isNumber());
        assertEquals("suppressed", d.get("201").path("status").asString(), "Katihar's only cell (4 cases) is below k");
        assertTrue(d.get("201").path("value").isNull());
        assertEquals("nodata", d.get("1").path("status").asString(), "no organisation reports for LGD district 1");
        assertTrue(d.get("1").path("value").isNull());
    }

    @Test
    @DisplayName(
            "answers bad parameters with 400 problem details saying what to use instead, and an unknown dataset with 404")
    void badParametersAreClear() {
        DemoPortal p = DemoPortal.shared();
        Map<String, String> cases = Map.of(
                "/api/map",
                "dataset=",
                "/api/map?dataset=" + enc(VIOLATIONS) + "&period=1999-Q9",
                "2023-Q1",
                "/api/map?dataset=" + enc(VIOLATIONS) + "&colour=red",
                "violationType",
                "/api/map?dataset=" + enc(VIOLATIONS) + "&violationType=nonsense",
                "wage-theft",
                "/api/map?dataset=" + enc(VIOLATIONS) + "&violationType=_T&violationType=wage-theft",
                "_T");
        cases.forEach((path, hint) -> {
            HttpResponse<String> r = p.get(path);
            assertEquals(400, r.statusCode(), path + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(r.body().contains(hint), path + " should say " + hint + ": " + r.body());
        });
        HttpResponse<String> unknown = p.get("/api/map?dataset=" + enc(DATASETS + "nobody/nothing"));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("/api/map/indicators"), unknown.body());
    }

    @Test
    @DisplayName("serves the district and state boundaries as GeoJSON keyed by LGD code")
    void servesGeoJson() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        for (String name : List.of("districts", "states")) {
            HttpResponse<String> r = DemoPortal.shared().get("/geo/" + name + ".geojson");
            assertEquals(200, r.statusCode());
            assertEquals(
                    "application/geo+json",
                    r.headers().firstValue("Content-Type").orElse(""));
            JsonNode fc = JSON.readTree(r.body());
            assertEquals("FeatureCollection", fc.path("type").asString());
            assertFalse(
                    fc.path("features")
                            .get(0)
                            .path("properties")
                            .path("lgd")
                            .asString()
                            .isEmpty(),
                    name);
        }
        assertEquals(
                200,
                DemoPortal.shared()
                        .get("/webjars/leaflet/" + MapRoutes.leafletVersion() + "/dist/leaflet.js")
                        .statusCode());
        assertEquals(200, DemoPortal.shared().get("/map/map.js").statusCode());
        assertEquals(200, DemoPortal.shared().get("/static/map.css").statusCode());
    }
}
