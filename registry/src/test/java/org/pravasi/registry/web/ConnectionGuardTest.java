package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What connections alone may hold: a client that sends a request's head slowly, never sends one, never reads its
 * answer, or opens more connections than its share is closed; a request in progress is left to its route.
 */
class ConnectionGuardTest {
    /** Far longer than any limit under test: a connection still open after it was never going to be closed. */
    private static final long PATIENCE_MILLIS = 15_000;

    private static final String GET = "GET / HTTP/1.1\r\nHost: node\r\n\r\n";

    private final Vertx vertx = Vertx.vertx();
    private final List<Socket> sockets = new ArrayList<>();
    private ConnectionGuard guard;
    private int port;

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        vertx.close().await();
    }

    /** Serves with at most {@code total} connections, {@code perClient} from one client, 300 ms to read an answer. */
    private void serve(int total, int perClient, long headMillis) {
        guard = new ConnectionGuard(vertx, total, perClient, Duration.ofMillis(headMillis), Duration.ofMillis(300));
        HttpServer server = guard.guard(vertx.createHttpServer(ServerOptions.listeningOn("127.0.0.1", 0)), request -> {
            switch (request.path()) {
                case "/slow" ->
                    vertx.setTimer(4 * headMillis, id -> request.response().end("late"));
                case "/body" -> request.body().onSuccess(b -> request.response().end("got " + b.length()));
                case "/big" -> request.response().end(Buffer.buffer(new byte[32 * 1024 * 1024]));
                default -> request.response().end("ok");
            }
        });
        port = server.listen().await().actualPort();
    }

    private Socket connect(String from) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", port));
        s.setSoTimeout((int) PATIENCE_MILLIS);
        return s;
    }

    /** Sends {@code request} and reads one answer's status line and headers; its body must be short. */
    private static String ask(Socket s, String request) throws IOException {
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[4096];
        int n = s.getInputStream().read(buf);
        return n < 0 ? "" : new String(buf, 0, n, StandardCharsets.US_ASCII);
    }

    /** Whether the server closed {@code s}: a read at its end, or a reset. */
    private static boolean closedByServer(Socket s) throws IOException {
        try {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64 * 1024];
            while (true) {
                if (in.read(buf) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "not within " + PATIENCE_MILLIS + " ms");
    }

    @Test
    @DisplayName("a client sending a request's head a byte at a time is cut off")
    void slowHead() throws Exception {
        serve(100, 10, 300);
        Socket s = connect("127.0.0.1");
        s.getOutputStream().write("GET / HTTP/1.1\r\nHost: node\r\n".getBytes(StandardCharsets.US_ASCII));
        try (Trickle t = Trickle.of(s, "X-A: b\r\n", 50)) {
            assertTrue(closedByServer(s), "the trickling connection stays open");
        }
        assertEquals(1, guard.timedOut());
        await(() -> guard.open() == 0);
        assertTrue(ask(connect("127.0.0.1"), GET).startsWith("HTTP/1.1 200"), "others are still served");
    }

    @Test
    @DisplayName("a connection that never sends a request, or none after its answer, is closed")
    void idle() throws Exception {
        serve(100, 10, 300);
        Socket silent = connect("127.0.0.1");
        Socket kept = connect("127.0.0.1");
        assertTrue(ask(kept, GET).startsWith("HTTP/1.1 200"));
        assertTrue(closedByServer(silent));
        assertTrue(closedByServer(kept));
        assertEquals(2, guard.timedOut());
        await(() -> guard.open() == 0);
    }

    @Test
    @DisplayName("a request in progress is not timed: a slow answer arrives, however long past the head timeout")
    void slowAnswer() throws Exception {
        serve(100, 10, 300);
        Socket s = connect("127.0.0.1");
        String answer = ask(s, "GET /slow HTTP/1.1\r\nHost: node\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("late"), answer);
        assertEquals(0, guard.timedOut());
        assertTrue(ask(s, GET).startsWith("HTTP/1.1 200"), "the connection is kept for the next request");
    }

    /** Sends a POST of {@code length} bytes to /body, {@code step} bytes every {@code pauseMillis}. */
    private static void postSlowly(Socket s, int length, int step, long pauseMillis) throws Exception {
        OutputStream out = s.getOutputStream();
        out.write(("POST /body HTTP/1.1\r\nHost: node\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (int sent = 0; sent < length; sent += step) {
            out.write(new byte[Math.min(step, length - sent)]);
            out.flush();
            Thread.sleep(pauseMillis);
        }
    }

    @Test
    @DisplayName("a request body sent slower than 500 bytes a second is cut off (at 100 bytes a second here)")
    void slowBody() throws Exception {
        serve(100, 10, 300);
        Socket s = connect("127.0.0.1");
        s.getOutputStream()
                .write("POST /body HTTP/1.1\r\nHost: node\r\nContent-Length: 100000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        try (Trickle t = Trickle.of(s, "0123456789", 100)) {
            assertTrue(closedByServer(s), "the slow body is still being received");
        }
        assertEquals(1, guard.timedOut());
    }

    @Test
    @DisplayName("a body sent at a steady pace is received whole, though it takes longer than the head timeout")
    void steadyBody() throws Exception {
        serve(100, 10, 300);
        Socket s = connect("127.0.0.1");
        postSlowly(s, 3_000, 100, 50); // 2,000 bytes a second for 1.5 s
        byte[] buf = new byte[4096];
        String answer = new String(buf, 0, s.getInputStream().read(buf), StandardCharsets.US_ASCII);
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("got 3000"), answer);
        assertEquals(0, guard.timedOut());
    }

    @Test
    @DisplayName("a client that never reads its answer loses the connection after the time to read it")
    void unreadAnswer() throws Exception {
        serve(100, 10, 300);
        Socket s = connect("127.0.0.1");
        s.setReceiveBufferSize(4096);
        s.getOutputStream().write("GET /big HTTP/1.1\r\nHost: node\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        await(() -> guard.timedOut() == 1);
        await(() -> guard.open() == 0);
    }

    @Test
    @DisplayName("one client's connections beyond its share are closed at once; another client's are served")
    void perClient() throws Exception {
        serve(100, 3, 60_000);
        List<Socket> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket s = connect("127.0.0.1");
            assertTrue(ask(s, GET).startsWith("HTTP/1.1 200"));
            mine.add(s);
        }
        assertTrue(closedByServer(connect("127.0.0.1")), "a fourth from the same address is closed");
        assertEquals(1, guard.refused());
        assertTrue(ask(connect("127.0.0.2"), GET).startsWith("HTTP/1.1 200"), "another address is served");
        mine.getFirst().close();
        await(() -> guard.open() == 3);
        assertTrue(ask(connect("127.0.0.1"), GET).startsWith("HTTP/1.1 200"), "a place given back is taken again");
    }

    @Test
    @DisplayName("beyond the total, a new connection is closed at once, whoever opens it")
    void total() throws Exception {
        serve(4, 3, 60_000);
        for (String from : List.of("127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.2")) {
            assertTrue(ask(connect(from), GET).startsWith("HTTP/1.1 200"));
        }
        assertTrue(closedByServer(connect("127.0.0.3")));
        assertEquals(1, guard.refused());
        assertEquals(4, guard.open());
    }
}
