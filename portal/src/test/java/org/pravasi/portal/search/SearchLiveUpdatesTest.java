package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.search.SearchApi.descriptor;
import static org.pravasi.portal.search.SearchApi.uris;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.org.Organisation;
import tools.jackson.databind.JsonNode;

/**
 * Publishing, replacing and withdrawing through the HTTP API shows in search within two seconds, driven by the
 * registry's change events. Each test uses its own dataset and words, so they share one portal (no demo data, no
 * geography: it starts in seconds).
 */
@DisplayName("Search follows publishing")
class SearchLiveUpdatesTest {
    static final String ORG = "search-test";
    /** How long a default test waits for search to follow a change: a bound for a stalled index, not a target. */
    static final Duration LIMIT = Duration.ofSeconds(30);
    /** The freshness target, asserted only by the timing tests ({@code -Ptiming}, docs/performance.md). */
    static final Duration TARGET = Duration.ofSeconds(2);

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static SearchApi api;
    static String key;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(dir, Optional.empty(), Optional.empty());
        portal.portal().node().organisations().upsert(Organisation.named(ORG, "Search Test Collective"));
        key = portal.portal().node().keys().create(ORG).secret();
        api = new SearchApi(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static String uri(String slug) {
        return "https://w3id.org/pravasi/id/dataset/" + ORG + "/" + slug;
    }

    static void published(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
    }

    @Test
    @DisplayName("a published dataset becomes searchable")
    void publish() {
        published(api.publish(
                key,
                descriptor(ORG, "zanskar-ledger", "Zanskar ledger of wage claims", "Counts of claims."),
                SearchApi.CSV));
        Duration took = api.await(LIMIT, r -> uris(r).contains(uri("zanskar-ledger")), "q", "zanskar");
        System.out.println("publish → searchable: " + took.toMillis() + " ms");
        JsonNode hit = SearchApi.hit(api.search("q", "zanskar"), uri("zanskar-ledger"));
        assertEquals(ORG, hit.path("org").asString());
        assertEquals("2024-01-01", hit.path("period").path("start").asString());
    }

    @Test
    @Tag("timing")
    @DisplayName("a published dataset is searchable within 2 s (timing)")
    void publishIsSearchableWithinTheTarget() {
        String ladakh = descriptor(ORG, "ladakh-ledger", "Ladakh ledger of wage claims", "Counts of claims.");
        published(api.publish(key, ladakh, SearchApi.CSV));
        Duration took = api.await(TARGET, r -> uris(r).contains(uri("ladakh-ledger")), "q", "ladakh");
        System.out.println("publish → searchable: " + took.toMillis() + " ms");
    }

    @Test
    @DisplayName("a replacement is found by its new title and no longer by its old one")
    void replace() {
        published(api.publish(key, descriptor(ORG, "kiln-audit", "Brickfield audit", "First version."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("kiln-audit")), "q", "brickfield");
        published(
                api.publish(key, descriptor(ORG, "kiln-audit", "Stonecutter audit", "Second version."), SearchApi.CSV));
        Duration took = api.await(LIMIT, r -> uris(r).contains(uri("kiln-audit")), "q", "stonecutter");
        System.out.println("replacement → searchable: " + took.toMillis() + " ms");
        assertEquals(0, api.search("q", "brickfield").path("total").asLong());
        assertEquals(
                1,
                uris(api.search("q", "audit", "org", ORG)).stream()
                        .filter(u -> u.equals(uri("kiln-audit")))
                        .count(),
                "one document per dataset");
    }

    @Test
    @DisplayName("a withdrawn dataset is gone from search")
    void withdraw() {
        published(api.publish(key, descriptor(ORG, "quarry-roll", "Quarry roll", "To be withdrawn."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("quarry-roll")), "q", "quarry");
        assertEquals(204, api.withdraw(key, ORG, "quarry-roll").statusCode());
        Duration took = api.await(LIMIT, r -> r.path("total").asLong() == 0, "q", "quarry");
        System.out.println("withdrawal → gone: " + took.toMillis() + " ms");
    }

    /** Whether the wages theme's hit lists {@code dataset} among the datasets that use it. */
    static boolean wagesThemeLists(JsonNode result, String dataset) {
        for (JsonNode h : result.path("hits")) {
            if (h.path("uri").asString().equals(SearchQueriesTest.WAGES_THEME)) {
                return h.path("concept").path("datasets").toString().contains("\"" + dataset + "\"");
            }
        }
        return false;
    }

    @Test
    @DisplayName("a concept hit lists a dataset that uses it once published, and no longer once withdrawn")
    void conceptUsesFollowPublishing() {
        published(
                api.publish(key, descriptor(ORG, "pamir-roll", "Pamir roll", "Uses the wages theme."), SearchApi.CSV));
        api.await(LIMIT, r -> wagesThemeLists(r, uri("pamir-roll")), "q", "wages", "type", "concept");
        assertEquals(204, api.withdraw(key, ORG, "pamir-roll").statusCode());
        api.await(LIMIT, r -> !wagesThemeLists(r, uri("pamir-roll")), "q", "wages", "type", "concept");
    }

    @Test
    @DisplayName("a published story becomes searchable")
    void story() {
        String md =
                "---\ntitle: Saltpan workers registered for welfare\nlanguage: en\ndate: 2024-05-10\ndistricts: [201]\n"
                        + "themes: [wages]\n---\nThe centre held a **registration** camp for saltpan workers.\n";
        HttpResponse<String> r = api.publishStory(key, "saltpan-camp.md", md);
        assertEquals(201, r.statusCode(), r.body());
        api.await(LIMIT, x -> SearchApi.types(x).contains("story"), "q", "saltpan");
        JsonNode hit = api.search("q", "registration camp", "type", "story")
                .path("hits")
                .get(0);
        assertTrue(hit.path("snippet").asString().contains("<mark>registration</mark>"), hit.toString());
        assertFalse(hit.path("snippet").asString().contains("**"), "Markdown is stripped: " + hit);
    }

    @Test
    @DisplayName("a repeated search is answered 304 Not Modified by its ETag until a change alters the answer")
    void repeatedSearchRevalidates() {
        HttpResponse<String> first = api.get("/api/search", "q", "tamarind");
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = api.get("/api/search", "q", "tamarind");
        assertEquals(first.body(), again.body(), "the kept answer is the same JSON");
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, revalidate("/api/search?q=tamarind", etag).statusCode());
        assertEquals(
                304,
                revalidate("/api/search?q=tamarind", "\"other\", W/" + etag).statusCode(),
                "a list, weak form");

        published(api.publish(
                key, descriptor(ORG, "tamarind-pickers", "Tamarind pickers' wages", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("tamarind-pickers")), "q", "tamarind");
        HttpResponse<String> changed = revalidate("/api/search?q=tamarind", etag);
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains(uri("tamarind-pickers")), changed.body());
        assertFalse(etag.equals(changed.headers().firstValue("ETag").orElseThrow()), "a new answer, a new ETag");
    }

    @Test
    @DisplayName("typeahead finds a new title although it answered the same text before")
    void typeaheadFollowsPublishing() {
        assertEquals(0, api.suggest("mahua").path("suggestions").size());
        assertEquals(0, api.suggest("mahua").path("suggestions").size(), "kept and asked again");
        published(api.publish(
                key, descriptor(ORG, "mahua-collectors", "Mahua collectors' earnings", "Counts."), SearchApi.CSV));
        long t0 = System.nanoTime();
        while (api.suggest("mahua").path("suggestions").isEmpty()) {
            assertTrue(
                    System.nanoTime() - t0 < LIMIT.toNanos(), "typeahead did not find the new title within " + LIMIT);
            SearchApi.sleep(20);
        }
        assertEquals(
                uri("mahua-collectors"),
                api.suggest("mahua").path("suggestions").get(0).path("uri").asString());
    }

    private static HttpResponse<String> revalidate(String path, String ifNoneMatch) {
        return portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .header("Accept", "application/json")
                        .header("If-None-Match", ifNoneMatch)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("the publishing organisation is searchable once it has published")
    void organisation() {
        published(api.publish(key, descriptor(ORG, "collective-register", "Register", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> SearchApi.types(r).contains("organisation"), "q", "collective");
    }

    @Test
    @DisplayName("user text in snippets is HTML-escaped; only the <mark> tags are markup")
    void snippetsCannotInjectHtml() {
        String evil =
                "Payroll <script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\" dossier of unpaid dues.";
        published(api.publish(key, descriptor(ORG, "payroll-dossier", "Payroll <b>dossier</b>", evil), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("payroll-dossier")), "q", "payroll");
        for (String q : new String[] {"script", "dossier", "onerror"}) {
            String snippet = SearchApi.hit(api.search("q", q), uri("payroll-dossier"))
                    .path("snippet")
                    .asString();
            assertTrue(snippet.contains("<mark>"), q + " → " + snippet);
            assertSafe(snippet);
            assertTrue(snippet.contains("&lt;") && snippet.contains("&amp;") && snippet.contains("&quot;"), snippet);
        }
        String unhighlighted = SearchApi.hit(api.search("org", ORG, "size", "100"), uri("payroll-dossier"))
                .path("snippet")
                .asString();
        assertTrue(unhighlighted.startsWith("Payroll &lt;script&gt;"), unhighlighted);
        assertSafe(unhighlighted);
        JsonNode hit = SearchApi.hit(api.search("q", "payroll"), uri("payroll-dossier"));
        assertEquals(
                "Payroll <b>dossier</b>",
                hit.path("title").asString(),
                "titles are plain text, for the page to escape");
    }

    @Test
    @DisplayName("a change that came without an event (an organisation renamed) is picked up by the next event")
    void unannouncedChangesFollowTheNextEvent() {
        var orgs = portal.portal().node().organisations();
        orgs.upsert(Organisation.named("rename-test", "Heron Workers Forum"));
        String other = portal.portal().node().keys().create("rename-test").secret();
        published(api.publish(other, descriptor("rename-test", "heron-roll", "Roll", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> SearchApi.types(r).contains("organisation"), "q", "heron");
        orgs.upsert(Organisation.named("rename-test", "Kingfisher Workers Forum"));
        published(api.publish(key, descriptor(ORG, "any-change", "Any change", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> SearchApi.types(r).contains("organisation"), "q", "kingfisher");
        assertEquals(
                0,
                api.search("q", "heron", "type", "organisation").path("total").asLong());
    }

    @Test
    @DisplayName("a dataset changed in the store without its event is re-read at the next event (dct:modified differs)")
    void lostEventsAreCaughtUp() {
        published(api.publish(key, descriptor(ORG, "ptarmigan-census", "Ptarmigan census", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("ptarmigan-census")), "q", "ptarmigan");
        var store = portal.portal().node().store();
        var ds = org.apache.jena.graph.NodeFactory.createURI(uri("ptarmigan-census"));
        var title = org.apache.jena.vocabulary.DCTerms.title.asNode();
        var modified = org.apache.jena.vocabulary.DCTerms.modified.asNode();
        store.write(() -> {
            var g = store.dataset();
            g.deleteAny(ds, ds, title, org.apache.jena.graph.Node.ANY);
            g.deleteAny(ds, ds, modified, org.apache.jena.graph.Node.ANY);
            g.add(ds, ds, title, org.apache.jena.graph.NodeFactory.createLiteralLang("Capercaillie census", "en"));
            g.add(
                    ds,
                    ds,
                    modified,
                    org.apache.jena.graph.NodeFactory.createLiteralDT(
                            "2099-01-01T00:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            return null;
        });
        published(api.publish(key, descriptor(ORG, "another-change", "Another change", "Counts."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("ptarmigan-census")), "q", "capercaillie");
        assertEquals(
                "Capercaillie census",
                SearchApi.hit(api.search("q", "capercaillie"), uri("ptarmigan-census"))
                        .path("title")
                        .asString());
    }

    @Test
    @DisplayName("searches running during replacements always see the dataset exactly once")
    void replacementsAreAtomicForReaders() throws Exception {
        published(api.publish(key, descriptor(ORG, "kestrel-count", "Kestrel count", "Version 0."), SearchApi.CSV));
        api.await(LIMIT, r -> uris(r).contains(uri("kestrel-count")), "q", "kestrel");
        java.util.List<Long> totals = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                totals.add(api.search("q", "kestrel").path("total").asLong());
            }
        });
        for (int v = 1; v <= 3; v++) {
            published(api.publish(
                    key, descriptor(ORG, "kestrel-count", "Kestrel count", "Version " + v + "."), SearchApi.CSV));
        }
        api.await(
                LIMIT,
                r -> SearchApi.field(r, "snippet").stream().anyMatch(x -> x.contains("Version 3")),
                "q",
                "kestrel");
        done.set(true);
        reader.join();
        assertTrue(totals.size() > 3, "searches made: " + totals.size());
        assertTrue(totals.stream().allMatch(t -> t == 1), totals.toString());
    }

    private static void assertSafe(String snippet) {
        String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), snippet);
        assertFalse(snippet.contains("'"), snippet);
    }
}
