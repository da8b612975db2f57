package org.pravasi.portal.map;

import io.vertx.core.MultiMap;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.pravasi.portal.web.Revalidated;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;

/** {@code GET /api/map/indicators} and {@code GET /api/map}: the map's JSON API. */
final class MapApi {
    /** The parameter choosing JSON (the default) or CSV. */
    static final String FORMAT = "format";
    /** The parameter choosing every district (the default) or only those with data. */
    static final String DISTRICTS = "districts";
    /** The parameter choosing the language of the period's label and of the CSV's names. */
    static final String LANG = "lang";

    private final MapService service;
    private final WorkerExecutor workers;

    MapApi(MapService service, WorkerExecutor workers) {
        this.service = service;
        this.workers = workers;
    }

    void mount(Router router) {
        router.get("/api/map/indicators").handler(this::indicators);
        router.get("/api/map").handler(this::map);
    }

    private void indicators(RoutingContext ctx) {
        workers.executeBlocking(() -> Json.MAPPER.writeValueAsString(Map.of("indicators", service.indicators())), false)
                .onSuccess(json -> send(ctx, json, null))
                .onFailure(ctx::fail);
    }

    private void map(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        workers.executeBlocking(() -> answer(params), false)
                .onSuccess(a -> {
                    if (a.problem() != null) {
                        ctx.fail(new ProblemException(
                                a.status(), a.status() == 404 ? "Unknown dataset" : "Bad map request", a.problem()));
                    } else if (a.csv() != null) {
                        ctx.response()
                                .putHeader("Content-Disposition", "attachment; filename=\"" + a.fileName() + "\"")
                                .putHeader("Access-Control-Allow-Origin", "*");
                        Revalidated.send(ctx, "text/csv; charset=utf-8", a.csv());
                    } else {
                        send(ctx, a.json(), a.hit() ? "hit" : "miss");
                    }
                })
                .onFailure(ctx::fail);
    }

    /** Why {@code lang} is refused by {@code where}, and what to give instead. */
    static String unknownLanguage(String lang, String where) {
        return "'" + lang + "' is not a language of " + where + ": use lang=en (English, the default) or lang=hi"
                + " (Hindi).";
    }

    private Answer answer(MultiMap params) {
        String lang = params.get(LANG) == null ? "en" : params.get(LANG).strip();
        if (!MapTexts.LANGUAGES.contains(lang)) {
            return new Answer(400, null, unknownLanguage(lang, "/api/map"), false, null, null);
        }
        String format = params.get(FORMAT) == null ? "json" : params.get(FORMAT).strip();
        if (!format.equals("json") && !format.equals("csv")) {
            return new Answer(
                    400,
                    null,
                    "'" + format + "' is not a format of /api/map: use format=json (the default)" + " or format=csv.",
                    false,
                    null,
                    null);
        }
        Resolution r = service.resolve(MapRequest.from(params, MapRequest.RESERVED), false);
        if (r.selection().isEmpty()) {
            return new Answer(r.unknownDataset() ? 404 : 400, null, String.join(" ", r.problems()), false, null, null);
        }
        String districts =
                params.get(DISTRICTS) == null ? "all" : params.get(DISTRICTS).strip();
        if (!districts.equals("all") && !districts.equals("data")) {
            return new Answer(
                    400,
                    null,
                    "'" + districts + "' is not a choice of districts: use districts=all (the"
                            + " default, every district) or districts=data (those with a figure or a withheld one).",
                    false,
                    null,
                    null);
        }
        Selection s = r.selection().get();
        if (format.equals("csv")) {
            MapResult result = service.map(s);
            String state =
                    params.get("state") == null ? "" : params.get("state").strip();
            return new Answer(200, null, null, false, MapCsv.write(result, state, lang), MapCsv.fileName(result));
        }
        boolean hit = service.cached(s, lang);
        if (districts.equals("data")) {
            // The map's script needs only these (it names the others from the boundaries): a ninth of the bytes.
            MapResult all = service.map(s);
            MapResult withData = new MapResult(
                    all.source(),
                    all.period().in(lang),
                    all.filters(),
                    new MapResult.Areas(
                            all.districts().stream()
                                    .filter(d -> d.status() != Status.NODATA)
                                    .toList(),
                            all.quantiles(),
                            all.parents()),
                    all.threshold(),
                    all.illustrative());
            return new Answer(200, Json.MAPPER.writeValueAsString(withData), null, hit, null, null);
        }
        return new Answer(200, service.mapJson(s, lang), null, hit, null, null);
    }

    private static void send(RoutingContext ctx, String json, String cache) {
        var response = ctx.response().putHeader("Access-Control-Allow-Origin", "*");
        if (cache != null) {
            response.putHeader("X-Map-Cache", cache);
        }
        Revalidated.send(ctx, "application/json; charset=utf-8", json);
    }

    private record Answer(int status, String json, String problem, boolean hit, String csv, String fileName) {}
}
