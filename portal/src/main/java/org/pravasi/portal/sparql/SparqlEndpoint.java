package org.pravasi.portal.sparql;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.pravasi.registry.sparql.QueryRefusedException;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.ClientShare;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.ProblemHandler;
import org.pravasi.registry.web.Requests;

/**
 * The public SPARQL 1.1 Protocol endpoint ({@code GET/POST /sparql}): queries only, over the union of current data,
 * with a query timeout, a result cap, a byte budget for each answer and {@code SERVICE} refused unless enabled. Errors
 * are problem details.
 */
public final class SparqlEndpoint {
    /** Largest accepted query text (and form body), in bytes. */
    public static final int MAX_QUERY_BYTES = 64 * 1024;
    /** Queries one client address may have running or waiting at once (when SPARQL rate limits are on). */
    public static final int MAX_QUERIES_PER_CLIENT = 2;
    /**
     * How long past the query timeout the answer may take at most: then the client gets the 503 whatever the query
     * does.
     */
    public static final long GRACE_MS = 500;
    /**
     * Threads running queries: a pool of their own, so that slow queries never hold up pages, downloads or publishing.
     */
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
    private final ClientSlots slots;

    /**
     * Creates the endpoint over the store; queries run on {@code workers}, at most {@code perClient} at once per client
     * address ({@code 0} = no limit, e.g. {@link #MAX_QUERIES_PER_CLIENT}); an answer over {@code resultBytes} is
     * refused.
     */
    public SparqlEndpoint(
            Store store,
            WorkerExecutor workers,
            long timeoutMs,
            int resultCap,
            long resultBytes,
            boolean allowService,
            int perClient) {
        this.workers = workers;
        this.runner = new QueryRunner(store, timeoutMs, resultCap, resultBytes, allowService);
        this.timeoutMs = timeoutMs;
        this.resultCap = resultCap;
        this.allowService = allowService;
        this.slots = new ClientSlots(perClient);
    }

    /**
     * The named worker pool for queries ({@value #WORKERS} threads); a task may run as long as the longest query
     * timeout allows.
     */
    public static WorkerExecutor workers(Vertx vertx, long timeoutMs) {
        return vertx.createSharedWorkerExecutor(
                "pravasi-sparql", WORKERS, timeoutMs + TimeUnit.MINUTES.toMillis(1), TimeUnit.MILLISECONDS);
    }

    /**
     * Adds {@code GET /sparql?query=} and {@code POST /sparql} (form or {@code application/sparql-query}); a bare GET
     * passes on to the query page.
     */
    public void mount(Router router) {
        router.get("/sparql").handler(ctx -> {
            MultiMap params = ctx.request().params();
            if (params.contains("update")) {
                throw SparqlProblems.refuseUpdate();
            } else if (params.contains("query")) {
                execute(ctx, params.get("query"), params);
            } else {
                ctx.next();
            }
        });
        router.post("/sparql")
                .handler(BodyHandler.create(false).setBodyLimit(MAX_QUERY_BYTES))
                .handler(this::post)
                .failureHandler(ProblemHandler.create(SparqlProblems.tooLarge()));
    }

