package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.pravasi.portal.security.SecurityHeaders;
import org.pravasi.portal.web.Assets;
import org.pravasi.registry.web.Json;

/**
 * The SPARQL query page on {@code GET /sparql} without {@code query=} (the endpoint answers protocol requests): an
 * editor, the prefixes, example queries (collapsed). The form submits to the endpoint; when scripts run, a small module
 * turns the text area into YASQE (syntax highlighting, prefixes) and shows the results in YASR, both from the YASGUI
 * WebJar served under {@value #WEBJAR_PATH}.
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
    /** The prefixes as prefix.cc writes them ({@code {"pv": "https://…#"}}), for the editor's prefix completion. */
    static final String PREFIXES_PATH = "/sparql/prefixes.json";
    /** Where the YASGUI WebJar's files are served. */
    static final String WEBJAR_PATH = "/webjars/yasgui/";
    /** Where the WebJar keeps them on the class path. */
    static final String WEBJAR_RESOURCES = "META-INF/resources/webjars/zazuko__yasgui";
    /** The version to name when the WebJar's own pom.properties cannot be read. */
    static final String DEFAULT_YASGUI_VERSION = "4.5.0";

    /**
     * The one inline style the page allows: the column-resizer of YASR's table adds this fixed {@code <style>} (its
     * grip rules) to the page. Allowing it by its hash keeps {@code style-src} closed to every other inline style.
     * Changes only with the pinned YASGUI version; SparqlEditorIT fails on any blocked style.
     */
    static final String YASR_GRIP_STYLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";
    /** The portal's policy with that one style allowed. */
    static final String POLICY = SecurityHeaders.CSP.replace("style-src 'self'", "style-src 'self' " + YASR_GRIP_STYLE)
            + "; frame-ancestors 'none'";

    /** Longest text accepted for {@code ?edit=}. */
    static final int MAX_EDIT = 64 * 1024;

    private final Responder responder;
    private final List<SparqlExamples.Example> examples;
    private final String editor;
    private final String prefixes;

    SparqlPage(Responder responder, List<SparqlExamples.Example> examples) {
        this.responder = responder;
        this.examples = examples;
        String script = Assets.url(WEBJAR_PATH + yasguiVersion() + "/build/yasgui.min.js");
        this.editor = script.substring(0, script.length() - "yasgui.min.js".length());
        this.prefixes = Json.MAPPER.writeValueAsString(PREFIXES);
    }

    /** The YASGUI version the WebJar on the class path carries. */
    static String yasguiVersion() {
        try (InputStream in = SparqlPage.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
            if (in == null) {
                return DEFAULT_YASGUI_VERSION;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", DEFAULT_YASGUI_VERSION);
        } catch (IOException e) {
            return DEFAULT_YASGUI_VERSION;
        }
    }

    /** Answers {@link #PREFIXES_PATH}. */
    void prefixes(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "public, max-age=" + Pages.STATIC_MAX_AGE_SECONDS)
                .end(prefixes);
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
        ctx.response().putHeader("Content-Security-Policy", POLICY);
        responder.send(
                ctx,
                200,
                ui,
                new PageContent(
                        ui.t("sparql.title"),
                        "sparql",
                        PageContent.NONE,
                        List.of("sparql.js"),
                        Templates.of(
                                "pages/sparql.jte",
                                Map.of(
                                        "ui",
                                        ui,
                                        "text",
                                        text,
                                        "examples",
                                        examples,
                                        "editor",
                                        editor,
                                        "prefixes",
                                        prefixes))));
    }
}
