package org.pravasi.portal.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.Portal;
import org.pravasi.registry.config.ConnectionLimits;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.web.Trickle;

/**
 * The portal's own server closes connections that hold a place without asking, or send a request too slowly, and speaks
 * HTTP/1.1 only.
 */
@DisplayName("Slow and idle connections to the portal")
class SlowClientsTest {
    /** Far longer than the head timeout under test. */
    private static final int PATIENCE_MILLIS = 15_000;

    @TempDir
    static Path data;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(
                NodeConfig.builder(data.resolve("data"))
                        .port(0)
                        .datasetsDir(Files.createDirectories(data.resolve("no-demo-datasets")))
                        .connections(ConnectionLimits.DEFAULTS.withHeadTimeout(Duration.ofSeconds(1)))
                        .build(),
                RateLimits.OFF);
        while (!portal.ready()) {
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", portal.port());
        s.setSoTimeout(PATIENCE_MILLIS);
        return s;
    }

    /** Reads until the server closes the connection (true) or the patience runs out (false); the bytes read. */
    private static boolean readToClose(Socket s, StringBuilder text) throws IOException {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                text.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    /**
     * Sends {@code opening}, then {@code each} every 100 ms until the server closes the connection, and checks that it
     * does so within the patience and without answering.
     */
    private static void cutOffWhileSending(String opening, String each) throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream().write(opening.getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            try (Trickle t = Trickle.of(s, each, 100)) {
                assertTrue(readToClose(s, answer), "the connection is still open after " + PATIENCE_MILLIS + " ms");
            }
            assertTrue(answer.isEmpty(), "no answer to a request never completed: " + answer);
        }
    }

    @Test
    @DisplayName("a request's head sent a line every 100 ms is cut off after the head timeout")
    void slowHeadIsCutOff() throws Exception {
        cutOffWhileSending("GET /health HTTP/1.1\r\nHost: portal\r\n", "X-Slow: 1\r\n");
    }

    @Test
    @DisplayName("a SPARQL query posted ten bytes every 100 ms is cut off: no one holds a body open for long")
    void slowBodyIsCutOff() throws Exception {
        cutOffWhileSending(
                "POST /sparql HTTP/1.1\r\nHost: portal\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 60000\r\n\r\nSELECT * WHERE { ?s ?p ?o } ",
                "#comment\n");
    }

    @Test
    @DisplayName("a kept-alive connection is answered, then closed once idle for the head timeout")
    void idleKeepAliveIsClosed() throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream()
                    .write("GET /health HTTP/1.1\r\nHost: portal\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            assertTrue(readToClose(s, answer));
            assertTrue(answer.toString().startsWith("HTTP/1.1 200"), answer.toString());
        }
    }

    @Test
    @DisplayName("a request to upgrade to HTTP/2 over plain TCP is answered over HTTP/1.1")
    void noCleartextHttp2() throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream()
                    .write(("GET /health HTTP/1.1\r\nHost: portal\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                                    + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            readToClose(s, answer);
            assertTrue(answer.toString().startsWith("HTTP/1.1 200"), answer.toString());
        }
    }
}
