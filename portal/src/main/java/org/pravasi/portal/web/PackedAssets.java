package org.pravasi.portal.web;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Static files of one class-path folder served from memory, compressible ones gzipped once for clients that accept it.
 * A {@code StaticHandler} sends files zero-copy, which the server's compression cannot touch: Leaflet's script went out
 * as 148 KB instead of 42 KB. Files are read from the classpath on first request.
 */
final class PackedAssets {
    private static final Set<String> PACKED = Set.of("png", "gif", "jpg", "woff", "woff2", "ico");

    /** The types of the files served, by extension. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"));

    private final String root;
    private final String cacheControl;
    private final WorkerExecutor workers;
    /** Files found, by path; a path not found is not kept, so that requests for made-up paths cannot fill it. */
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * Serves the classpath folder {@code root}.
     *
     * @param root the classpath folder, e.g. {@code webroot/map}
     * @param cacheControl the Cache-Control header of every answer
     * @param workers where first reads run
     */
    PackedAssets(String root, String cacheControl, WorkerExecutor workers) {
        this.root = root;
        this.cacheControl = cacheControl;
        this.workers = workers;
    }

    /** Serves the file at {@code relative} (a path under the root, without a leading slash). */
    void serve(RoutingContext ctx, String relative) {
        if (relative.isEmpty() || relative.contains("..") || relative.contains("\\") || relative.startsWith("/")) {
            ctx.next();
            return;
        }
        String accept =
                String.valueOf(ctx.request().getHeader("Accept-Encoding")).toLowerCase();
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        boolean head = ctx.request().method() == HttpMethod.HEAD;
        workers.executeBlocking(() -> cached(relative), false)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.next();
                        return;
                    }
                    Entry e = found.get();
                    var response = ctx.response()
                            .putHeader("ETag", e.etag())
                            .putHeader("Vary", "Accept-Encoding")
                            .putHeader("Cache-Control", cacheControl);
                    if (e.etag().equals(ifNoneMatch)) {
                        response.setStatusCode(304).end();
                        return;
                    }
                    response.putHeader("Content-Type", e.type());
                    byte[] body = e.plain();
                    if (e.gzip() != null && accept.contains("gzip")) {
                        response.putHeader("Content-Encoding", "gzip");
                        body = e.gzip();
                    }
                    if (head) {
                        response.putHeader("Content-Length", String.valueOf(body.length))
                                .end();
                    } else {
                        response.end(Buffer.buffer(body));
                    }
                })
                .onFailure(ctx::fail);
    }

    private Optional<Entry> cached(String relative) {
        Entry e = cache.get(relative);
        if (e != null) {
            return Optional.of(e);
        }
        Optional<Entry> read = read(relative);
        read.ifPresent(found -> cache.put(relative, found));
        return read;
    }

    private Optional<Entry> read(String relative) {
        String ext = relative.substring(relative.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = PackedAssets.class.getClassLoader().getResourceAsStream(root + "/" + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] plain = in.readAllBytes();
            byte[] gzip = PACKED.contains(ext) ? null : gzip(plain);
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(plain)) + "-" + plain.length + "\"";
            return Optional.of(new Entry(plain, gzip, type, etag));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + "/" + relative, e);
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private record Entry(byte[] plain, byte[] gzip, String type, String etag) {}
}
