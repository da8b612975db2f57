package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client's reads take at most their share of the server at once: the next ones wait their turn in order, any more
 * are refused with 429, another client is served meanwhile, and a client that goes away gives its places back.
 */
class ClientShareTest {
    private static final int PATIENCE_MILLIS = 10_000;

    private final Vertx vertx = Vertx.vertx();
    private final List<Socket> sockets = new ArrayList<>();
    /** The requests of {@code /hold} that reached the route, by query, each answered when the test says. */
    private final ConcurrentHashMap<String, Promise<Void>> held = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, Integer> reached = new ConcurrentHashMap<>();
    private ClientShare share;
    private int port;

    @BeforeEach
    void serve() {
        share = new ClientShare(2, 1);
        Router router = Router.router(vertx);
        router.route().handler(share);
        router.route("/hold").handler(ctx -> {
            String query = ctx.request().query() == null ? "" : ctx.request().query();
            reached.merge(query, 1, Integer::sum);
            Promise<Void> p = Promise.promise();
            held.put(query, p);
            p.future().onComplete(x -> ctx.response().end("done"));
        });
        router.route("/quick").handler(ctx -> ctx.response().end("ok"));
        router.route().failureHandler(ProblemHandler.create(1024));
        HttpServer server = vertx.createHttpServer(ServerOptions.listeningOn("127.0.0.1", 0))
                .requestHandler(router);
        port = server.listen().await().actualPort();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        vertx.close().await();
    }

    private Socket ask(String from, String method, String path) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", port));
        s.setSoTimeout(PATIENCE_MILLIS);
        String head = method + " " + path + " HTTP/1.1\r\nHost: node\r\nContent-Length: 0\r\n\r\n";
        s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** The status code of the answer on {@code s}, or 0 if none came within {@code millis}. */
    private static int status(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        byte[] buf = new byte[4096];
        try {
            int n = s.getInputStream().read(buf);
            String answer = n < 0 ? "" : new String(buf, 0, n, StandardCharsets.US_ASCII);
            return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(10);
        }
    }

    @Test
    void oneClientsReadsBeyondItsShareWaitTheirTurnWhileAnotherClientIsServed() throws Exception {
        Socket first = ask("127.0.0.1", "GET", "/hold?1");
        ask("127.0.0.1", "GET", "/hold?2");
        await(() -> held.size() == 2, "two reads of one client run at once");
        Socket third = ask("127.0.0.1", "GET", "/hold?3");
        await(() -> share.of("127.0.0.1")[1] == 1, "the third waits");
        assertEquals(429, status(ask("127.0.0.1", "GET", "/quick"), PATIENCE_MILLIS), "a fourth is refused");
        assertEquals(200, status(ask("127.0.0.2", "GET", "/quick"), PATIENCE_MILLIS), "another client is served");
        assertEquals(2, held.size(), "the third has not reached its route");

        held.get("1").complete();
        assertEquals(200, status(first, PATIENCE_MILLIS));
        await(() -> held.size() == 3, "the third takes the place given back");
        held.get("3").complete();
        assertEquals(200, status(third, PATIENCE_MILLIS));
        assertEquals(1, reached.get("3"));
    }

    @Test
    void aClientThatGoesAwayGivesItsPlacesBack() throws Exception {
        Socket first = ask("127.0.0.1", "GET", "/hold?1");
        Socket second = ask("127.0.0.1", "GET", "/hold?2");
        await(() -> held.size() == 2, "two reads run");
        Socket waiting = ask("127.0.0.1", "GET", "/hold?3");
        await(() -> share.of("127.0.0.1")[1] == 1, "the third waits");
        waiting.close();
        await(() -> share.of("127.0.0.1")[1] == 0, "a closed waiting read leaves the queue");
        first.close();
        second.close();
        // The routes still hold their requests; the client's places are back all the same.
        await(() -> share.of("127.0.0.1")[0] == 0, "the closed reads no longer count");
        assertEquals(2, held.size(), "the closed waiting read never reached its route");
        ask("127.0.0.1", "GET", "/hold?4");
        await(() -> held.size() == 3, "a new read of the client runs");
        assertArrayEquals(new int[] {1, 0}, share.of("127.0.0.1"));
    }

    @Test
    void writesAreLeftToTheirOwnLimits() throws Exception {
        ask("127.0.0.1", "GET", "/hold?1");
        ask("127.0.0.1", "GET", "/hold?2");
        await(() -> held.size() == 2, "two reads run");
        assertEquals(200, status(ask("127.0.0.1", "POST", "/quick"), PATIENCE_MILLIS));
    }
}
