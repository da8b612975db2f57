package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * The SPARQL query page on {@code GET /sparql} without {@code query=} (the endpoint answers protocol requests): an
 * editor, the prefixes, example queries. The form submits to the endpoint; a small module shows the results as a table
 * instead when scripts run.
 */
final class SparqlPage {
    /** The prefixes listed on the page and used by the examples. */
    static final Map<String, String> PREFIXES = new java.util.LinkedHashMap<>(Map.ofEntries(
            Map.entry("pv", "https://w3id.org/pravasi/def#"),
            Map.entry("qb", "http://purl.org/linked-data/cube#"),
            Map.entry("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#"),
            Map.entry("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("schema", "http://schema.org/"),
            Map.entry("geo", "http://www.opengis.net/ont/geosparql#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
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
        String text = examples.stream()
                .filter(e -> e.file().equals(example))
                .map(SparqlExamples.Example::query)
                .findFirst()
                .orElse(
                        edit != null && edit.length() <= MAX_EDIT
                                ? edit
                                : examples.isEmpty()
                                        ? "SELECT * { ?s ?p ?o } LIMIT 10\n"
                                        : examples.getFirst().query());
        responder.send(
                ctx,
                200,
                ui,
                new PageContent(
                        ui.t("sparql.title"),
                        "sparql",
                        PageContent.NONE,
                        List.of("sparql.js"),
                        Templates.of("pages/sparql.jte", Map.of("ui", ui, "text", text, "examples", examples))));
    }
}
