package org.pravasi.portal.search;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.web.Revalidated;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;

/**
 * {@code GET /api/search} and {@code GET /api/suggest} (see the package documentation for the JSON). Parameters are
 * checked on the event loop; Lucene runs on the worker pool. An answer the current searcher already holds (a repeated
 * query or typeahead text) is sent from the event loop, a search result with the JSON rendered when it was first sent.
 * Search answers carry a strong ETag and {@code Cache-Control: no-cache}, so clients revalidate and get {@code 304 Not
 * Modified} while the index has not changed what they hold.
 */
public final class SearchRoutes {
    /** Most suggestions returned. */
    public static final int MAX_SUGGESTIONS = 10;
    /** Longest typeahead text accepted. */
    public static final int MAX_SUGGEST_LENGTH = 100;

    private final SearchIndex index;
    private final WorkerExecutor workers;
    private final RenderedResults rendered = new RenderedResults();

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
            throw new ProblemException(400, "Bad search parameter", e.getMessage());
        }
        Optional<RenderedResults.Rendered> kept = index.keptResult(query).flatMap(r -> rendered.kept(query, r));
        if (kept.isPresent()) {
            send(ctx, kept.get());
            return;
        }
        workers.executeBlocking(() -> rendered.of(query, index.search(query)), false)
                .onSuccess(r -> send(ctx, r))
                .onFailure(ctx::fail);
    }

    private static void send(RoutingContext ctx, RenderedResults.Rendered r) {
        HttpServerResponse response = ctx.response().putHeader("ETag", r.etag()).putHeader("Cache-Control", "no-cache");
        if (Revalidated.matches(ctx.request().getHeader("If-None-Match"), r.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", "application/json; charset=utf-8").end(Buffer.buffer(r.json()));
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
                throw new InvalidSearchException("q is " + text.length() + " characters long; typeahead takes at most "
                        + MAX_SUGGEST_LENGTH + ".");
            }
            if (size < 1 || size > MAX_SUGGESTIONS) {
                throw new InvalidSearchException(
                        "size must be a whole number from 1 to " + MAX_SUGGESTIONS + "; got " + size + ".");
            }
        } catch (InvalidSearchException e) {
            throw new ProblemException(400, "Bad suggest parameter", e.getMessage());
        }
        if (text.isBlank()) {
            Json.send(ctx, 200, Map.of("q", text, "suggestions", List.of()));
            return;
        }
        SuggestQuery query = new SuggestQuery(text, size, lang);
        Optional<List<Suggestion>> kept = index.keptSuggestions(query);
        if (kept.isPresent()) {
            Json.send(ctx, 200, Map.of("q", text, "suggestions", kept.get()));
            return;
        }
        workers.executeBlocking(() -> index.suggest(query), false)
                .onSuccess(s -> Json.send(ctx, 200, Map.of("q", text, "suggestions", s)))
                .onFailure(ctx::fail);
    }
}
