package org.pravasi.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The demo portal used by tests")
class DemoPortalTest {

    @Test
    @DisplayName("answers /health ok once the demo datasets are published")
    void healthIsOk() {
        var r = DemoPortal.shared().get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"ok\""), r.body());
    }

    @Test
    @DisplayName("has all eleven demo datasets in its store")
    void demoDatasetsArePublished() {
        String q =
                "PREFIX qb: <http://purl.org/linked-data/cube#> SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a qb:DataSet }";
        var r = DemoPortal.shared().get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("11", r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
