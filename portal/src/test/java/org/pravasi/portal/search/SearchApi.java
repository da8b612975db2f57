package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search API of a test portal over real HTTP, plus the publishing calls that change what it finds. */
final class SearchApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoPortal portal;

    SearchApi(DemoPortal portal) {
        this.portal = portal;
    }

    /** {@code GET /api/search} with name/value pairs; asserts 200 and returns the JSON. */
    JsonNode search(String... params) {
        HttpResponse<String> r = get("/api/search", params);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** {@code GET /api/suggest?q=} */
    JsonNode suggest(String q) {
        HttpResponse<String> r = get("/api/suggest", "q", q);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** GET {@code path} with name/value pairs, URL-encoded. */
    HttpResponse<String> get(String path, String... params) {
        StringBuilder q = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2) {
            q.append(i == 0 ? '?' : '&')
                    .append(params[i])
                    .append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return portal.get(q.toString());
    }

    /** The number a one-value SPARQL {@code SELECT (COUNT(...) AS ?n)} returns. */
    long sparqlCount(String query) {
        return Long.parseLong(sparqlValue(query));
    }

    /** The first value of the first row of a SPARQL {@code SELECT}, as CSV text. */
    String sparqlValue(String query) {
        HttpResponse<String> r =
                portal.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElseThrow().split(",")[0].strip();
    }

    /** Polls the search until {@code done} holds, for at most {@code limit}; returns the time it took, or fails. */
    Duration await(Duration limit, Predicate<JsonNode> done, String... params) {
        long t0 = System.nanoTime();
        JsonNode last = null;
        while (System.nanoTime() - t0 < limit.toNanos()) {
            last = search(params);
            if (done.test(last)) {
                return Duration.ofNanos(System.nanoTime() - t0);
            }
            sleep(20);
        }
        throw new AssertionError("Not within " + limit.toMillis() + " ms; last answer: " + last);
    }

    static List<String> uris(JsonNode result) {
        return field(result, "uri");
    }

    static List<String> titles(JsonNode result) {
        return field(result, "title");
    }

    static List<String> types(JsonNode result) {
        return field(result, "type");
    }

    static List<String> field(JsonNode result, String name) {
        List<String> out = new ArrayList<>();
        result.path("hits").forEach(h -> out.add(h.path(name).asString()));
        return out;
    }

    /** One facet's value → count, in the order the API gave them. */
    static Map<String, Long> facet(JsonNode result, String dim) {
        Map<String, Long> out = new LinkedHashMap<>();
        result.path("facets")
                .path(dim)
                .properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    /** The hit whose URI is {@code uri}, or a missing node. */
    static JsonNode hit(JsonNode result, String uri) {
        List<String> u = uris(result);
        return IntStream.range(0, u.size())
                .filter(i -> u.get(i).equals(uri))
                .mapToObj(i -> result.path("hits").get(i))
                .findFirst()
                .orElse(JSON.missingNode());
    }

    /** A small CSV of district × quarter counts, all above the suppression threshold. */
    static final String CSV = "district,quarter,cases\n201,2024-Q1,30\n201,2024-Q2,40\n62,2024-Q1,25\n62,2024-Q2,35\n";

    /** A descriptor for {@link #CSV}, with the theme {@code wages}; title and description are JSON-escaped here. */
    static String descriptor(String org, String slug, String title, String description) {
        var m = JSON.createObjectNode()
                .put("slug", slug)
                .put("publisher", org)
                .put("title", title)
                .put("description", description)
                .put("licence", "https://creativecommons.org/licenses/by/4.0/");
        m.putArray("themes").add("wages");
        var cols = m.putArray("columns");
        cols.addObject().put("name", "district").put("role", "area").put("level", "district");
        cols.addObject().put("name", "quarter").put("role", "period").put("granularity", "quarter");
        cols.addObject().put("name", "cases").put("role", "measure").put("measure", "cases");
        return m.toString();
    }

    /** {@code POST /api/datasets} with a descriptor and a CSV, as the key's organisation. */
    HttpResponse<String> publish(String key, String descriptor, String csv) {
        return multipart(
                "/api/datasets",
                key,
                List.of(
                        new Part("descriptor", "d.json", "application/json", descriptor),
                        new Part("csv", "d.csv", "text/csv", csv)));
    }

    /** {@code POST /api/stories} with a Markdown story. */
    HttpResponse<String> publishStory(String key, String fileName, String markdown) {
        return multipart("/api/stories", key, List.of(new Part("story", fileName, "text/markdown", markdown)));
    }

    /** {@code DELETE /api/datasets/ORG/SLUG?reason=...}. */
    HttpResponse<String> withdraw(String key, String org, String slug) {
        return portal.send(
                HttpRequest.newBuilder(portal.uri("/api/datasets/" + org + "/" + slug + "?reason=Counted%20twice."))
                        .header("Authorization", "Bearer " + key)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String path, String key, List<Part> parts) {
        String b = "b" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (Part p : parts) {
            body.append("--")
                    .append(b)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(p.name())
                    .append("\"; filename=\"")
                    .append(p.file())
                    .append("\"\r\nContent-Type: ")
                    .append(p.type())
                    .append("\r\n\r\n")
                    .append(p.content())
                    .append("\r\n");
        }
        body.append("--").append(b).append("--\r\n");
        return portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + b)
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Part(String name, String file, String type, String content) {}
}
