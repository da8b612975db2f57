package org.pravasi.portal.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.web.Assets;
import org.pravasi.registry.api.ApiEndpoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal describes every route it mounts under /api, serves the description, and shows it at /api-docs. */
class PortalApiDescriptionTest {
    private final DemoPortal portal = DemoPortal.shared();

    @Test
    void describesEveryRouteItMountsUnderApiAndNoOther() {
        Set<ApiEndpoint> mounted = portal.portal().apiEndpoints();
        Set<ApiEndpoint> described = PortalApi.description().endpoints();
        Set<ApiEndpoint> undescribed = new TreeSet<>(mounted);
        undescribed.removeAll(described);
        Set<ApiEndpoint> unmounted = new TreeSet<>(described);
        unmounted.removeAll(mounted);
        assertTrue(
                undescribed.isEmpty(),
                "Mounted under /api but not in the OpenAPI description (describe them in an openapi/*.yaml resource): "
                        + undescribed);
        assertTrue(unmounted.isEmpty(), "Described in the OpenAPI description but not mounted: " + unmounted);
    }

    @Test
    void servesTheNodeTheHarvesterAndThePortalEndpointsInOneDocument() {
        HttpResponse<String> r = portal.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode paths = JsonMapper.builder().build().readTree(r.body()).path("paths");
        for (String path :
                new String[] {"/api/datasets", "/api/peers", "/api/search", "/api/map", "/api/openapi.json"}) {
            assertTrue(paths.has(path), path + " missing from " + paths.propertyNames());
        }
    }

    @Test
    void thePageShowsTheExamplesInCurlPythonAndR() {
        HttpResponse<String> r = portal.get("/api-docs", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(
                html.contains("curl -H &#34;Authorization: Bearer $PRAVASI_KEY&#34;")
                        || html.contains("curl -H \"Authorization: Bearer $PRAVASI_KEY\"")
                        || html.contains("curl -H &quot;Authorization: Bearer $PRAVASI_KEY&quot;"),
                html);
        assertTrue(html.contains("import requests"), html);
        assertTrue(html.contains("library(httr2)"), html);
        assertTrue(html.contains("id=\"example-map\""), html);
        assertFalse(html.contains("apidocs."), "a text key without its message: " + html);
        assertTrue(html.contains("href=\"/api/openapi.json\""), html);
    }

    @Test
    void thePageHasHindiChrome() {
        String html = portal.get("/api-docs?lang=hi", "text/html").body();
        assertTrue(html.contains("<html lang=\"hi\">"), html);
        assertTrue(html.contains("अपने टूल के लिए API"), html);
        assertFalse(html.contains("apidocs."), "a text key without its message: " + html);
    }

    @Test
    void thePageRunsNoInlineScriptAndKeepsTheDefaultPolicy() {
        HttpResponse<String> r = portal.get("/api-docs", "text/html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
        // Every script is a file of this portal.
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=\"/)[^>]*>.*"), r.body());
        assertTrue(
                r.body()
                        .contains("<script src=\"" + Assets.url("/webjars/swagger-ui/swagger-ui-bundle.js")
                                + "\" defer>"),
                r.body());
    }

    @Test
    void swaggerUiIsServedFromThePortal() {
        HttpResponse<String> js = portal.get("/webjars/swagger-ui/swagger-ui-bundle.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("SwaggerUIBundle"));
        assertEquals(200, portal.get("/webjars/swagger-ui/swagger-ui.css").statusCode());
        assertEquals(200, portal.get("/static/api-docs.js").statusCode());
    }

    @Test
    void everyPageLinksTheApiPageFromItsFooter() {
        String html = portal.get("/", "text/html").body();
        assertTrue(html.contains("<li><a href=\"/api-docs\">"), html);
    }

    @Test
    void anUnknownApiPathIsAProblemEvenForTheBrowser() {
        HttpResponse<String> r = portal.get("/api/no-such-thing");
        assertEquals(404, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
    }
}
