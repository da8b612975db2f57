package org.pravasi.registry.api;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.ingest.Finding;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details ({@code application/problem+json}). */
public final class Problems {
    /** The JSON mapper shared by the API (thread-safe). */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** Ends the request with a problem body. */
    public static void send(RoutingContext ctx, int status, String title, String detail) {
        send(ctx, status, title, detail, List.of());
    }

    /** Ends the request with a problem body listing findings. */
    public static void send(RoutingContext ctx, int status, String title, String detail, List<Finding> findings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!findings.isEmpty()) {
            body.put("findings", findings.stream().map(Problems::finding).toList());
        }
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(JSON.writeValueAsString(body));
    }

    /** A finding as JSON-friendly map, with a human-readable line. */
    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name().toLowerCase());
        m.put("file", f.file());
        m.put("row", f.row());
        m.put("column", f.column());
        m.put("value", f.value());
        m.put("problem", f.problem());
        m.put("fix", f.fix());
        m.put("message", f.describe());
        return m;
    }

    /** Sends a JSON body. */
    public static void json(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(JSON.writeValueAsString(body));
    }
}
