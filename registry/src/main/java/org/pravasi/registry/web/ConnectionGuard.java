package org.pravasi.registry.web;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what a client can hold with connections alone, before any route sees a request. Without it one client could
 * open connections until the process runs out of file descriptors, or keep each open for ever by sending a request's
 * head a byte at a time (Slowloris), by never sending one, or by never reading its answer; Vert.x closes none of them.
 *
 * <ul>
 *   <li>At most {@code total} connections at once, and {@code perClient} from one client ({@link ClientAddress}): one
 *       over is closed as soon as it is accepted (no request has been read that could be answered).
 *   <li>A connection with no request in progress must deliver the whole head of its next request within the head
 *       timeout: a new connection, and one whose last response is sent (so an idle keep-alive connection is closed
 *       after that time too, as Apache does after 5 s and nginx after 75 s).
 *   <li>A request's body must keep arriving: by the head timeout plus one second for every
 *       {@value #MIN_BODY_BYTES_PER_SECOND} bytes received so far (Apache's {@code mod_reqtimeout} rule), or the
 *       connection is closed. A body sent a byte at a time would otherwise hold its connection, and the part of it a
 *       route keeps in memory, for as long as the sender likes (R.U.D.Y.). Once the body is whole the route's work is
 *       never timed here: a publish may think for minutes.
 *   <li>A response that is sent but not yet read by the client (the connection's buffer full) gets the drain timeout
 *       more, then the connection is closed.
 * </ul>
 *
 * Each connection's clock runs on its own event loop; the counts are shared by all.
 */
public final class ConnectionGuard {
    /** The slowest pace a request body may arrive at, on average, beyond the head timeout's allowance. */
    public static final int MIN_BODY_BYTES_PER_SECOND = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final Vertx vertx;
    private final int total;
    private final int perClient;
    private final long headMillis;
    private final long drainMillis;
    private final long tickMillis;
    private final Map<String, Integer> byClient = new HashMap<>();
    private final Map<HttpConnection, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private int open;

    /**
     * A guard for servers of {@code vertx}: at most {@code total} connections at once and {@code perClient} from one
     * client; {@code headTimeout} to send a request's head when none is in progress, {@code drainTimeout} more to read
     * a response that is sent.
     */
    public ConnectionGuard(Vertx vertx, int total, int perClient, Duration headTimeout, Duration drainTimeout) {
        if (total < 1
                || perClient < 1
                || headTimeout.isNegative()
                || headTimeout.isZero()
                || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("Connection limits must be positive: " + total + ", " + perClient + ", "
                    + headTimeout + ", " + drainTimeout);
        }
        this.vertx = vertx;
        this.total = total;
        this.perClient = perClient;
        this.headMillis = headTimeout.toMillis();
        this.drainMillis = drainTimeout.toMillis();
        this.tickMillis = Math.clamp(headMillis / 4, 20, 1000);
    }

    /** Installs the guard on {@code server}, in front of {@code requests}; returns the server. */
    public HttpServer guard(HttpServer server, Handler<HttpServerRequest> requests) {
        return server.connectionHandler(this::opened).requestHandler(request -> {
            Watch w = watches.get(request.connection());
            if (w != null) {
                w.current = request;
                w.waitingSince = -1;
                w.requestSince = System.nanoTime();
            }
            requests.handle(request);
        });
    }

    /** Connections open now (those accepted and not yet closed). */
    public synchronized int open() {
        return open;
    }

    /** Connections closed as soon as accepted, over a limit, since the guard was made. */
    public long refused() {
        return refused.get();
    }

    /** Connections closed for taking too long to send a request's head or body, or to read a response. */
    public long timedOut() {
        return timedOut.get();
    }

    private void opened(HttpConnection connection) {
        String client = ClientAddress.key(
                connection.remoteAddress() == null
                        ? null
                        : connection.remoteAddress().hostAddress());
        if (!admit(client)) {
            long n = refused.incrementAndGet();
            if (Long.bitCount(n) == 1) { // the 1st, 2nd, 4th, 8th...: a flood does not flood the log
                LOG.warn(
                        "Closed a new connection from {}: over the limit of {} in all or {} from one client ({} so far)",
                        client,
                        total,
                        perClient,
                        n);
            }
            Connections.closeNow(connection);
            return;
        }
        Watch w = new Watch(connection, client);
        watches.put(connection, w);
        connection.closeHandler(v -> w.closed());
        w.timer = vertx.setPeriodic(tickMillis, id -> w.tick());
    }

    private synchronized boolean admit(String client) {
        int theirs = byClient.getOrDefault(client, 0);
        if (open >= total || theirs >= perClient) {
            return false;
        }
        open++;
        byClient.put(client, theirs + 1);
        return true;
    }

    private synchronized void release(String client) {
        open--;
        byClient.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
    }

    /** One open connection's clock; touched only on its event loop, apart from {@link #closed}'s count. */
    private final class Watch {
        private final HttpConnection connection;
        private final String client;
        private HttpServerRequest current;
        private long waitingSince = System.nanoTime();
        private long requestSince;
        private long timer = -1;
        private boolean closed;

        Watch(HttpConnection connection, String client) {
            this.connection = connection;
            this.client = client;
        }

        void tick() {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            if (current != null && !current.response().ended()) {
                waitingSince = -1;
                if (!current.isEnded() && bodyTooSlow(now)) {
                    close("its request's body arrived at under " + MIN_BODY_BYTES_PER_SECOND + " bytes/s");
                }
                return; // otherwise a request in progress: its route bounds its work
            }
            if (waitingSince < 0) {
                waitingSince = now;
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(now - waitingSince);
            if (waited < headMillis) {
                return;
            }
            if (current != null && Connections.unread(connection) && waited < headMillis + drainMillis) {
                return;
            }
            close(
                    Connections.unread(connection)
                            ? "it left its answer unread for " + waited + " ms"
                            : "it sent no request's head in " + waited + " ms");
        }

        /** Whether the body so far took longer than the head timeout plus a second per minimum rate's bytes. */
        private boolean bodyTooSlow(long now) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(now - requestSince);
            return elapsed > headMillis + current.bytesRead() * 1000 / MIN_BODY_BYTES_PER_SECOND;
        }

        private void close(String why) {
            vertx.cancelTimer(timer);
            timedOut.incrementAndGet();
            LOG.debug("Closed a connection from {}: {}", client, why);
            Connections.closeNow(connection);
        }

        void closed() {
            if (closed) {
                return;
            }
            closed = true;
            vertx.cancelTimer(timer);
            watches.remove(connection);
            release(client);
        }
    }
}
