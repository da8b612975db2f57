package org.pravasi.registry.web;

import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading requests: the presented API key, the client's address, uploaded files, a JSON body. */
public final class Requests {
    /** The address used for a client whose remote address is unknown (e.g. a Unix socket). */
    public static final String UNKNOWN_CLIENT = "unknown";

    private Requests() {}

    /** The API key sent as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}, if any. */
    public static Optional<String> apiKey(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        return Optional.ofNullable(
                header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                        ? header.substring(7)
                        : ctx.request().getHeader("X-API-Key"));
    }

    /**
     * The client, as per-client limits count it: its IPv4 address, or its IPv6 /64 network ({@link ClientAddress}), or
     * {@value #UNKNOWN_CLIENT}.
     */
    public static String client(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null
                ? UNKNOWN_CLIENT
                : ClientAddress.key(ctx.request().remoteAddress().host());
    }

    /** The uploaded file of multipart field {@code name}, if sent (the body handler has already bounded its size). */
    public static Optional<FileUpload> upload(RoutingContext ctx, String name) {
        return ctx.fileUploads().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The request body as JSON, or empty when there is none; the body handler has bounded its size.
     *
     * @throws JacksonException when the body is not JSON
     */
    public static Optional<JsonNode> jsonBody(RoutingContext ctx) {
        String body = ctx.body() == null ? null : ctx.body().asString();
        return body == null || body.isBlank() ? Optional.empty() : Optional.of(Json.MAPPER.readTree(body));
    }
}
