package org.pravasi.portal.sparql;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.pravasi.registry.api.Problems;
import org.pravasi.registry.store.Store;

/**
 * The public SPARQL 1.1 Protocol endpoint ({@code GET/POST /sparql}): queries only, over the union of current
 * data, with a query timeout, a result cap and {@code SERVICE} refused unless enabled. Errors are problem details.
 */
public final class SparqlEndpoint {
    /** Largest accepted query text (and form body). */
    public static final int MAX_QUERY_BYTES = 64 * 1024;
    /** Threads running queries: a pool of their own, so that slow queries never hold up pages, downloads or publishing. */
    public static final int WORKERS = 4;
    /** Response header: the result cap in force. */
    public static final String CAP_HEADER = "X-Result-Cap";
    /** Response header: {@code true} when rows or triples beyond the cap were cut off. */
    public static final String TRUNCATED_HEADER = "X-Result-Truncated";

    private final WorkerExecutor workers;
    private final QueryRunner runner;
    private final long timeoutMs;
    private final int resultCap;
    private final boolean allowService;

    /** Creates the endpoint over the store; queries run on {@code workers}. */
    public SparqlEndpoint(Store store, WorkerExecutor workers, long timeoutMs, int resultCap, boolean allowService) {
        this.workers = workers;
        this.runner = new QueryRunner(store, timeoutMs, resultCap, allowService);
        this.timeoutMs = timeoutMs;
        this.resultCap = resultCap;
        this.allowService = allowService;
    }

    /** The named worker pool for queries ({@value #WORKERS} threads); a task may run as long as the longest query timeout allows. */
    public static WorkerExecutor workers(Vertx vertx, long timeoutMs) {
        return vertx.createSharedWorkerExecutor("pravasi-sparql", WORKERS, timeoutMs + TimeUnit.MINUTES.toMillis(1), TimeUnit.MILLISECONDS);
    }

    /** Adds {@code GET /sparql?query=} and {@code POST /sparql} (form or {@code application/sparql-query}); a bare GET passes on to the query page. */
    public void mount(Router router) {
        router.get("/sparql").handler(ctx -> {
            MultiMap params = ctx.request().params();
            if (params.contains("update")) {
                refuseUpdate(ctx);
            } else if (params.contains("query")) {
                execute(ctx, params.get("query"), params);
            } else {
                ctx.next();
            }
        });
        router.post("/sparql").handler(BodyHandler.create(false).setBodyLimit(MAX_QUERY_BYTES)).handler(this::post);
    }

    private void post(RoutingContext ctx) {
        String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            refuseUpdate(ctx);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            MultiMap form = ctx.request().formAttributes();
            if (form.contains("update")) {
                refuseUpdate(ctx);
            } else {
                MultiMap params = MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().params()).addAll(form);
                execute(ctx, form.get("query"), params);
            }
        } else if (type.startsWith("application/sparql-query")) {
            execute(ctx, ctx.body().asString(), ctx.request().params());
        } else {
            Problems.send(ctx, 415, "Unsupported request type", "POST the query as application/sparql-query, or as the form field "
                    + "'query' in application/x-www-form-urlencoded (SPARQL 1.1 Protocol); got Content-Type " + type + ".");
        }
    }

    private void execute(RoutingContext ctx, String text, MultiMap params) {
        if (text == null || text.isBlank()) {
            Problems.send(ctx, 400, "No query", "Send the query as 'query=' (GET or form POST) or as an application/sparql-query body.");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            if (QueryGuard.isUpdate(text)) {
                refuseUpdate(ctx);
            } else {
                Problems.send(ctx, 400, "Query syntax error", e.getMessage() + " — check the query near that line and column.");
            }
            return;
        }
        if (!allowService && QueryGuard.usesService(query)) {
            Problems.send(ctx, 400, "SERVICE not allowed", "This endpoint does not call other SPARQL services (federated SERVICE is off). "
                    + "Run federated queries from your own client, or ask the operator to start the portal with --allow-service.");
            return;
        }
        List<Lang> offered = query.isSelectType() || query.isAskType() ? SparqlFormats.RESULTS : SparqlFormats.GRAPHS;
        Lang lang;
        switch (SparqlFormats.choose(params.get("format"), ctx.request().getHeader("Accept"), offered)) {
            case SparqlFormats.Chosen c -> lang = c.lang();
            case SparqlFormats.UnknownFormat u -> {
                Problems.send(ctx, 400, "Unknown format", "format=" + u.format() + " is not offered for this query; use one of "
                        + SparqlFormats.describe(u.offered()) + ".");
                return;
            }
            case SparqlFormats.NotAcceptable n -> {
                ctx.response().putHeader("Vary", "Accept");
                Problems.send(ctx, 406, "Not acceptable", "None of the types in the Accept header is offered for this query; ask for one of "
                        + SparqlFormats.describe(n.offered()) + ", or add format=.");
                return;
            }
        }
        DatasetDescription graphs = DatasetDescription.create(params.getAll("default-graph-uri"), params.getAll("named-graph-uri"));
        workers.<QueryRunner.Answer>executeBlocking(() -> runner.run(query, graphs, lang), false)
                .onSuccess(a -> ctx.response().putHeader("Content-Type", SparqlFormats.contentType(lang))
                        .putHeader("Vary", "Accept")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader(CAP_HEADER, Integer.toString(resultCap))
                        .putHeader(TRUNCATED_HEADER, Boolean.toString(a.truncated()))
                        .end(Buffer.buffer(a.body())))
                .onFailure(e -> fail(ctx, e));
    }

    private void fail(RoutingContext ctx, Throwable e) {
        if (e instanceof QueryCancelledException) {
            Problems.send(ctx, 503, "Query timed out", "The query ran longer than the endpoint's timeout of " + timeoutMs
                    + " ms and was stopped. Narrow it (filter on dataset, period or area, avoid unbound cross products) and try again.");
        } else if (e instanceof QueryExecException) {
            Problems.send(ctx, 400, "Query failed", e.getMessage());
        } else {
            ctx.fail(e);
        }
    }

    private static void refuseUpdate(RoutingContext ctx) {
        Problems.send(ctx, 403, "Updates are not allowed", "This SPARQL endpoint is read-only: SPARQL Update is refused. "
                + "Organisations publish through the publishing API (POST /api/datasets) with their API key.");
    }
}
