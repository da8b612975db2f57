package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.pages.PageAssertions.all;
import static org.pravasi.portal.pages.PageAssertions.noInlineScript;
import static org.pravasi.portal.pages.PageAssertions.okPage;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.web.Assets;

@DisplayName("The public pages of the demo portal")
class PagesTest {
    private static final String DATASET = "/id/dataset/mrc-alliance/violations-by-district-quarter";
    private static final String STORY = "/id/story/mrc-alliance/unpaid-wages-labour-department-complaint";

    private static DemoPortal portal() {
        return DemoPortal.shared();
    }

    private static String page(String path) {
        return okPage(portal().get(path, "text/html"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/datasets",
                "/organisations",
                "/stories",
                "/search",
                "/search?q=wages",
                "/about",
                "/sparql",
                DATASET,
                "/id/org/mrc-alliance",
                STORY,
                "/id/district/201",
                "/code/theme",
                "/code/theme/wages",
                "/def",
                "/id/period/2024-Q1",
                "/catalog"
            })
    @DisplayName("answers 200 with the shared layout, the security headers and no inline script")
    void pagesAnswer(String path) {
        String html = page(path);
        assertTrue(html.startsWith("<!doctype html>"), path);
        assertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">"), path);
        assertTrue(html.contains("<main id=\"main\""), path);
        assertTrue(html.contains("href=\"" + Assets.url("/static/style.css") + "\""), path);
        noInlineScript(html);
    }

    @Test
    @DisplayName("every headline figure on the home page links to its dataset and its organisation")
    void homeFiguresLinkToSources() {
        String html = page("/");
        List<String> figures = all("<li class=\"figure\">(.*?)</li>", html);
        assertTrue(figures.size() >= 4, "figures: " + figures.size());
        for (String f : figures) {
            assertTrue(f.matches("(?s).*<a class=\"dataset-link\" href=\"/id/dataset/[a-z0-9-]+/[a-z0-9-]+\">.*"), f);
            assertTrue(f.matches("(?s).*<a class=\"org-link\" href=\"/id/org/[a-z0-9-]+\">.*"), f);
        }
        assertTrue(html.contains("id=\"q\""), "search box");
        assertTrue(html.contains("href=\"/map\""), "map link");
        assertTrue(html.contains("class=\"district-link\""), "districts listed beside the map");
    }

    @Test
    @DisplayName("?lang=hi switches to Hindi and remembers it in a cookie; the cookie alone keeps Hindi")
    void hindiSwitchIsRemembered() {
        HttpResponse<String> r = portal().get("/datasets?lang=hi", "text/html");
        String html = okPage(r);
        assertTrue(html.contains("<html lang=\"hi\">"));
        assertTrue(html.contains("<h1>डेटासेट</h1>"), "Hindi heading");
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lang=hi"))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("Path=/"), cookie);
        HttpResponse<String> again = portal().send(
                        HttpRequest.newBuilder(portal().uri("/about"))
                                .header("Cookie", "lang=hi")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(okPage(again).contains("<html lang=\"hi\">"));
        assertTrue(again.body().contains("lang=\"en\" hreflang=\"en\">English</a>"), "switch back to English");
        assertTrue(
                page("/about").contains("<a href=\"/about?lang=hi\" lang=\"hi\" hreflang=\"hi\">"), "switch to Hindi");
    }

    @Test
    @DisplayName(
            "the dataset page has metadata, chart, table, downloads, versions, provenance, SPARQL and schema.org JSON-LD")
    void datasetPage() {
        String html = page(DATASET);
        assertTrue(html.contains("<h1>Rights violations recorded by district, quarter and violation type</h1>"));
        assertTrue(html.contains("rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\""));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""));
        assertTrue(html.contains("<td class=\"num suppressed\">suppressed</td>"), "suppressed cells say so");
        assertTrue(html.contains("<a class=\"download\" data-format=\"csv\" href=\"" + DATASET + "/download.csv\">"));
        assertTrue(html.contains("class=\"version-link\" href=\"" + DATASET + "/v1\""));
        assertTrue(html.contains("Disclosure threshold (k)"));
        assertTrue(html.contains("href=\"/sparql?edit="));
        assertTrue(
                html.contains("class=\"chart\" viewBox") && html.contains("aria-labelledby=\"chart-category-title"),
                "chart by violation type");
        String json = all("<script type=\"application/ld\\+json\">(.*?)</script>", html)
                .getFirst();
        // The page uses the standard schema.org context; tests run offline, so the context is given inline here.
        String offline = json.replace(
                "\"@context\":\"https://schema.org/\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(offline)).lang(Lang.JSONLD).parse(m);
        var ds = m.createResource("https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter");
        assertTrue(m.contains(ds, RDF.type, m.createResource("https://schema.org/Dataset")), json);
        assertTrue(m.contains(ds, ResourceFactory.createProperty("https://schema.org/name")), json);
        assertTrue(m.contains(ds, ResourceFactory.createProperty("https://schema.org/license")), json);
        assertTrue(m.contains(ds, ResourceFactory.createProperty("https://schema.org/distribution")), json);
    }

    @Test
    @DisplayName("the download links of the dataset page work")
    void downloadsWork() {
        String html = page(DATASET);
        for (String href : all("<a class=\"download\" data-format=\"[a-z.-]+\" href=\"([^\"]+)\"", html)) {
            assertEquals(200, portal().get(href).statusCode(), href);
        }
    }

    @Test
    @DisplayName("entity URIs still answer RDF when asked, and HTML otherwise")
    void contentNegotiationKeepsWorking() {
        var ttl = portal().get(DATASET, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(portal().get("/code/theme/wages", "").body().contains("<html"));
    }

    @Test
    @DisplayName("the story page renders the Markdown body")
    void storyPage() {
        String html = page(STORY);
        assertTrue(html.contains("<div class=\"story-body\">\n<p>"), html);
        assertTrue(html.contains("class=\"org-link\" href=\"/id/org/mrc-alliance\""));
        assertTrue(html.contains("href=\"/id/district/201\""));
    }

    @Test
    @DisplayName("the organisation page lists centres, datasets and stories")
    void organisationPage() {
        String html = page("/id/org/mrc-alliance");
        assertTrue(html.contains("Katihar Migrant Rights Centre"));
        assertTrue(html.contains("class=\"dataset-link\" href=\"" + DATASET + "\""));
        assertTrue(html.contains("class=\"story-link\" href=\"" + STORY + "\""));
    }

    @Test
    @DisplayName(
            "the district profile shows figures from several datasets, each linked to dataset and organisation, and the stories")
    void districtProfile() {
        String html = page("/id/district/201");
        List<String> sections = all("<article class=\"indicator\"[^>]*>(.*?)</article>", html);
        assertTrue(sections.size() >= 2, "indicators: " + sections.size());
        for (String s : sections) {
            assertTrue(s.contains("class=\"dataset-link\""), s);
            assertTrue(s.contains("class=\"org-link\""), s);
        }
        assertTrue(html.contains("class=\"story-link\" href=\"" + STORY + "\""));
        assertTrue(html.contains("Katihar Migrant Rights Centre"));
    }

    @Test
    @DisplayName("the search page shows hits, facets with counts, and rejects bad parameters with 400")
    void searchPage() {
        String html = page("/search?q=" + URLEncoder.encode("wage", StandardCharsets.UTF_8));
        assertTrue(html.contains("value=\"wage\""));
        assertTrue(html.contains("<li class=\"hit\">"), "hits");
        assertTrue(html.matches("(?s).*<ul class=\"facet\" data-facet=\"type\">.*\\(\\d+\\).*"), "facet counts");
        String filtered = page("/search?q=wage&type=dataset");
        assertTrue(filtered.contains("aria-current=\"true\" class=\"on\""), "selected facet marked");
        assertFalse(
                all("<span class=\"badge\">([^<]+)</span>", filtered).stream().anyMatch(b -> !b.equals("Dataset")),
                "only datasets");
        var bad = portal().get("/search?page=0", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("page must be"));
    }

    @Test
    @DisplayName("the SPARQL page lists prefixes and examples, and the endpoint still answers protocol requests")
    void sparqlPage() {
        String html = page("/sparql");
        assertTrue(html.contains("<textarea id=\"sparql-query\" name=\"query\""));
        assertTrue(html.contains("PREFIX pv: &lt;https://w3id.org/pravasi/def#&gt;"));
        assertTrue(html.contains("<details class=\"example\""));
        assertTrue(html.contains("src=\"" + Assets.url("/static/sparql.js") + "\""));
        var r = portal().get(
                        "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                        "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"boolean\""));
    }

    @Test
    @DisplayName("unknown pages and entities answer a 404 page")
    void notFound() {
        for (String path : List.of(
                "/no-such-page",
                "/id/dataset/mrc-alliance/no-such-dataset",
                "/id/org/nobody",
                "/id/story/x/y",
                "/id/district/999999",
                "/code/theme/no-such-theme")) {
            var r = portal().get(path, "text/html");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>Page not found</h1>"), path);
            PageAssertions.assertSecure(r);
        }
    }

    @Test
    @DisplayName("answers HEAD like GET, without a body")
    void headRequests() {
        for (String path : List.of("/", DATASET, "/static/style.css")) {
            var r = portal().send(
                            HttpRequest.newBuilder(portal().uri(path))
                                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            assertEquals("", r.body(), path);
        }
    }

    @Test
    @DisplayName("the stylesheet and scripts are served from /static")
    void staticFiles() {
        for (String path : List.of("/static/style.css", "/static/search.js", "/static/sparql.js")) {
            assertEquals(200, portal().get(path).statusCode(), path);
        }
    }
}
