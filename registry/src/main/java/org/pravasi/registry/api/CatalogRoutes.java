package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.catalog.CatalogReader;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;

/** Public read-only catalogue routes: {@code GET /api/datasets} and the change feed {@code GET /api/changes?since=}. */
public final class CatalogRoutes {
    private final CatalogReader reader;
    private final WorkerExecutor workers;

    /** Creates the routes over the store. */
    public CatalogRoutes(Store store, WorkerExecutor workers) {
        this.reader = new CatalogReader(store);
        this.workers = workers;
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        router.get("/api/datasets").handler(ctx -> list(ctx, Optional.empty()));
        router.get("/api/changes").handler(this::changes);
    }

    private void changes(RoutingContext ctx) {
        String since = ctx.request().getParam("since");
        if (since == null || since.isBlank()) {
            list(ctx, Optional.empty());
            return;
        }
        try {
            list(ctx, Optional.of(Instant.parse(since)));
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    400,
                    "Bad 'since'",
                    "'since' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z; got '" + since + "'.");
        }
    }

    private void list(RoutingContext ctx, Optional<Instant> since) {
        Instant now = Instant.now();
        workers.executeBlocking(() -> reader.changedSince(since), false)
                .onSuccess(list -> Json.send(ctx, 200, Map.of("asOf", now.toString(), "datasets", list)))
                .onFailure(ctx::fail);
    }
}
