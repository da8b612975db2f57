package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;

/**
 * Issue 23's byte budgets, counted without a browser: the compressed bodies of everything the map page loads (its
 * stylesheets, scripts and the modules they import, the whole-India boundaries and the figures), and of what a change
 * of selection fetches. {@code MapBrowserIT} measures the same in Chromium, headers included.
 */
@DisplayName("The map page and each change of it stay within their byte budgets")
class PageWeightTest {
    static final int MAP_BUDGET = 200_000;
    static final int CHANGE_BUDGET = 15_000;
    private static final Pattern ASSET =
            Pattern.compile("(?:src|href)=\"((?:/assets/[0-9a-f]+)?/(?:static|map|webjars)/[^\"?#]+\\.(?:js|css))");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");
    private static final Pattern API = Pattern.compile("data-api=\"([^\"]+)\"");

    @BeforeEach
    void geography() {
        Assumptions.assumeTrue(DemoPortal.geography().isPresent(), "reference geography not available");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/map", "/map?lang=hi"})
    @DisplayName("/map with everything it loads is at most 200 KB compressed, in English and in Hindi")
    void mapPage(String path) {
        HttpResponse<byte[]> page = get(path);
        String html = new String(gunzipOrPlain(page), StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        for (String js : Set.copyOf(assets)) {
            if (js.replaceFirst("^/assets/[0-9a-f]+", "").startsWith("/map/")) {
                imports(js, assets);
            }
        }
        Matcher api = API.matcher(html);
        assertTrue(api.find(), "the page names its figures");
        long total = page.body().length;
        for (String a : assets) {
            total += get(a).body().length;
        }
        // A Hindi page asks for the outlines with Hindi names (map.js): they name the districts without figures.
        total += get("/geo/districts.geojson?level=0" + (path.endsWith("lang=hi") ? "&lang=hi" : ""))
                .body()
                .length;
        total += get("/geo/states.geojson?level=0").body().length;
        total += get(api.group(1).replace("&amp;", "&") + "&districts=data").body().length;
        assertTrue(assets.stream().anyMatch(a -> a.contains("leaflet.js")), assets.toString());
        long sum = total;
        assertTrue(sum <= MAP_BUDGET, () -> path + " loads " + sum + " compressed bytes: " + assets);
    }

    @Test
    @DisplayName("a change of period fetches at most 15 KB compressed: the page to swap in and the figures with data")
    void mapChange() {
        String dataset = URLEncoder.encode(MapApiTest.VIOLATIONS, StandardCharsets.UTF_8);
        HttpResponse<byte[]> page = get("/map?dataset=" + dataset + "&period=2024-Q2");
        HttpResponse<byte[]> figures = get("/api/map?dataset=" + dataset + "&period=2024-Q2&districts=data");
        assertEquals(200, figures.statusCode());
        int sum = page.body().length + figures.body().length;
        assertTrue(sum <= CHANGE_BUDGET, page.body().length + " + " + figures.body().length + " bytes");
    }

    private static void imports(String module, Set<String> into) {
        String js = new String(gunzipOrPlain(get(module)), StandardCharsets.UTF_8);
        Matcher m = IMPORT.matcher(js);
        while (m.find()) {
            String next = module.substring(0, module.lastIndexOf('/') + 1) + m.group(1);
            if (into.add(next)) {
                imports(next, into);
            }
        }
    }

    private static byte[] gunzipOrPlain(HttpResponse<byte[]> r) {
        if (!"gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))) {
            return r.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> get(String path) {
        DemoPortal portal = DemoPortal.shared();
        HttpResponse<byte[]> r = portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r;
    }
}
