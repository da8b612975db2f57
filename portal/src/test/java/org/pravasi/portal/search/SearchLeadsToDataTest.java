package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.search.SearchApi.types;
import static org.pravasi.portal.search.SearchApi.uris;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;

/** Search leads to data: things with data first, concepts that say where their data is, synonyms, page language. */
@DisplayName("Search that leads to data (demo data)")
class SearchLeadsToDataTest {
    static final String BASE = SearchQueriesTest.BASE;
    static final String WAGE_THEFT = SearchQueriesTest.WAGE_THEFT;
    static final String VIOLATIONS = SearchQueriesTest.VIOLATIONS_DATASET;
    static final String UNPAID_WAGES_STORY = BASE + "id/story/mrc-alliance/unpaid-wages-labour-department-complaint";

    static SearchApi api;

    @BeforeAll
    static void portal() {
        api = new SearchApi(DemoPortal.shared());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wage theft", "wages", "मज़दूरी", "मज़दूरी की चोरी", "trafficking", "प्रवासी"})
    @DisplayName("datasets, stories, organisations and places rank above every code-list concept")
    void thingsWithDataRankAboveConcepts(String q) {
        List<String> types = types(api.search("q", q, "size", "100"));
        assertTrue(types.contains("concept") && types.stream().anyMatch(t -> !t.equals("concept")), types.toString());
        assertNotEquals("concept", types.getFirst(), types.toString());
        assertEquals(
                types.indexOf("concept"),
                types.size() - (int) types.stream().filter("concept"::equals).count(),
                "every concept after every other hit: " + types);
    }

    @Test
    @DisplayName("ranking in tiers keeps paging whole: pages of 3 join into the page of 30")
    void tiersPageWithoutGapsOrOverlaps() {
        List<String> all = uris(api.search("q", "wages", "size", "30"));
        List<String> joined = new java.util.ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            joined.addAll(uris(api.search("q", "wages", "size", "3", "page", Integer.toString(page))));
        }
        assertEquals(all, joined);
    }

    private static Set<String> wageStories(String q) {
        return new HashSet<>(uris(api.search("q", q, "type", "story", "theme", "wages", "size", "100")));
    }

    @Test
    @DisplayName("'wage theft' finds every wage story 'unpaid wages' finds, and the reverse (code-list synonyms)")
    void synonymsFindTheSameStories() {
        Set<String> theft = wageStories("wage theft");
        Set<String> unpaid = wageStories("unpaid wages");
        assertTrue(theft.containsAll(unpaid), theft + " lacks some of " + unpaid);
        assertTrue(unpaid.containsAll(theft), unpaid + " lacks some of " + theft);
        assertTrue(theft.contains(UNPAID_WAGES_STORY), theft.toString());
    }

    @Test
    @DisplayName("a Hindi label finds what its English synonym finds: 'मज़दूरी की चोरी' finds the unpaid-wages story")
    void hindiLabelFindsEnglishText() {
        assertTrue(uris(api.search("q", "मज़दूरी की चोरी", "size", "100")).contains(UNPAID_WAGES_STORY));
    }

    @Test
    @DisplayName("a quoted phrase is taken exactly: '\"unpaid wages\"' is not widened to its synonyms")
    void quotedPhrasesAreExact() {
        long quoted = api.search("q", "\"unpaid wages\"").path("total").asLong();
        long unquoted = api.search("q", "unpaid wages").path("total").asLong();
        assertTrue(quoted < unquoted, quoted + " quoted, " + unquoted + " unquoted");
    }

    @Test
    @DisplayName(
            "a long query full of labels is still answered (its synonym variants would pass Lucene's clause limit)")
    void longQueriesOfLabelsAreAnswered() {
        StringBuilder q = new StringBuilder();
        for (String title : SearchApi.titles(api.search("q", "*", "type", "concept", "size", "100"))) {
            if (q.length() + title.length() + 1 <= SearchQuery.MAX_TEXT_LENGTH) {
                q.append(title).append(' ');
            }
        }
        assertTrue(q.length() > 400, q.toString());
        assertTrue(api.search("q", q.toString().strip()).path("total").asLong() >= 0);
    }

