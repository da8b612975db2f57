package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The JSON of GET /api/map keeps its shape whatever value types build it")
class MapResultJsonTest {

    @Test
    @DisplayName("has the same fields, flat and in the same order, as before MapResult was split into value types")
    void fieldsAreFlatAndInTheirOrder() {
        DemoPortal portal = DemoPortal.shared();
        JsonNode first = JsonMapper.builder()
                .build()
                .readTree(portal.get("/api/map/indicators", "application/json").body())
                .get("indicators")
                .get(0);
        String dataset = first.get("dataset").asString();
        var r = portal.get(
                "/api/map?dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode map = JsonMapper.builder().build().readTree(r.body());
        List<String> names = new ArrayList<>(map.propertyNames());
        assertEquals(
                List.of(
                        "dataset",
                        "version",
                        "org",
                        "title",
                        "measure",
                        "period",
                        "filters",
                        "districts",
                        "quantiles",
                        "parents",
                        "threshold",
                        "illustrative"),
                names);
        assertEquals(dataset, map.get("dataset").asString());
        assertEquals(
                List.of("lgd", "name", "state", "stateLgd", "value", "status", "boundary"),
                new ArrayList<>(map.get("districts").get(0).propertyNames()).subList(0, 7));
    }
}
