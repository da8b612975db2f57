package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * The SPARQL query page on {@code GET /sparql} without {@code query=} (the endpoint answers protocol requests):
 * an editor, the prefixes, example queries. The form submits to the endpoint; a small module shows the results
 * as a table instead when scripts run.
 */
final class SparqlPage {
    /** The prefixes listed on the page and used by the examples. */
    static final Map<String, String> PREFIXES = new java.util.LinkedHashMap<>(Map.ofEntries(
            Map.entry("pv", "https://w3id.org/pravasi/def#"), Map.entry("qb", "http://purl.org/linked-data/cube#"),
            Map.entry("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#"),
            Map.entry("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#"), Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dct", "http://purl.org/dc/terms/"), Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"), Map.entry("schema", "http://schema.org/"),
            Map.entry("geo", "http://www.opengis.net/ont/geosparql#"), Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#")));
    /** Longest text accepted for {@code ?edit=}. */
    static final int MAX_EDIT = 64 * 1024;

    private final Responder responder;
    private final List<SparqlExamples.Example> examples;

    SparqlPage(Responder responder, List<SparqlExamples.Example> examples) {
        this.responder = responder;
        this.examples = examples;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        String edit = ctx.request().getParam("edit");
        String example = ctx.request().getParam("example");
        String text = examples.stream().filter(e -> e.file().equals(example)).map(SparqlExamples.Example::query).findFirst()
                .orElse(edit != null && edit.length() <= MAX_EDIT ? edit : examples.isEmpty() ? "SELECT * { ?s ?p ?o } LIMIT 10\n" : examples.getFirst().query());
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<h1>").append(ui.e("sparql.title")).append("</h1>\n<p class=\"lead\">").append(ui.e("sparql.lead")).append("</p>\n")
                .append("<form id=\"sparql-form\" class=\"sparql-form\" action=\"/sparql\" method=\"get\">\n<label for=\"sparql-query\">")
                .append(ui.e("sparql.editor")).append("</label>\n<textarea id=\"sparql-query\" name=\"query\" rows=\"16\" spellcheck=\"false\" autocapitalize=\"off\">")
                .append(Html.escape(text)).append("</textarea>\n<div class=\"form-row\"><label for=\"sparql-format\">").append(ui.e("sparql.format"))
                .append("</label> <select id=\"sparql-format\" name=\"format\"><option value=\"json\">JSON</option><option value=\"csv\">CSV</option>")
                .append("<option value=\"tsv\">TSV</option><option value=\"xml\">XML</option></select> <button type=\"submit\">").append(ui.e("sparql.run"))
                .append("</button></div>\n<p class=\"note\">").append(ui.e("sparql.limits")).append("</p>\n</form>\n")
                .append("<section id=\"sparql-results\" class=\"sparql-results\" aria-live=\"polite\" data-empty=\"").append(ui.e("sparql.noResults"))
                .append("\" data-running=\"").append(ui.e("sparql.running")).append("\" data-rows=\"").append(ui.e("sparql.rows")).append("\"></section>\n");
        sb.append("<section id=\"prefixes\"><h2>").append(ui.e("sparql.prefixes")).append("</h2>\n<pre class=\"query\"><code>");
        PREFIXES.forEach((p, ns) -> sb.append("PREFIX ").append(Html.escape(p)).append(": &lt;").append(Html.escape(ns)).append("&gt;\n"));
        sb.append("</code></pre>\n</section>\n<section id=\"examples\"><h2>").append(ui.e("sparql.examples")).append("</h2>\n");
        for (SparqlExamples.Example e : examples) {
            sb.append("<article class=\"example\"><h3>").append(Html.escape(e.title(ui.lang()))).append("</h3>\n<p>").append(Html.escape(e.description(ui.lang())))
                    .append("</p>\n<pre class=\"query\"><code>").append(Html.escape(e.query())).append("</code></pre>\n<p><a class=\"load-example\" href=\"/sparql?example=")
                    .append(Html.escape(Html.url(e.file()))).append("#sparql-form\">").append(ui.e("sparql.load")).append("</a> · <a href=\"/sparql?format=csv&amp;query=")
                    .append(Html.escape(Html.url(e.query()))).append("\">").append(ui.e("sparql.runCsv")).append("</a></p></article>\n");
        }
        sb.append("</section>\n");
        responder.send(ctx, 200, ui, new PageContent(ui.t("sparql.title"), "sparql", "", List.of("sparql.js"), sb.toString()));
    }
}
