package org.pravasi.portal.search;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.api.Problems;

/**
 * {@code GET /api/search} and {@code GET /api/suggest} (see the package documentation for the JSON). Parameters are
 * checked on the event loop; Lucene runs on the worker pool.
 */
public final class SearchRoutes {
    /** Most suggestions returned. */
    public static final int MAX_SUGGESTIONS = 10;
    /** Longest typeahead text accepted. */
    public static final int MAX_SUGGEST_LENGTH = 100;

    private final SearchIndex index;
    private final WorkerExecutor workers;

    /** Creates the routes over {@code index}, running searches on {@code workers}. */
    public SearchRoutes(SearchIndex index, WorkerExecutor workers) {
        this.index = index;
        this.workers = workers;
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        router.get("/api/search").handler(this::search);
        router.get("/api/suggest").handler(this::suggest);
    }

    private void search(RoutingContext ctx) {
        SearchQuery query;
        try {
            query = SearchParams.parse(ctx::queryParam);
        } catch (InvalidSearchException e) {
            Problems.send(ctx, 400, "Bad search parameter", e.getMessage());
            return;
        }
        workers.executeBlocking(() -> index.search(query), false)
                .onSuccess(r -> Problems.json(ctx, 200, r))
                .onFailure(ctx::fail);
    }

    private void suggest(RoutingContext ctx) {
        String text;
        String lang;
        int size;
        try {
            text = SearchParams.single(ctx::queryParam, "q").orElse("");
            lang = SearchParams.lang(ctx::queryParam);
            size = SearchParams.number(ctx::queryParam, "size", MAX_SUGGESTIONS);
            if (text.length() > MAX_SUGGEST_LENGTH) {
                throw new InvalidSearchException("q is " + text.length() + " characters long; typeahead takes at most " + MAX_SUGGEST_LENGTH + ".");
            }
            if (size < 1 || size > MAX_SUGGESTIONS) {
                throw new InvalidSearchException("size must be a whole number from 1 to " + MAX_SUGGESTIONS + "; got " + size + ".");
            }
        } catch (InvalidSearchException e) {
            Problems.send(ctx, 400, "Bad suggest parameter", e.getMessage());
            return;
        }
        if (text.isBlank()) {
            Problems.json(ctx, 200, Map.of("q", text, "suggestions", List.of()));
            return;
        }
        workers.executeBlocking(() -> index.suggest(text, size, lang), false)
                .onSuccess(s -> Problems.json(ctx, 200, Map.of("q", text, "suggestions", s)))
                .onFailure(ctx::fail);
    }
}
