package org.pravasi.portal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;

/**
 * Static assets under versioned URLs, kept a year by browsers; the old unversioned paths still answer, briefly cached;
 * and pages name assets only by their versioned URLs.
 */
@DisplayName("Static assets have versioned, long-cached URLs")
class AssetsTest {
    private static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/leaflet.js";
    /** The page list the browser checks use (src/test/browser/pages.mjs): one list for every page-wide check. */
    private static final Path PAGES = Path.of("src", "test", "browser", "pages.mjs");
    /** Elements that make the browser fetch a file (a link only as stylesheet, icon, preload or manifest). */
    private static final Pattern FETCHING = Pattern.compile(
            "<(?:script|img|source|link(?=[^>]*\\srel=\"(?:stylesheet|icon|preload|modulepreload|manifest)\"))\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    /** The local URL such an element fetches. */
    private static final Pattern URL = Pattern.compile("\\s(?:src|href|srcset)=\"(/[^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/static/style.css",
                "/static/map.css",
                "/static/cite.js",
                "/map/map.js",
                "/map/format.js",
                LEAFLET,
                "/webjars/swagger-ui/swagger-ui-bundle.js"
            })
    @DisplayName("a versioned asset is cached a year as immutable and has the same bytes as its old path")
    void versionedAssetIsImmutable(String path) {
        HttpResponse<byte[]> versioned = get(Assets.url(path));
        assertEquals(200, versioned.statusCode(), Assets.url(path));
        assertEquals(
                "public, immutable, max-age=31536000",
                versioned.headers().firstValue("Cache-Control").orElse(""),
                Assets.url(path));
        assertArrayEquals(get(path).body(), versioned.body(), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/static/style.css", "/static/map.css", "/map/map.js", LEAFLET})
    @DisplayName("an unversioned path still answers, cached ten minutes and not immutable")
    void unversionedPathHasAShortCache(String path) {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(
                "public, max-age=600", r.headers().firstValue("Cache-Control").orElse(""), path);
    }

    @Test
    @DisplayName("an asset URL of another version redirects to the current file")
    void staleVersionRedirects() {
        HttpResponse<byte[]> r = get("/assets/0123456789ab/static/style.css");
        assertEquals(302, r.statusCode());
        assertEquals("/static/style.css", r.headers().firstValue("Location").orElse(""));
        assertEquals(
                404, get("/assets/" + Assets.version() + "/static/no-such.css").statusCode());
    }

    @Test
    @DisplayName("a page cannot name an asset that does not exist")
    void urlOfAMissingAssetFails() {
        assertThrows(IllegalArgumentException.class, () -> Assets.url("/static/no-such.css"));
        assertThrows(IllegalArgumentException.class, () -> Assets.url("/somewhere/style.css"));
        assertThrows(IllegalArgumentException.class, () -> Assets.url("/static/../map/map.js"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("every page names its scripts, stylesheets and images by versioned URLs only")
    void pagesReferenceVersionedAssets(String page) {
        HttpResponse<byte[]> r = DemoPortal.shared()
                .send(
                        HttpRequest.newBuilder(DemoPortal.shared().uri(page))
                                .header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        Matcher m = FETCHING.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            Matcher url = URL.matcher(m.group());
            while (url.find()) {
                found.add(url.group(1));
            }
        }
        assertTrue(!found.isEmpty(), page + " loads no stylesheet at all");
        String prefix = Assets.PREFIX + Assets.version() + "/";
        List<String> unversioned =
                found.stream().filter(u -> !u.startsWith(prefix)).toList();
        assertEquals(List.of(), unversioned, page + " names assets by unversioned URLs");
    }

    static List<String> pages() throws IOException {
        Matcher m = Pattern.compile("path: '([^']+)'").matcher(Files.readString(PAGES));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static HttpResponse<byte[]> get(String path) {
        DemoPortal portal = DemoPortal.shared();
        return portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
