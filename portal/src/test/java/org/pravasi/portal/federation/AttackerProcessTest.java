package org.pravasi.portal.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The attack IT's hostile peers in their own JVM: the specs survive the command line, the process serves each scenario
 * (a flood armed on demand, a relay that rewrites the base and tampers with the graphs), and it is gone once closed.
 */
class AttackerProcessTest {
    private static final String REAL = "https://real.example.org/pravasi/";
    private static final String FLOOD = "https://flood.example.org/pravasi/";
    private static final String HOSTILE = "https://hostile-9.example.org/pravasi/";
    private static final String QUAD = "<" + REAL + "id/x> <" + REAL + "p> \"kept secret\" <" + REAL + "g> .\n";

    HttpServer real;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startRealNode() throws IOException {
        real = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        real.createContext("/api/node", ex -> send(ex, "{\"baseUri\": \"" + REAL + "\", \"threshold\": 10}"));
        real.createContext("/api/datasets/", ex -> send(ex, QUAD));
        real.start();
    }

    @AfterEach
    void stopRealNode() {
        real.stop(0);
        http.close();
    }

    private static void send(HttpExchange ex, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        try (ex) {
            ex.getResponseBody().write(b);
        }
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    @Test
    @DisplayName("a peer spec and its tamper come back from the command line as they were, whatever their characters")
    void specsSurviveTheCommandLine() {
        PeerSpec hostile = PeerSpec.hostile(
                "http://127.0.0.1:1/",
                REAL,
                HOSTILE,
                Tamper.appendIf("zebra bad.\"x\"", "<" + HOSTILE + "id/x y> <p> \"v \u0928\" <g> .\n"));
        PeerSpec flood = PeerSpec.flood(FLOOD, 32 << 20);

        for (PeerSpec spec : List.of(hostile, flood)) {
            assertFalse(spec.encode().contains(" "), spec.encode());
            assertEquals(spec, PeerSpec.decode(spec.encode()));
        }
        assertEquals("a x c", Tamper.decode(Tamper.replace("b", "x").encode()).apply("a b c"));
        assertThrows(IllegalArgumentException.class, () -> PeerSpec.decode("flood.x"));
    }

    @Test
    @DisplayName("the attacker's JVM serves a flood armed on demand and a tampering relay under its own base")
    void servesEachScenario() throws Exception {
        try (AttackerProcess attacker = AttackerProcess.start(List.of(
                PeerSpec.flood(FLOOD, 64 * 1024),
                PeerSpec.hostile(
                        "http://127.0.0.1:" + real.getAddress().getPort() + "/",
                        REAL,
                        HOSTILE,
                        Tamper.replace("kept secret", "tampered"))))) {
            String flood = attacker.url(0);
            String hostile = attacker.url(1);
            assertNotEquals(flood, hostile);

            assertTrue(get(flood + "api/node").contains(FLOOD));
            assertEquals("{\"datasets\": []}", get(flood + "api/changes"), "quiet until armed");
            attacker.arm(0);
            String feed = get(flood + "api/changes");
            assertTrue(feed.length() >= 64 * 1024, feed.length() + " bytes");
            assertTrue(feed.contains("\"uri\": \"" + FLOOD + "id/dataset/zebra-org/flood-0\""), feed.substring(0, 200));

            String node = get(hostile + "api/node");
            assertTrue(node.contains(HOSTILE) && !node.contains(REAL), node);
            assertEquals(
                    QUAD.replace(REAL, HOSTILE).replace("kept secret", "tampered"),
                    get(hostile + "api/datasets/org/slug/graphs"));
        }
    }

    @Test
    @DisplayName("closing the attacker ends its JVM: its peers no longer answer")
    void diesWhenClosed() throws Exception {
        AttackerProcess attacker = AttackerProcess.start(List.of(PeerSpec.flood(FLOOD, 1024)));
        String flood = attacker.url(0);
        assertTrue(get(flood + "api/node").contains(FLOOD));

        attacker.close();

        assertFalse(attacker.isAlive());
        assertThrows(
                ConnectException.class,
                () -> http.send(
                        HttpRequest.newBuilder(URI.create(flood + "api/node")).build(),
                        HttpResponse.BodyHandlers.ofString()));
    }
}
