package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

@DisplayName("Pages of a portal whose publishers publish and withdraw")
class ChangingDataPagesTest {
    private static final String EVIL = "<script>alert(1)</script>";
    /** A title that would add an attribute to any element whose attribute it were put in unescaped. */
    private static final String QUOTE = "Cases \\\" onmouseover=\\\"alert(1) ' onfocus='alert(2)";

    private static final Pattern TAG = Pattern.compile(
            "<[a-zA-Z][a-zA-Z0-9-]*((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final String DESCRIPTOR = """
            {"slug": "escaping-check", "publisher": "mrc-alliance", "title": "Cases %s here", "description": "About %s too.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"], "keywords": ["%s"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """.formatted(EVIL, EVIL, EVIL);

    @TempDir
    static Path dir;

    static DemoPortal portal;

    @BeforeAll
    static void publish() {
        portal = DemoPortal.start(dir, Optional.empty());
        // Agra (118), where the demo's mrc-alliance records nothing: its tables of cases are read together with these.
        PublishOutcome o = portal.portal()
                .node()
                .publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
                        "d.csv",
                        "district,quarter,service,cases\n118,2024-Q1,legal-aid,25\n118,2024-Q2,legal-aid,30\n"
                                .getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.toString());
        PublishOutcome w = portal.portal()
                .node()
                .publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "w.json",
                        DESCRIPTOR
                                .replace("escaping-check", "to-withdraw")
                                .replace(EVIL, "Withdrawn figures")
                                .getBytes(StandardCharsets.UTF_8),
                        "w.csv",
                        "district,quarter,service,cases\n118,2024-Q1,legal-aid,40\n".getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.PUBLISHED, w.status(), w.toString());
        assertTrue(portal.portal()
                .node()
                .publisher()
                .withdraw("mrc-alliance", "to-withdraw", "Counted twice.")
                .withdrawn());
        PublishOutcome q = portal.portal()
                .node()
                .publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "q.json",
                        DESCRIPTOR
                                .replace("escaping-check", "quote-check")
                                .replace("Cases " + EVIL + " here", QUOTE)
                                .getBytes(StandardCharsets.UTF_8),
                        "q.csv",
                        "district,quarter,service,cases\n118,2024-Q1,legal-aid,25\n".getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.PUBLISHED, q.status(), q.toString());
    }

    @Test
    @DisplayName("a withdrawn dataset answers 410 with its record and versions, and leaves the lists")
    void withdrawnDataset() {
        var r = portal.get("/id/dataset/mrc-alliance/to-withdraw", "text/html");
        assertEquals(410, r.statusCode(), r.body());
        PageAssertions.assertSecure(r);
        assertTrue(r.body().contains("<h1>Cases Withdrawn figures here</h1>"), r.body());
        assertTrue(
                r.body().contains("class=\"version-link\" href=\"/id/dataset/mrc-alliance/to-withdraw/v1\""), r.body());
        assertFalse(portal.get("/datasets", "text/html").body().contains("to-withdraw"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    @DisplayName(
            "the title never appears as markup on the home, list, dataset, organisation, district and search pages")
    void titleIsEscaped() {
        List<String> paths = List.of(
                "/",
                "/datasets",
                "/id/dataset/mrc-alliance/escaping-check",
                "/id/org/mrc-alliance",
                "/id/district/118",
                "/id/dataset/mrc-alliance/escaping-check/v1");
        for (String path : paths) {
            String html = PageAssertions.okPage(portal.get(path, "text/html"));
            assertFalse(html.contains(EVIL), path + " shows the title unescaped");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path + " does not show the title");
            PageAssertions.noInlineScript(html);
        }
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String search;
        do {
            search = PageAssertions.okPage(portal.get("/search?q=alert", "text/html"));
        } while (!search.contains("escaping-check") && System.nanoTime() < end);
        assertTrue(search.contains("escaping-check"), "the dataset is found within 10 s");
        assertFalse(search.contains(EVIL), "search shows the title unescaped");
        PageAssertions.noInlineScript(search);
    }

    @Test
    @DisplayName("the title never appears as markup on the map page, its embeddable version or the embed code")
    void mapEscapesTitle() {
        String dataset = URLEncoder.encode(
                "https://w3id.org/pravasi/id/dataset/mrc-alliance/escaping-check", StandardCharsets.UTF_8);
        for (String path : List.of("/map?dataset=" + dataset, "/embed/map?dataset=" + dataset)) {
            String html = portal.get(path, "text/html").body();
            assertTrue(
                    html.contains("<h1 id=\"pv-map-title\">Cases &lt;script&gt;alert(1)&lt;/script&gt; here</h1>")
                            || html.contains("<h1 id=\"pv-map-title\" class=\"pv-embed-title\">Cases"
                                    + " &lt;script&gt;alert(1)&lt;/script&gt; here</h1>"),
                    path + ": " + html);
            assertFalse(html.contains(EVIL), path + " shows the title unescaped");
            PageAssertions.noInlineScript(html);
        }
    }

    @Test
    @DisplayName("a title with quotes adds no attribute to any element of the dataset, list, home, map and embed pages")
    void quotesStayInsideAttributes() {
        String dataset = URLEncoder.encode(
                "https://w3id.org/pravasi/id/dataset/mrc-alliance/quote-check", StandardCharsets.UTF_8);
        for (String path : List.of(
                "/id/dataset/mrc-alliance/quote-check",
                "/datasets",
                "/",
                "/id/district/118",
                "/map?dataset=" + dataset,
                "/embed/map?dataset=" + dataset)) {
            String html = portal.get(path, "text/html").body();
            assertTrue(html.contains("onmouseover="), path + " does not show the title");
            assertEquals(List.of(), handlers(html), path + " gave an element an event handler");
        }
    }

    /** The event-handler attributes of the elements of {@code html}, as a browser would read its tags. */
    private static List<String> handlers(String html) {
        List<String> found = new java.util.ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher a = ATTRIBUTE.matcher(tag.group(1));
            while (a.find()) {
                if (a.group(1).toLowerCase().startsWith("on")) {
                    found.add(tag.group());
                }
            }
        }
        return found;
    }

    @Test
    @DisplayName("the JSON-LD block cannot be closed early by the title")
    void jsonLdIsSafe() {
        String html = portal.get("/id/dataset/mrc-alliance/escaping-check", "text/html")
                .body();
        String json = PageAssertions.all("<script type=\"application/ld\\+json\">(.*?)</script>", html)
                .getFirst();
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("\\u003cscript\\u003e"), json);
    }
}
