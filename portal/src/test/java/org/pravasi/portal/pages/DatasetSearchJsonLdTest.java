package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each dataset page's schema.org JSON-LD against what Google Dataset Search requires (name, description of 50 to 5000
 * characters) and recommends (url, identifier, license, creator, publisher, temporal and spatial coverage,
 * isAccessibleForFree, downloads with encodingFormat and contentUrl, keywords, dates).
 */
@DisplayName("Dataset pages describe their dataset for dataset search engines")
class DatasetSearchJsonLdTest {
    private static final String BASE = "https://w3id.org/pravasi/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCRIPT =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern INTERVAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");

    static Stream<String> datasetPages() {
        HttpResponse<String> r = DemoPortal.shared().get("/catalog", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        List<String> out = new ArrayList<>();
        g.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY)
                .forEachRemaining(t -> out.add(t.getObject().getURI().substring(BASE.length() - 1)));
        assertTrue(out.size() >= 11, "datasets in /catalog: " + out);
        return out.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetPages")
    @DisplayName("has a schema.org Dataset with the required name and a description of 50 to 5000 characters")
    void hasNameAndDescription(String path) {
        JsonNode d = jsonLd(path);
        assertEquals("https://schema.org/", d.path("@context").asString(), path);
        assertEquals("Dataset", d.path("@type").asString(), path);
        assertFalse(d.path("name").asString().isBlank(), path + ": name");
        int length = d.path("description").asString().strip().length();
        assertTrue(length >= 50 && length <= 5000, path + ": description of " + length + " characters");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetPages")
    @DisplayName("names its page, identifier, licence, creator and publisher, and says it is free")
    void hasRecommendedIdentity(String path) {
        JsonNode d = jsonLd(path);
        assertAbsoluteHttp(d.path("url").asString(), path + ": url");
        assertTrue(d.path("url").asString().endsWith(path), path + ": url " + d.path("url"));
        assertFalse(d.path("identifier").asString().isBlank(), path + ": identifier");
        assertAbsoluteHttp(d.path("license").asString(), path + ": license");
        for (String role : List.of("creator", "publisher")) {
            JsonNode agent = d.path(role);
            assertEquals("Organization", agent.path("@type").asString(), path + ": " + role);
            assertFalse(agent.path("name").asString().isBlank(), path + ": " + role + " name");
            assertAbsoluteHttp(agent.path("url").asString(), path + ": " + role + " url");
        }
        assertTrue(
                d.path("isAccessibleForFree").isBoolean()
                        && d.path("isAccessibleForFree").asBoolean(),
                path);
        assertTrue(d.path("keywords").isArray() && !d.path("keywords").isEmpty(), path + ": keywords");
        LocalDate.parse(d.path("datePublished").asString().substring(0, 10));
        LocalDate.parse(d.path("dateModified").asString().substring(0, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetPages")
    @DisplayName("states its temporal coverage as an ISO 8601 interval and its spatial coverage as named places")
    void hasCoverage(String path) {
        JsonNode d = jsonLd(path);
        String temporal = d.path("temporalCoverage").asString();
        assertTrue(INTERVAL.matcher(temporal).matches(), path + ": temporalCoverage " + temporal);
        String[] ends = temporal.split("/");
        assertFalse(LocalDate.parse(ends[0]).isAfter(LocalDate.parse(ends[1])), path + ": " + temporal);
        JsonNode places = d.path("spatialCoverage");
        assertTrue(places.isArray() && !places.isEmpty(), path + ": spatialCoverage");
        for (JsonNode p : places) {
            assertEquals("Place", p.path("@type").asString(), path);
            assertFalse(p.path("name").asString().isBlank(), path + ": place name " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetPages")
    @DisplayName("lists every download with its encoding format and an absolute content URL that answers")
    void hasDownloads(String path) {
        JsonNode d = jsonLd(path);
        JsonNode downloads = d.path("distribution");
        assertTrue(downloads.isArray() && !downloads.isEmpty(), path + ": distribution");
        Set<String> formats = new HashSet<>();
        for (JsonNode dl : downloads) {
            assertEquals("DataDownload", dl.path("@type").asString(), path);
            String format = dl.path("encodingFormat").asString();
            assertTrue(format.matches("[a-z]+/[a-z0-9.+-]+"), path + ": encodingFormat " + format);
            formats.add(format);
            String url = dl.path("contentUrl").asString();
            assertAbsoluteHttp(url, path + ": contentUrl");
            assertTrue(url.startsWith(BASE), path + ": contentUrl outside the portal " + url);
            assertEquals(
                    200,
                    DemoPortal.shared()
                            .get(url.substring(BASE.length() - 1), "")
                            .statusCode(),
                    url);
        }
        assertTrue(formats.contains("text/csv"), path + ": no CSV download in " + formats);
    }

    private static void assertAbsoluteHttp(String url, String what) {
        assertTrue(url.startsWith("https://") || url.startsWith("http://"), what + ": " + url);
        URI.create(url);
    }

    private static JsonNode jsonLd(String path) {
        HttpResponse<String> r = DemoPortal.shared().get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        Matcher m = SCRIPT.matcher(r.body());
        assertTrue(m.find(), path + " has no JSON-LD");
        JsonNode d = JSON.readTree(m.group(1));
        assertFalse(m.find(), path + " has more than one JSON-LD block");
        return d;
    }
}
