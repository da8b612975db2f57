package org.pravasi.portal.pages;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.pravasi.portal.linkeddata.UriSpace;

/**
 * Runs a page's store work on the worker pool and answers with the rendered page, or the 404 page when there is
 * nothing.
 */
final class Responder {
    private final WorkerExecutor workers;
    private final Messages messages;

    Responder(WorkerExecutor workers, Messages messages) {
        this.workers = workers;
        this.messages = messages;
    }

    /** The request's UI context. */
    Ui ui(RoutingContext ctx) {
        return Ui.of(ctx, messages);
    }

    /** The request's UI context in {@code lang}. */
    Ui ui(RoutingContext ctx, String lang) {
        return Ui.of(ctx, messages, lang);
    }

    /** Reads {@code data} off the event loop, then renders it in {@code ui}; an empty result answers 404. */
    <T> void page(RoutingContext ctx, Ui ui, Callable<Optional<T>> data, Function<T, PageContent> render) {
        workers.<Optional<T>>executeBlocking(data, false)
                .onSuccess(found -> {
                    if (found.isPresent()) {
                        send(ctx, 200, ui, render.apply(found.get()));
                    } else {
                        notFound(ctx, ui);
                    }
                })
                .onFailure(ctx::fail);
    }

    /** Reads {@code data} off the event loop, then renders it; an empty result answers 404. */
    <T> void page(RoutingContext ctx, Callable<Optional<T>> data, Function<T, PageContent> render) {
        page(ctx, data, render, found -> 200);
    }

    /**
     * The page of the entity the request path names in {@code space}: 404 for a path outside it, or for an entity
     * {@code read} (given the URI and the display language) does not find.
     */
    <T> void entityPage(
            RoutingContext ctx,
            UriSpace space,
            BiFunction<String, String, Optional<T>> read,
            BiFunction<Ui, T, PageContent> render) {
        Ui ui = ui(ctx);
        Optional<String> uri = space.uriOf(ctx.normalizedPath());
        if (uri.isEmpty()) {
            notFound(ctx, ui);
            return;
        }
        page(ctx, () -> read.apply(uri.get(), ui.lang()), m -> render.apply(ui, m));
    }

    /**
     * Like {@link #page(RoutingContext, Callable, Function)}, with the status chosen by the data (e.g. 410 for a
     * withdrawn dataset).
     */
    <T> void page(
            RoutingContext ctx, Callable<Optional<T>> data, Function<T, PageContent> render, ToIntFunction<T> status) {
        Ui ui = ui(ctx);
        workers.<Optional<T>>executeBlocking(data, false)
                .onSuccess(found -> {
                    if (found.isPresent()) {
                        send(ctx, status.applyAsInt(found.get()), ui, render.apply(found.get()));
                    } else {
                        notFound(ctx, ui);
                    }
                })
                .onFailure(ctx::fail);
    }

    /**
     * Reads {@code data} off the event loop and answers with {@code status} and the rendered page; with nothing, passes
     * to the next route.
     */
    <T> void pageOrNext(RoutingContext ctx, Callable<Optional<T>> data, Function<T, PageContent> render, int status) {
        Ui ui = ui(ctx);
        workers.<Optional<T>>executeBlocking(data, false)
                .onSuccess(found -> {
                    if (found.isPresent()) {
                        send(ctx, status, ui, render.apply(found.get()));
                    } else {
                        ctx.next();
                    }
                })
                .onFailure(ctx::fail);
    }

    /** Answers with a page. */
    void send(RoutingContext ctx, int status, Ui ui, PageContent page) {
        if (ctx.response().ended()) {
            return;
        }
        Buffer html = Buffer.buffer(Layout.render(ui, page));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Vary", "Accept, Cookie, Accept-Language");
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response()
                    .putHeader("Content-Length", Integer.toString(html.length()))
                    .end();
        } else {
            ctx.response().end(html);
        }
    }

    /** Answers 404 with a page that says what was not found and where to look. */
    void notFound(RoutingContext ctx, Ui ui) {
        send(
                ctx,
                404,
                ui,
                PageContent.of(
                        ui.t("notfound.title"),
                        "",
                        Templates.of("pages/notFound.jte", Map.of("ui", ui, "path", ctx.normalizedPath()))));
    }
}
