package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.web.ProblemHandler;

/**
 * {@code /geo/districts.geojson?state=} over a small installed file of two states (10 and 19): each level of the file
 * is split by state once, so a state it does not have costs no parsing, however often it is asked for.
 */
@DisplayName("One state's boundaries: the file is split by state once")
class GeoFilesTest {
    private static final String BIHAR_1 = feature("201", "10", 87, 25);
    private static final String WEST_BENGAL = feature("301", "19", 88, 25);
    private static final String BIHAR_2 = feature("202", "10", 87, 26);
    /** The installed districts, written compactly as Jackson writes them, so that an expected answer is exact text. */
    private static final String DISTRICTS = "{\"type\":\"FeatureCollection\",\"name\":\"districts\",\"features\":["
            + BIHAR_1 + "," + WEST_BENGAL + "," + BIHAR_2 + "],\"bbox\":[87,25,89,27]}";

    @TempDir
    Path data;

    final AtomicInteger splits = new AtomicInteger();
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Vertx vertx;
    String url;

    @BeforeEach
    void serve() throws Exception {
        Files.createDirectories(data.resolve("geo"));
        Files.writeString(data.resolve("geo/districts.geojson"), DISTRICTS);
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new GeoFiles(
                        data,
                        vertx.createSharedWorkerExecutor("geo-test", 2),
                        () -> {
                            throw new AssertionError("no Hindi names are asked for");
                        },
                        (geojson, property) -> {
                            splits.incrementAndGet();
                            return StateBoundaries.split(geojson, property);
                        })
                .mount(router);
        router.route().failureHandler(ProblemHandler.create(1024));
        int port = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await()
                .actualPort();
        url = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    @Test
    @DisplayName("a state the file does not have is a 404 each time, from one split of the file per level")
    void unknownStateSplitsEachLevelOnce() throws Exception {
        for (String level : new String[] {"", "&level=0", "&level=1", "&level=2"}) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = get("/geo/districts.geojson?state=999" + level);
                assertEquals(404, r.statusCode(), r.body());
                assertTrue(r.body().contains("No district boundary has state 999"), r.body());
            }
            assertEquals(200, get("/geo/districts.geojson?state=19" + level).statusCode());
        }
        assertEquals(3, splits.get(), "one split per level: no level is the full detail of level=2");
    }

    @Test
    @DisplayName("a state's file is the installed file with only that state's features, in their order")
    void stateFileKeepsTheCollection() throws Exception {
        HttpResponse<String> r = get("/geo/districts.geojson?state=10");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "{\"type\":\"FeatureCollection\",\"name\":\"districts\",\"features\":[" + BIHAR_1 + "," + BIHAR_2
                        + "],\"bbox\":[87,25,89,27]}",
                r.body());
    }

    @Test
    @DisplayName("leading zeros name the same state: state=010 is state=10, with the same bytes and ETag")
    void leadingZerosNameTheSameState() throws Exception {
        HttpResponse<String> canonical = get("/geo/districts.geojson?state=10");
        HttpResponse<String> padded = get("/geo/districts.geojson?state=010");
        assertEquals(200, padded.statusCode(), padded.body());
        assertArrayEquals(
                canonical.body().getBytes(StandardCharsets.UTF_8), padded.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(canonical.headers().firstValue("ETag"), padded.headers().firstValue("ETag"));
        assertEquals(1, splits.get());
    }

    @Test
    @DisplayName("a state that is not 1 to 3 digits is a 400 that says what a state's code looks like")
    void malformedStateIsRefused() throws Exception {
        HttpResponse<String> r = get("/geo/districts.geojson?state=Bihar");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("a state's code is 1 to 3 digits, e.g. state=10 for Bihar"), r.body());
        assertEquals(0, splits.get());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + path))
                        .header("Accept-Encoding", "identity")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A square district one degree wide with its south-west corner at {@code x, y}. */
    private static String feature(String lgd, String state, int x, int y) {
        return "{\"type\":\"Feature\",\"properties\":{\"lgd\":\"" + lgd + "\",\"stateLgd\":\"" + state
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + 1) + ","
                + y + "],[" + (x + 1) + "," + (y + 1) + "],[" + x + "," + (y + 1) + "],[" + x + "," + y + "]]]}}";
    }
}