    @Test
    @DisplayName("a concept hit says which code list it is from and links to the datasets filtered by it")
    void conceptHitLeadsToItsDatasets() {
        JsonNode hit = SearchApi.hit(api.search("q", "wage theft", "type", "concept"), WAGE_THEFT);
        JsonNode concept = hit.path("concept");
        assertEquals("Violation type", concept.path("scheme").asString(), hit.toString());
        JsonNode violations = null;
        for (JsonNode d : concept.path("datasets")) {
            assertTrue(d.path("uri").asString().startsWith(BASE + "id/dataset/"), d.toString());
            if (d.path("uri").asString().equals(VIOLATIONS)) {
                violations = d;
            }
        }
        assertTrue(violations != null, concept.toString());
        assertEquals(
                "/explore/mrc-alliance/violations-by-district-quarter?violation-type=wage-theft",
                violations.path("explore").asString());
        assertTrue(violations.path("title").asString().startsWith("Rights violations"), violations.toString());
        JsonNode hindi = SearchApi.hit(api.search("q", "wage theft", "type", "concept", "lang", "hi"), WAGE_THEFT);
        assertEquals("उल्लंघन का प्रकार", hindi.path("concept").path("scheme").asString());
    }

    @Test
    @DisplayName("a theme hit links to the pages of the datasets with that theme")
    void themeHitLinksToDatasetPages() {
        JsonNode hit = SearchApi.hit(api.search("q", "wages", "type", "concept"), SearchQueriesTest.WAGES_THEME);
        JsonNode datasets = hit.path("concept").path("datasets");
        assertTrue(datasets.size() > 0, hit.toString());
        datasets.forEach(d -> assertTrue(d.path("explore").isNull(), d.toString()));
        assertTrue(hit.path("concept").path("datasets").toString().contains(VIOLATIONS), hit.toString());
    }

    @Test
    @DisplayName("other hits carry no concept part")
    void otherHitsHaveNoConceptPart() {
        JsonNode hit = SearchApi.hit(api.search("q", "wage theft", "type", "dataset"), VIOLATIONS);
        assertTrue(hit.path("concept").isNull(), hit.toString());
    }

    private static String page(String q, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        DemoPortal.shared().uri("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = DemoPortal.shared().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    @DisplayName("the results page describes a concept hit and links its datasets' explorers")
    void resultsPageDescribesConceptHits() {
        JsonNode concept = SearchApi.hit(api.search("q", "wage theft", "type", "concept"), WAGE_THEFT)
                .path("concept");
        int n = concept.path("datasets").size();
        String html = page("wage theft", "Accept-Language", "en");
        assertTrue(n > 0, concept.toString());
        assertTrue(html.contains("Violation type, used in " + n + (n == 1 ? " dataset<" : " datasets<")), html);
        assertTrue(
                html.contains(
                        "href=\"/explore/mrc-alliance/violations-by-district-quarter?violation-type=wage-theft\""),
                html);
        String hindi = page("मज़दूरी की चोरी", "Accept-Language", "hi");
        assertTrue(hindi.contains("उल्लंघन का प्रकार, " + n + " डेटासेट में प्रयुक्त"), hindi);
    }

    @Test
    @DisplayName("a Devanagari query gets a Hindi results page when no language was chosen, with a way back")
    void devanagariQueryGetsHindiPage() {
        String html = page("मज़दूरी", "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(html.contains("<html lang=\"hi\">"), html);
        assertTrue(html.contains("class=\"query-language\""), html);
        String note = html.substring(html.indexOf("class=\"query-language\""));
        note = note.substring(0, note.indexOf("</p>"));
        assertTrue(note.contains("lang=en\" lang=\"en\" hreflang=\"en\">"), note);
    }

    @Test
    @DisplayName("a Latin query gets an English results page when no language was chosen")
    void latinQueryGetsEnglishPage() {
        assertTrue(page("wages", "Accept-Language", "hi").contains("<html lang=\"en\">"));
    }

    @Test
    @DisplayName("a language the visitor chose (cookie or ?lang=) wins over the query's")
    void chosenLanguageWins() {
        String cookie = page("मज़दूरी", "Cookie", "lang=en");
        assertTrue(cookie.contains("<html lang=\"en\">"), cookie);
        assertTrue(!cookie.contains("class=\"query-language\""), cookie);
        HttpResponse<String> asked = DemoPortal.shared()
                .get("/search?lang=en&q=" + URLEncoder.encode("मज़दूरी", StandardCharsets.UTF_8), "text/html");
        assertTrue(asked.body().contains("<html lang=\"en\">"), asked.body());
    }
}
