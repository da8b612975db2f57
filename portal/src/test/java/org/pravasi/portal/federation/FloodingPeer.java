package org.pravasi.portal.federation;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A peer that, once armed, answers its change feed with about {@code bytes} of well-formed entries for datasets it does
 * not have; before that its feed is empty.
 */
final class FloodingPeer {
    private final String base;
    private final int bytes;
    private final AtomicReference<Buffer> feed = new AtomicReference<>(Buffer.buffer("{\"datasets\": []}"));
    private final String url;

    FloodingPeer(Vertx vertx, String base, int bytes) {
        this.base = base;
        this.bytes = bytes;
        Router router = Router.router(vertx);
        router.get("/api/node")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end("{\"baseUri\": \"" + base + "\", \"threshold\": 10}"));
        router.get("/api/changes")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end(feed.get()));
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
        this.url = "http://127.0.0.1:" + server.actualPort() + "/";
    }

    String url() {
        return url;
    }

    String base() {
        return base;
    }

    /** From now on the feed is huge. */
    void arm() {
        Buffer b = Buffer.buffer(bytes + 1024).appendString("{\"datasets\": [");
        for (int i = 0; b.length() < bytes; i++) {
            String ds = base + "id/dataset/zebra-org/flood-" + i;
            b.appendString((i == 0 ? "" : ",") + "{\"uri\": \"" + ds + "\", \"identifier\": \"zebra-org/flood-" + i
                    + "\", \"modified\": \"2026-01-01T00:00:00Z\", \"versionUri\": \"" + ds
                    + "/v1\", \"withdrawn\": false}");
        }
        feed.set(b.appendString("]}"));
    }
}
