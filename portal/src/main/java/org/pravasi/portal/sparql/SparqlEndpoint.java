package org.pravasi.portal.sparql;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.pravasi.registry.api.Problems;
import org.pravasi.registry.store.Store;

/**
 * The public SPARQL 1.1 Protocol endpoint ({@code GET/POST /sparql}): query only, over the union of current
 * data; a query timeout and a result cap; {@code SERVICE} refused unless enabled.
 */
public final class SparqlEndpoint {
    /** Largest accepted query text. */
    public static final int MAX_QUERY_BYTES = 64 * 1024;

    private final Store store;
    private final WorkerExecutor workers;
    private final long timeoutMs;
    private final int resultCap;
    private final boolean allowService;

    /** Creates the endpoint over the store. */
    public SparqlEndpoint(Store store, WorkerExecutor workers, long timeoutMs, int resultCap, boolean allowService) {
        this.store = store;
        this.workers = workers;
        this.timeoutMs = timeoutMs;
        this.resultCap = resultCap;
        this.allowService = allowService;
    }

    /** Adds {@code GET /sparql} (with {@code query=}) and {@code POST /sparql} (form or {@code application/sparql-query}). */
    public void mount(Router router) {
        router.get("/sparql").handler(ctx -> {
            String q = ctx.request().getParam("query");
            if (q == null) {
                ctx.next();
                return;
            }
            execute(ctx, q);
        });
        router.post("/sparql").handler(BodyHandler.create(false).setBodyLimit(MAX_QUERY_BYTES)).handler(this::post);
    }

    private void post(RoutingContext ctx) {
        String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase();
        if (type.startsWith("application/sparql-update") || ctx.request().getFormAttribute("update") != null) {
            refuseUpdate(ctx);
            return;
        }
        String q = type.startsWith("application/sparql-query") ? ctx.body().asString() : ctx.request().getFormAttribute("query");
        if (q == null || q.isBlank()) {
            Problems.send(ctx, 400, "No query", "Send the query as 'query=' (GET or form POST) or as an application/sparql-query body.");
            return;
        }
        execute(ctx, q);
    }

    private void execute(RoutingContext ctx, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                refuseUpdate(ctx);
            } else {
                Problems.send(ctx, 400, "Query syntax error", e.getMessage() + " — check the query near that line and column.");
            }
            return;
        }
        if (!allowService && usesService(query)) {
            Problems.send(ctx, 400, "SERVICE not allowed", "This endpoint does not call other SPARQL services (federated SERVICE is disabled). "
                    + "Run federated queries from your own client, or ask the operator to start the portal with --allow-service.");
            return;
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > resultCap)) {
            query.setLimit(resultCap);
        }
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        workers.<Answer>executeBlocking(() -> run(query, format, accept), false)
                .onSuccess(a -> ctx.response().putHeader("Content-Type", a.contentType())
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader("X-Result-Cap", Integer.toString(resultCap))
                        .end(Buffer.buffer(a.body())))
                .onFailure(e -> {
                    if (e instanceof QueryCancelledException) {
                        Problems.send(ctx, 503, "Query timed out", "The query ran longer than " + timeoutMs
                                + " ms and was stopped. Narrow it (add filters on graph, period or area, or a LIMIT) and try again.");
                    } else {
                        ctx.fail(e);
                    }
                });
    }

    private Answer run(Query query, String format, String accept) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS)
                    .set(Service.httpServiceAllowed, allowService).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (query.isSelectType()) {
                    Lang lang = SparqlFormats.results(format, accept);
                    ResultSetFormatter.output(out, qe.execSelect(), lang);
                    return new Answer(type(lang), out.toByteArray());
                }
                if (query.isAskType()) {
                    Lang lang = SparqlFormats.results(format, accept);
                    ResultSetFormatter.output(out, qe.execAsk(), lang);
                    return new Answer(type(lang), out.toByteArray());
                }
                Lang lang = SparqlFormats.graph(format, accept);
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                if (model.size() > resultCap) {
                    throw new IllegalStateException("The result has more than " + resultCap + " triples");
                }
                RDFDataMgr.write(out, model, lang);
                return new Answer(type(lang), out.toByteArray());
            }
        });
    }

    private static String type(Lang lang) {
        String t = lang.getContentType().getContentTypeStr();
        return lang.equals(ResultSetLang.RS_CSV) || lang.equals(ResultSetLang.RS_TSV) || t.startsWith("text/") ? t + "; charset=utf-8" : t;
    }

    private static boolean usesService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuseUpdate(RoutingContext ctx) {
        Problems.send(ctx, 403, "Updates are not allowed", "This SPARQL endpoint is read-only. Data is published through the publishing API with an organisation key.");
    }

    private record Answer(String contentType, byte[] body) {
    }
}
