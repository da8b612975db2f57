package org.pravasi.registry.web;

import io.vertx.ext.web.RoutingContext;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the web layer, and JSON answers. */
public final class Json {
    /** The shared mapper (Jackson 3 defaults; thread-safe). */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Media type of JSON answers. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {}

    /** Ends the request with {@code body} as JSON. */
    public static void send(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", CONTENT_TYPE)
                .end(MAPPER.writeValueAsString(body));
    }
}
