package org.pravasi.registry.federation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a peer node over HTTP: its declared identity, its change feed and one dataset's graphs. Blocking, and
 * bounded: an answer declaring more bytes than the cap is refused unread, every other is read through a
 * {@link BoundedBody} (byte cap, deadline, idle time, gzip decoded under the same cap), the feed is parsed as it
 * streams, redirects are not followed, and {@link #close()} cuts every exchange.
 */
final class PeerClient implements AutoCloseable {
    /** How often the watchdog looks at open bodies. */
    static final Duration WATCH_TICK = Duration.ofMillis(200);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExecutorService io;
    private final HttpClient http;
    private final HarvestLimits limits;
    private final ReadersFirst readers;
    private final ScheduledExecutorService watchdog;
    private final Set<BoundedBody> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PeerClient(HarvestLimits limits, ReadersFirst readers) {
        this.limits = limits;
        this.readers = readers;
        // The client's own threads move and decompress what peers send: at low priority too, like the harvest threads.
        this.io = Executors.newCachedThreadPool(LowPriority.threads("pravasi-harvest-http"));
        this.http = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(io)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pravasi-harvest-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    NodeInfo info(Peer peer) {
        JsonNode json =
                fetch(peer, "api/node", limits.infoMaxBytes(), limits.feedDeadline(), true, in -> JSON.readTree(in));
        String base = json.path("baseUri").asString("");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw HarvestException.peerWide(
                    "Peer " + peer.url() + " declares no usable base URI at /api/node (got '" + clip(base)
                            + "'): it must be an http(s) URI ending with '/'. Is this a Pravasi registry node?",
                    null);
        }
        return new NodeInfo(base, json.path("threshold").asInt(0));
    }

    /** Datasets changed after {@code since} (all when empty), oldest change first; the feed is parsed as it arrives. */
    List<FeedEntry> changes(Peer peer, Optional<Instant> since) {
        String path = "api/changes"
                + since.map(s -> "?since=" + URLEncoder.encode(s.toString(), StandardCharsets.UTF_8))
                        .orElse("");
        List<FeedEntry> out = fetch(
                peer, path, limits.feedMaxBytes(), limits.feedDeadline(), true, in -> ChangeFeed.read(peer, path, in));
        out.sort(Comparator.comparing(FeedEntry::modified));
        return out;
    }

    /**
     * Reads the graphs of dataset {@code identifier} ({@code org/slug}) with {@code parse}, straight from the network
     * (nothing is written to disk). A download over the cap or the deadline refuses this dataset only; a peer that
     * cannot be reached fails the whole harvest.
     */
    <T> T graphs(Peer peer, String identifier, Function<InputStream, T> parse) {
        return fetch(
                peer,
                "api/datasets/" + identifier + "/graphs",
                limits.graphsMaxBytes(),
                limits.graphsDeadline(),
                false,
                parse);
    }

    /**
     * GETs {@code path} and reads its body with {@code reader} under {@code cap} and {@code deadline}. With
     * {@code peerWide}, every failure fails the whole peer; otherwise only failures to reach it do.
     */
    private <T> T fetch(
            Peer peer, String path, long cap, Duration deadline, boolean peerWide, Function<InputStream, T> reader) {
        String where = "Peer " + peer.url() + ", /" + path + ": ";
        if (closed) {
            throw HarvestException.peerWide(where + "the portal is shutting down", null);
        }
        long end = System.nanoTime() + deadline.toNanos();
        Duration headers = limits.idleTimeout().compareTo(deadline) < 0 ? limits.idleTimeout() : deadline;
        HttpRequest request = HttpRequest.newBuilder(peer.resolve(path))
                .timeout(headers)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<InputStream> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw HarvestException.peerWide(
                    where + "no answer within " + headers.toSeconds() + " s; it will be retried with back-off", e);
        } catch (IOException e) {
            if (closed) {
                throw HarvestException.peerWide(where + "the request was cut: the portal is shutting down", e);
            }
            throw HarvestException.peerWide(
                    where + "cannot be reached (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); it will be retried with back-off",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HarvestException.peerWide(where + "the harvest was interrupted (the portal is shutting down)", e);
        }
        String encoding = r.headers()
                .firstValue("Content-Encoding")
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        BoundedBody body = new BoundedBody(
                r.body(),
                encoding.equals("gzip"),
                cap,
                end,
                limits.idleTimeout().toNanos());
        open.add(body);
        ScheduledFuture<?> watch = null;
        try {
            watch = watchdog.scheduleAtFixedRate(
                    body::check, WATCH_TICK.toMillis(), WATCH_TICK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            body.cancel();
        }
        try {
            if (closed) {
                body.cancel();
            }
            refuseStatus(where, r, peerWide);
            refuseDeclaredSize(where, r, cap, peerWide);
            if (!encoding.equals("gzip") && !encoding.equals("identity")) {
                throw refusal(
                        where + "the answer is encoded as '" + clip(encoding) + "'; only gzip or no encoding is read",
                        peerWide,
                        null);
            }
            try {
                return reader.apply(readers.stepped(body.stream()));
            } catch (IOException | RuntimeException e) {
                throw stopped(where, body, deadline, peerWide, e);
            }
        } finally {
            if (watch != null) {
                watch.cancel(false);
            }
            open.remove(body);
            body.close();
        }
    }

    private static void refuseStatus(String where, HttpResponse<?> r, boolean peerWide) {
        int status = r.statusCode();
        if (status == 200) {
            return;
        }
        if (status >= 300 && status < 400) {
            throw refusal(
                    where + "answered " + status + " (a redirect"
                            + r.headers()
                                    .firstValue("Location")
                                    .map(l -> " to " + clip(l))
                                    .orElse("") + "); redirects are not followed: configure the peer's final URL",
                    peerWide,
                    null);
        }
        // 429 and 5xx: the peer is busy or failing (a node bounds the downloads it sends at once), not refusing us.
        boolean later = status >= 500 || status == 429;
        String hint = later
                ? "; it will be retried with back-off"
                : ": check that the URL is a Pravasi registry node and that it is running";
        throw refusal(where + "answered " + status + hint, peerWide || later, null);
    }

    /**
     * Refuses, before a byte of the body is read, an answer whose declared length ({@code Content-Length}, bytes on the
     * wire) is over the cap: reading it up to the cap would only make garbage of a refusal known in advance.
     */
    private static void refuseDeclaredSize(String where, HttpResponse<?> r, long cap, boolean peerWide) {
        long declared;
        try {
            declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return; // not a length the client could have used either: the body is read under the cap as it comes
        }
        if (declared > cap) {
            throw refusal(
                    where + "the answer is larger than the cap of " + cap + " bytes: it declares " + declared
                            + " bytes (Content-Length) and was refused unread (the cap is NodeConfig."
                            + capName(path(where)) + ")",
                    peerWide,
                    null);
        }
    }

    /**
     * What a failure while reading a body means: a crossed limit, a broken connection, or whatever the reader found.
     */
    private RuntimeException stopped(String where, BoundedBody body, Duration deadline, boolean peerWide, Exception e) {
        Optional<BoundedBody.Stop> stop = body.stop();
        if (stop.isPresent()) {
            return switch (stop.get()) {
                case TOO_LARGE ->
                    refusal(
                            where + "the answer is larger than the cap of " + body.cap() + " bytes"
                                    + (body.wireBytes() < body.bytes() ? " once decompressed" : "")
                                    + "; reading stopped at " + body.bytes()
                                    + " bytes (the cap is NodeConfig." + capName(path(where)) + ")",
                            peerWide,
                            e);
                case DEADLINE ->
                    slow(
                            where + "the answer took longer than the deadline of " + deadline.toSeconds() + " s ("
                                    + body.wireBytes() + " bytes received); reading stopped",
                            peerWide,
                            e);
                case IDLE ->
                    slow(
                            where + "the peer sent nothing for "
                                    + limits.idleTimeout().toSeconds() + " s (" + body.wireBytes()
                                    + " bytes received); reading stopped",
                            peerWide,
                            e);
                case CANCELLED -> HarvestException.peerWide(where + "reading stopped: the portal is shutting down", e);
            };
        }
        if (body.broken().isPresent()) {
            IOException io = body.broken().get();
            return HarvestException.peerWide(
                    where + "the connection failed mid-answer (" + io.getClass().getSimpleName()
                            + (io.getMessage() == null ? "" : ": " + io.getMessage())
                            + "); it will be retried with back-off",
                    io);
        }
        if (e instanceof HarvestException h) {
            return peerWide && !h.isPeerWide() ? HarvestException.peerWide(h.getMessage(), h.getCause()) : h;
        }
        if (e instanceof JacksonException j) {
            return HarvestException.peerWide(where + "the body is not valid JSON: " + clip(j.getOriginalMessage()), e);
        }
        return refusal(
                where + "the answer could not be read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + clip(e.getMessage())) + ")",
                peerWide,
                e);
    }

    private static String path(String where) {
        return where.substring(where.indexOf(", /") + 3);
    }

    private static String capName(String path) {
        return path.startsWith("api/node")
                ? "PEER_INFO_MAX_BYTES"
                : path.startsWith("api/changes") ? "PEER_FEED_MAX_BYTES" : "PEER_GRAPHS_MAX_BYTES";
    }

    private static HarvestException slow(String message, boolean peerWide, Throwable cause) {
        return peerWide ? HarvestException.peerWide(message, cause) : HarvestException.tooSlow(message, cause);
    }

    private static HarvestException refusal(String message, boolean peerWide, Throwable cause) {
        return peerWide
                ? HarvestException.peerWide(message, cause)
                : new HarvestException(RefusalRule.DOWNLOAD, message, cause);
    }

    /** A peer-supplied text, shortened for a message. */
    static String clip(String s) {
        return s == null ? "" : s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** Cuts every exchange in flight and refuses new ones; the threads reading them see the harvest fail at once. */
    @Override
    public void close() {
        closed = true;
        open.forEach(BoundedBody::cancel);
        watchdog.shutdownNow();
        http.shutdownNow();
        io.shutdownNow();
    }
}
