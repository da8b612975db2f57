package org.pravasi.registry.federation;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pravasi.registry.api.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Talks to a peer node over HTTP: its declared identity, its change feed and one dataset's graphs. Blocking. */
final class PeerClient {
    /** Longest wait for a peer to accept a connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longest wait for the node info or the change feed. */
    static final Duration FEED_TIMEOUT = Duration.ofSeconds(30);
    /** Longest wait for one dataset's graphs (large versions take a while to stream). */
    static final Duration GRAPHS_TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http;

    PeerClient() {
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    NodeInfo info(Peer peer) {
        JsonNode json = json(peer, "api/node");
        String base = json.path("baseUri").asString("");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new HarvestException("Peer " + peer.url() + " declares no usable base URI at /api/node (got '" + base
                    + "'): it must be an http(s) URI ending with '/'. Is this a Pravasi registry node?");
        }
        return new NodeInfo(base, json.path("threshold").asInt(0));
    }

    /** Datasets changed after {@code since} (all when empty), oldest change first. */
    List<FeedEntry> changes(Peer peer, Optional<Instant> since) {
        String path = "api/changes" + since.map(s -> "?since=" + URLEncoder.encode(s.toString(), StandardCharsets.UTF_8)).orElse("");
        JsonNode datasets = json(peer, path).path("datasets");
        if (!datasets.isArray()) {
            throw new HarvestException("Peer " + peer.url() + " sent a change feed without a 'datasets' list at /" + path);
        }
        List<FeedEntry> out = new ArrayList<>();
        for (JsonNode d : datasets) {
            try {
                out.add(new FeedEntry(d.path("uri").asString(""), d.path("identifier").asString(""),
                        Instant.parse(d.path("modified").asString("")), d.path("versionUri").asString(""),
                        d.path("withdrawn").asBoolean(false)));
            } catch (DateTimeParseException e) {
                throw new HarvestException("Peer " + peer.url() + " sent a change-feed entry for '" + d.path("uri").asString("")
                        + "' whose 'modified' is not an ISO-8601 instant: '" + d.path("modified").asString("") + "'");
            }
        }
        out.sort(Comparator.comparing(FeedEntry::modified));
        return out;
    }

    /** Downloads the graphs of dataset {@code identifier} ({@code org/slug}) as N-Quads into a temporary file. */
    Path graphs(Peer peer, String identifier) {
        String path = "api/datasets/" + identifier + "/graphs";
        Path tmp = null;
        try {
            tmp = Files.createTempFile("pravasi-harvest", ".nq");
            HttpResponse<Path> r = http.send(request(peer, path, GRAPHS_TIMEOUT), HttpResponse.BodyHandlers.ofFile(tmp));
            if (r.statusCode() != 200) {
                throw new HarvestException("Peer " + peer.url() + " answered " + r.statusCode() + " for /" + path);
            }
            return tmp;
        } catch (IOException e) {
            delete(tmp);
            throw unreachable(peer, path, e);
        } catch (InterruptedException e) {
            delete(tmp);
            Thread.currentThread().interrupt();
            throw new HarvestException("Harvest of " + peer.url() + " was interrupted", e);
        } catch (RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    private JsonNode json(Peer peer, String path) {
        try {
            HttpResponse<String> r = http.send(request(peer, path, FEED_TIMEOUT), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new HarvestException("Peer " + peer.url() + " answered " + r.statusCode() + " for /" + path
                        + ": check that the URL is a Pravasi registry node and that it is running");
            }
            return Problems.JSON.readTree(r.body());
        } catch (JacksonException e) {
            throw new HarvestException("Peer " + peer.url() + " sent a body that is not valid JSON for /" + path + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreachable(peer, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("Harvest of " + peer.url() + " was interrupted", e);
        }
    }

    private static HttpRequest request(Peer peer, String path, Duration timeout) {
        return HttpRequest.newBuilder(peer.resolve(path)).timeout(timeout).GET().build();
    }

    private static HarvestException unreachable(Peer peer, String path, IOException e) {
        return new HarvestException("Peer " + peer.url() + " cannot be reached for /" + path + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); it will be retried with back-off", e);
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temporary file is harmless.
            }
        }
    }
}
