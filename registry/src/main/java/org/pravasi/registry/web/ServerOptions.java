package org.pravasi.registry.web;

import io.vertx.core.http.HttpServerOptions;

/**
 * The HTTP server options every server of ours starts with: the address to listen on, and the server's built-in
 * compression (gzip or deflate, as the client accepts) for responses larger than {@value #COMPRESS_FROM_BYTES} bytes.
 *
 * <p>Responses that are already compressed declare their own {@code Content-Encoding} and are sent as they are. A
 * response that carries a secret next to text an attacker can choose (a CSRF token on a form that echoes input) must
 * opt out with {@code Content-Encoding: identity}, so compression cannot leak the secret (BREACH).
 *
 * <p>HTTP/2 over plain TCP ({@code h2c}, by upgrade or prior knowledge) is off: browsers speak HTTP/2 only over TLS,
 * which a reverse proxy terminates and forwards as HTTP/1.1, so h2c served no client of ours and only widened what a
 * hostile one could try (many streams on one connection, HTTP/2's own floods) past the per-connection bounds of
 * {@link ConnectionGuard}. A client asking to upgrade is answered over HTTP/1.1.
 */
public final class ServerOptions {
    /** Smaller bodies fit one packet uncompressed; compressing them costs CPU and saves nothing. */
    public static final int COMPRESS_FROM_BYTES = 1024;

    /** zlib's default level: most of the gain of level 9 for a fraction of its CPU. */
    public static final int COMPRESSION_LEVEL = 6;

    /**
     * Largest single form field decoded: as large as the largest form body any route accepts (the portal's story
     * editor, 1 MiB), so a field is never refused or cut short of the body limit that each route's body handler
     * enforces with a clear 413. Vert.x's default, 8 KiB, refused a Hindi story of about 2,700 characters.
     */
    public static final int MAX_FORM_FIELD_BYTES = 1024 * 1024;

    private ServerOptions() {}

    /** Options for a server listening on {@code host:port} ({@code port} 0 picks a free port). */
    public static HttpServerOptions listeningOn(String host, int port) {
        return new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setCompressionSupported(true)
                .setCompressionLevel(COMPRESSION_LEVEL)
                .setCompressionContentSizeThreshold(COMPRESS_FROM_BYTES)
                .setMaxFormAttributeSize(MAX_FORM_FIELD_BYTES)
                .setHttp2ClearTextEnabled(false);
    }
}
