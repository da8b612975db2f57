package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.search.SearchApi.facet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;

/** Facet counts and filters of {@code /api/search}, checked against SPARQL and against filtered searches. */
@DisplayName("Search facets and filters over the demo data")
class SearchFacetsTest {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX pv: <https://w3id.org/pravasi/def#>
            """;
    /** The facets a filter exists for, with the filter parameter of each. */
    private static final Map<String, String> FILTERS =
            Map.of("type", "type", "org", "org", "theme", "theme", "state", "state", "district", "district");

    static SearchApi api;

    @BeforeAll
    static void portal() {
        api = new SearchApi(DemoPortal.shared());
    }

    @Test
    @DisplayName("type counts of the whole index equal SPARQL counts of current datasets, stories and organisations")
    void typeCountsMatchTheStore() {
        Map<String, Long> types = facet(api.search(), "type");
        assertEquals(api.sparqlCount(PREFIXES + """
                SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?d { ?d a dcat:Dataset ; pv:withdrawn false } }"""), types.get("dataset"));
        assertEquals(
                api.sparqlCount(PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?s { ?s a pv:Story } }"),
                types.get("story"));
        assertEquals(
                api.sparqlCount(PREFIXES + "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?o { ?o a pv:Organisation } }"),
                types.get("organisation"));
        assertEquals(11L, types.get("dataset"));
        if (DemoPortal.geography().isPresent()) {
            assertEquals(
                    api.sparqlCount(PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a pv:District }"),
                    types.get("district"));
            assertEquals(
                    api.sparqlCount(PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a pv:State }"),
                    types.get("state"));
        }
        long all = api.search().path("total").asLong();
        assertEquals(all, types.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    @DisplayName("datasets per organisation equal SPARQL counts by dct:publisher")
    void orgCountsMatchTheStore() {
        Map<String, Long> orgs = facet(api.search("type", "dataset"), "org");
        assertFalse(orgs.isEmpty());
        for (var e : orgs.entrySet()) {
            long n = api.sparqlCount(
                    PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?d { ?d a dcat:Dataset ; pv:withdrawn false ;"
                            + " dct:publisher <https://w3id.org/pravasi/id/org/" + e.getKey() + "> } }");
            assertEquals(n, e.getValue(), "datasets of " + e.getKey());
        }
    }

    @Test
    @DisplayName("datasets per theme equal SPARQL counts by dcat:theme")
    void themeCountsMatchTheStore() {
        Map<String, Long> themes = facet(api.search("type", "dataset"), "theme");
        assertFalse(themes.isEmpty());
        for (var e : themes.entrySet()) {
            long n = api.sparqlCount(
                    PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?d { ?d a dcat:Dataset ; pv:withdrawn false ;"
                            + " dcat:theme <https://w3id.org/pravasi/code/theme/" + e.getKey() + "> } }");
            assertEquals(n, e.getValue(), "datasets with theme " + e.getKey());
        }
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"wages", "मज़दूरी", "Katihar"})
    @DisplayName("every facet count equals the total of the search filtered by that value")
    void facetCountsEqualFilteredTotals(String q) {
        JsonNode r = api.search("q", q);
        for (var dim : FILTERS.entrySet()) {
            for (var v : facet(r, dim.getKey()).entrySet()) {
                long filtered = api.search("q", q, dim.getValue(), v.getKey(), "size", "1")
                        .path("total")
                        .asLong();
                assertEquals(v.getValue(), filtered, dim.getKey() + "=" + v.getKey() + " for q=" + q);
            }
        }
        for (var v : facet(r, "year").entrySet()) {
            long filtered = api.search("q", q, "from", v.getKey(), "to", v.getKey(), "size", "1")
                    .path("total")
                    .asLong();
            assertEquals(v.getValue(), filtered, "year " + v.getKey() + " for q=" + q);
        }
    }

    @Test
    @DisplayName("facet values are listed largest count first")
    void facetsAreSorted() {
        JsonNode r = api.search("q", "migrant");
        for (String dim : List.of("type", "org", "theme", "state", "district", "year")) {
            List<Long> counts = List.copyOf(facet(r, dim).values());
            for (int i = 1; i < counts.size(); i++) {
                assertTrue(counts.get(i - 1) >= counts.get(i), dim + " " + counts);
            }
        }
    }

    @Test
    @DisplayName("type, org, theme, state and district filters keep only matching hits")
    void eachFilter() {
        everyHit(
                api.search("q", "migrant", "type", "story", "size", "100"),
                h -> assertEquals("story", h.path("type").asString()));
        everyHit(
                api.search("q", "migrant", "org", "mrc-alliance", "size", "100"),
                h -> assertEquals("mrc-alliance", h.path("org").asString()));
        everyHit(
                api.search("theme", "wages", "size", "100"),
                h -> assertTrue(values(h, "themes").contains("wages"), h.toString()));
        everyHit(
                api.search("state", "10", "type", "dataset,story", "size", "100"),
                h -> assertTrue(values(h, "states").contains("10"), h.toString()));
        everyHit(
                api.search("district", "201", "size", "100"),
                h -> assertTrue(values(h, "districts").contains("201"), h.toString()));
    }

    @Test
    @DisplayName("from and to keep things whose period overlaps those years")
    void periodFilter() {
        JsonNode r = api.search("from", "2024", "to", "2024", "size", "100");
        assertTrue(r.path("total").asLong() > 0);
        everyHit(r, h -> {
            LocalDate start = LocalDate.parse(h.path("period").path("start").asString());
            LocalDate end = LocalDate.parse(h.path("period").path("end").asString());
            assertTrue(
                    !start.isAfter(LocalDate.of(2024, 12, 31)) && !end.isBefore(LocalDate.of(2024, 1, 1)),
                    h.toString());
        });
        long from = api.search("from", "2025").path("total").asLong();
        long to = api.search("to", "2024").path("total").asLong();
        long dated = api.search("from", "1900").path("total").asLong();
        assertTrue(from < dated && to <= dated, from + " " + to + " " + dated);
    }

    @Test
    @DisplayName("values of one filter are alternatives; different filters all apply")
    void filterLogic() {
        long datasets = api.search("type", "dataset").path("total").asLong();
        long stories = api.search("type", "story").path("total").asLong();
        assertEquals(
                datasets + stories,
                api.search("type", "dataset,story").path("total").asLong());
        assertEquals(
                datasets + stories,
                api.search("type", "dataset", "type", "story").path("total").asLong());
        JsonNode both = api.search("type", "dataset", "org", "mrc-alliance", "size", "100");
        assertEquals(
                facet(api.search("type", "dataset"), "org").get("mrc-alliance"),
                both.path("total").asLong());
        everyHit(
                both,
                h -> assertTrue(h.path("type").asString().equals("dataset")
                        && h.path("org").asString().equals("mrc-alliance")));
    }

    @Test
    @DisplayName("a filter value nothing has gives no hits and empty facets, not an error")
    void unknownValue() {
        JsonNode r = api.search("org", "no-such-org");
        assertEquals(0, r.path("total").asLong());
        assertTrue(facet(r, "type").isEmpty());
    }

    @Test
    @DisplayName("labels name the facet values that have a document: organisations and themes")
    void labels() {
        JsonNode r = api.search("q", "wages");
        Set<String> orgs = new HashSet<>(facet(r, "org").keySet());
        orgs.forEach(
                o -> assertFalse(r.path("labels").path("org").path(o).asString().isEmpty(), o));
        assertEquals("Wages", r.path("labels").path("theme").path("wages").asString());
    }

    private static List<String> values(JsonNode hit, String field) {
        List<String> out = new ArrayList<>();
        hit.path(field).forEach(v -> out.add(v.asString()));
        return out;
    }

    private static void everyHit(JsonNode r, java.util.function.Consumer<JsonNode> check) {
        assertTrue(r.path("hits").size() > 0, r.toString());
        r.path("hits").forEach(check);
    }
}
