package org.pravasi.portal.map;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.pravasi.registry.web.ProblemException;

/**
 * {@code GET /geo/districts.geojson} and {@code /geo/states.geojson}: the simplified boundaries the node wrote to
 * {@code <data>/geo/} when the geography was installed. Served gzipped to clients that accept it (the districts shrink
 * about fourfold), with an ETag and a day of caching; re-read when the file changes.
 */
final class GeoFiles {
    /** How long clients may cache the boundaries without asking again. */
    static final int MAX_AGE_SECONDS = 86_400;
    /** The files served, by name under {@code /geo/}. */
    static final java.util.List<String> FILES = java.util.List.of("districts.geojson", "states.geojson");

    private final Path folder;
    private final WorkerExecutor workers;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    GeoFiles(Path dataDir, WorkerExecutor workers) {
        this.folder = dataDir.resolve("geo");
        this.workers = workers;
    }

    void mount(Router router) {
        for (String name : FILES) {
            router.get("/geo/" + name).handler(ctx -> serve(ctx, name));
        }
    }

    private void serve(RoutingContext ctx, String name) {
        String accept = String.valueOf(ctx.request().getHeader("Accept-Encoding"));
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        workers.executeBlocking(() -> load(name), false)
                .onSuccess(entry -> {
                    if (entry.isEmpty()) {
                        ctx.fail(
                                new ProblemException(
                                        404,
                                        "Geography not installed",
                                        "This portal has no district boundaries yet. An operator installs"
                                                + " them by starting the portal once with --geo DIR (a folder with the boundary GeoJSON and the LGD code tables);"
                                                + " see docs/map.md. The figures are still available from /api/map and on /map as a table."));
                        return;
                    }
                    Entry e = entry.get();
                    var response = ctx.response()
                            .putHeader("ETag", e.etag())
                            .putHeader("Vary", "Accept-Encoding")
                            .putHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                            .putHeader("Access-Control-Allow-Origin", "*");
                    if (e.etag().equals(ifNoneMatch)) {
                        response.setStatusCode(304).end();
                        return;
                    }
                    response.putHeader("Content-Type", "application/geo+json");
                    if (accept.toLowerCase().contains("gzip")) {
                        response.putHeader("Content-Encoding", "gzip").end(Buffer.buffer(e.gzip()));
                    } else {
                        response.end(Buffer.buffer(e.plain()));
                    }
                })
                .onFailure(ctx::fail);
    }

    private Optional<Entry> load(String name) {
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Entry e = cache.get(name);
            if (e != null && e.modified() == modified && e.plain().length == size) {
                return Optional.of(e);
            }
            byte[] plain = Files.readAllBytes(file);
            Entry fresh = new Entry(
                    plain,
                    gzip(plain),
                    "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"",
                    modified);
            cache.put(name, fresh);
            return Optional.of(fresh);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private record Entry(byte[] plain, byte[] gzip, String etag, long modified) {}
}
