package org.pravasi.portal.apidocs;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.pravasi.portal.pages.Layout;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.api.ApiDescription;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api-docs}: how to use the API, with the examples of the description in curl, Python and R as plain HTML
 * (readable without scripts), and the full reference drawn by Swagger UI, served from its WebJar (no CDN; the page's
 * scripts are files, as the Content-Security-Policy asks).
 */
public final class ApiDocsPage {
    /** The page. */
    public static final String PATH = "/api-docs";
    /** Where Swagger UI's files are served. */
    public static final String SWAGGER_UI = "/webjars/swagger-ui/";
    /** How long browsers may keep Swagger UI's files (the path changes with the WebJar only on upgrade). */
    public static final int WEBJAR_MAX_AGE_SECONDS = 86400;

    private final Map<String, List<CodeSample>> examples = new LinkedHashMap<>();
    private final Pages pages;

    /** Creates the page over the served {@code description}, laid out like every other page. */
    public ApiDocsPage(ApiDescription description, Pages pages) {
        JsonNode document = description.document();
        for (String operation : List.of("search", "datasetData", "map", "publishDataset")) {
            examples.put(operation, CodeSample.of(document, operation));
        }
        this.pages = pages;
    }

    /** Adds the page and Swagger UI's files. */
    public void mount(Router router) {
        router.get(PATH).handler(this::page);
        router.get(SWAGGER_UI + "*")
                .handler(StaticHandler.create("META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion())
                        .setMaxAgeSeconds(WEBJAR_MAX_AGE_SECONDS));
    }

    private void page(RoutingContext ctx) {
        Ui ui = Ui.of(ctx, pages.messages());
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .end(Layout.render(
                        ui,
                        new PageContent(
                                ui.t("apidocs.title"),
                                "",
                                Templates.of("apidocs/head.jte", Map.of("swaggerUi", SWAGGER_UI)),
                                List.of(),
                                Templates.of(
                                        "apidocs/page.jte",
                                        Map.of("ui", ui, "examples", examples, "document", ApiDescription.PATH)))));
    }

    /** The Swagger UI version the WebJar on the class path carries. */
    static String swaggerUiVersion() {
        try (InputStream in = ApiDocsPage.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The Swagger UI WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