    private void post(RoutingContext ctx) {
        String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            throw SparqlProblems.refuseUpdate();
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            MultiMap form = ctx.request().formAttributes();
            if (form.contains("update")) {
                throw SparqlProblems.refuseUpdate();
            } else {
                MultiMap params = MultiMap.caseInsensitiveMultiMap()
                        .addAll(ctx.request().params())
                        .addAll(form);
                execute(ctx, form.get("query"), params);
            }
        } else if (type.startsWith("application/sparql-query")) {
            execute(ctx, ctx.body().asString(), ctx.request().params());
        } else {
            throw new ProblemException(
                    415,
                    "Unsupported request type",
                    "POST the query as application/sparql-query, or as the form field "
                            + "'query' in application/x-www-form-urlencoded (SPARQL 1.1 Protocol); got Content-Type "
                            + type + ".");
        }
    }

    private void execute(RoutingContext ctx, String text, MultiMap params) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(
                    400,
                    "No query",
                    "Send the query as 'query=' (GET or form POST) or as an application/sparql-query body.");
        }
        Query query;
        boolean service;
        try {
            // SPARQL 1.1 as the Recommendation defines it, not Jena's default ARQ syntax: its extensions (path
            // repetition p{n}, LATERAL, LET, FOLD) are unbounded work the limits were not written for
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            service = QueryGuard.usesService(query);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError || e.getMessage() == null) {
                // ARQ's parser turns a StackOverflowError into a parse exception without a message
                throw SparqlProblems.tooDeep();
            } else if (QueryGuard.isUpdate(text)) {
                throw SparqlProblems.refuseUpdate();
            } else {
                throw new ProblemException(
                        400,
                        "Query syntax error",
                        String.valueOf(e.getMessage()).strip() + " — check the query near that line and column.");
            }
        } catch (StackOverflowError e) {
            throw SparqlProblems.tooDeep();
        }
        if (!allowService && service) {
            throw new ProblemException(
                    400,
                    "SERVICE not allowed",
                    "This endpoint does not call other SPARQL services (federated SERVICE is off). "
                            + "Run federated queries from your own client, or ask the operator to start the portal with --allow-service.");
        }
        List<Lang> offered = query.isSelectType() || query.isAskType() ? SparqlFormats.RESULTS : SparqlFormats.GRAPHS;
        Lang lang;
        // format= wins over Accept; output= is Fuseki's (and SPARQLWrapper's) name for it
        String format = params.contains("format") ? params.get("format") : params.get("output");
        switch (SparqlFormats.choose(format, ctx.request().getHeader("Accept"), offered)) {
            case SparqlFormats.Chosen c -> lang = c.lang();
            case SparqlFormats.UnknownFormat u -> {
                throw new ProblemException(
                        400,
                        "Unknown format",
                        "format=" + u.format() + " is not a format this endpoint knows; use one of "
                                + SparqlFormats.describe(u.offered()) + ".");
            }
        }
        DatasetDescription graphs =
                DatasetDescription.create(params.getAll("default-graph-uri"), params.getAll("named-graph-uri"));
        String client = Requests.client(ctx);
        if (!slots.take(client)) {
            throw SparqlProblems.tooMany(slots.perClient(), Math.max(1, TimeUnit.MILLISECONDS.toSeconds(timeoutMs)));
        }
        // Bounded by its own slots and timeout: the query no longer keeps its client's pages waiting.
        ClientShare.leave(ctx);
        // the answer is due by the timeout plus a grace period, whatever the query thread is doing
        long guard = ctx.vertx().setTimer(timeoutMs + GRACE_MS, id -> timedOut(ctx));
        workers.<QueryRunner.Answer>executeBlocking(() -> run(query, graphs, lang), false)
                .onComplete(r -> {
                    slots.release(client);
                    ctx.vertx().cancelTimer(guard);
                    if (ctx.response().ended() || ctx.response().headWritten()) {
                        return;
                    }
                    if (r.succeeded()) {
                        if (format != null && SparqlFormats.SPREADSHEET.contains(lang)) {
                            // a link or form asking for CSV or TSV by name is a download, not a page to show
                            String extension = lang.getFileExtensions().getFirst();
                            ctx.response()
                                    .putHeader(
                                            "Content-Disposition",
                                            "attachment; filename=\"query-results." + extension + "\"");
                        }
                        ctx.response()
                                .putHeader("Content-Type", SparqlFormats.contentType(lang))
                                .putHeader("Vary", "Accept")
                                .putHeader("Access-Control-Allow-Origin", "*")
                                .putHeader(CAP_HEADER, Integer.toString(resultCap))
                                .putHeader(
                                        TRUNCATED_HEADER,
                                        Boolean.toString(r.result().truncated()))
                                .end(r.result().body());
                    } else {
                        ctx.fail(SparqlProblems.failed(r.cause(), timeoutMs));
                    }
                });
    }

    private QueryRunner.Answer run(Query query, DatasetDescription graphs, Lang lang) {
        try {
            return runner.run(query, graphs, lang);
        } catch (StackOverflowError e) {
            // planning or evaluating a deeply nested query; the stack has unwound, the thread is fine
            throw new QueryRefusedException(SparqlProblems.DEEP);
        }
    }

    private void timedOut(RoutingContext ctx) {
        if (!ctx.response().ended() && !ctx.response().headWritten()) {
            ctx.fail(SparqlProblems.failed(new QueryCancelledException(), timeoutMs));
        }
    }
}
