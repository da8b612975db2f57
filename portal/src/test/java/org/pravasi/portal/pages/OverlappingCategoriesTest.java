package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.pages.PageAssertions.all;
import static org.pravasi.portal.pages.PageAssertions.okPage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21: a journalist must never be misled. One person may receive several services (code list {@code service-type}
 * says {@code pv:categoriesOverlap true}), so the network's 400 people given legal aid, 60,000 reached by rights
 * awareness and 800 members of collectives (to date) are never shown as "61,200 individuals".
 */
@DisplayName("Categories that overlap are never added up: home, district pages, explorer, in English and Hindi")
class OverlappingCategoriesTest {
    private static final String INDIVIDUALS = "/id/dataset/four-state-network/annual-outcomes-individuals";
    private static final String BY_DISTRICT = "/id/dataset/four-state-network/individual-services-by-district-quarter";
    private static final String RESOLUTION = "/id/dataset/mrc-alliance/case-resolution-by-district-year";

    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    private static String page(String path) {
        return okPage(portal.get(path, "text/html"));
    }

    private static JsonNode json(String path) {
        var r = portal.get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return FigureCells.JSON.readTree(r.body());
    }

    /** The home page headline of one dataset. */
    private static String headline(String html, String dataset) {
        return HeadlinesHonestyTest.headlines(html).stream()
                .filter(h -> h.contains(dataset + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no headline for " + dataset));
    }

    @Test
    @DisplayName("the home page never shows 61,200 individuals: the largest service, and 'not added up' for the total")
    void theIndividualsHeadlineIsNotASumOfServices() {
        String home = page("/");
        assertFalse(home.contains("61,200"), "the sum of overlapping services");
        String h = headline(home, INDIVIDUALS);
        FigureCells.Figure main = FigureCells.in(h).getFirst();
        assertEquals("value", main.status(), h);
        assertEquals(60_000, main.value(), "the largest service, rights awareness, as its own figure");
        assertEquals("rights-awareness", FigureCells.params(main.explore()).get("serviceType"), main.explore());
        List<String> notes = all("<p class=\"not-added-total\">(.*?)</p>", h);
        assertEquals(1, notes.size(), h);
        assertEquals(
                "The 2024 total of this dataset is not added up: a person may be counted in several categories",
                FigureCells.text(notes.getFirst()));
        assertTrue(notes.getFirst().contains("href=\"/about#overlap\""), notes.getFirst());
        assertFalse(notes.getFirst().matches("(?s).*>[^<]*[0-9][^<]*</a>.*"), "no number in the note");
    }

    @Test
    @DisplayName("in Hindi the headline says 'जोड़ा नहीं गया' and why, and links to the explanation")
    void theIndividualsHeadlineInHindi() {
        String home = page("/?lang=hi");
        assertFalse(home.contains("61,200"));
        String note = all("<p class=\"not-added-total\">(.*?)</p>", headline(home, INDIVIDUALS))
                .getFirst();
        assertTrue(
                FigureCells.text(note).endsWith("जोड़ा नहीं गया: एक व्यक्ति कई श्रेणियों में गिना जा सकता है"),
                FigureCells.text(note));
        assertTrue(note.contains("href=\"/about#overlap\""), note);
        String about = page("/about?lang=hi");
        assertTrue(about.contains("<section id=\"overlap\"><h2>कुछ आँकड़े जोड़े क्यों नहीं जाते</h2>"), "explained");
        assertTrue(page("/about").contains("<section id=\"overlap\"><h2>Why some figures are not added up</h2>"));
    }

    @Test
    @DisplayName("a district page shows each service's figure and 'not added up' in place of the services' total")
    void aDistrictPageDoesNotAddServices() {
        String group =
                DistrictBreakdownTest.indicators(page("/id/district/214")).get(BY_DISTRICT);
        String total = all("(?s)<tr class=\"total\">(.*?)</tr>", group).getFirst();
        List<FigureCells.Figure> totals = FigureCells.in(total);
        assertEquals(2, totals.size(), "2023 and 2024: " + total);
        for (FigureCells.Figure f : totals) {
            assertEquals("not-added", f.status(), f.html());
            assertEquals("not added up: a person may be counted in several categories", f.text());
            assertFalse(FigureCells.params(f.explore()).containsKey("serviceType"), "the explorer shows each service");
        }
        long services = FigureCells.in(group).stream()
                .filter(f -> f.status().equals("value"))
                .count();
        assertTrue(services >= 4, "each service's own figures are shown: " + services);
        assertFalse(group.contains("class=\"data over-time\""), "no series of 'all services combined'");
        assertFalse(group.contains("<svg"), "no chart of 'all services combined'");
        String hi = DistrictBreakdownTest.indicators(page("/id/district/214?lang=hi"))
                .get(BY_DISTRICT);
        assertTrue(
                FigureCells.text(all("(?s)<tr class=\"total\">(.*?)</tr>", hi).getFirst())
                        .contains("जोड़ा नहीं गया: एक व्यक्ति कई श्रेणियों में गिना जा सकता है"),
                hi);
    }

    @Test
    @DisplayName("a dataset whose categories partition the cases still totals them by the one rule, as before")
    void aPartitionStillSums() {
        // Katihar's cases by channel × outcome: a total of all 20 cells, withheld because most are small.
        String group =
                DistrictBreakdownTest.indicators(page("/id/district/201")).get(RESOLUTION);
        String total = all("(?s)<tr class=\"total\">(.*?)</tr>", group).getFirst();
        List<FigureCells.Figure> totals = FigureCells.in(total);
        assertEquals(2, totals.size(), total);
        for (FigureCells.Figure f : totals) {
            assertEquals("withheld", f.status(), f.html());
            assertTrue(f.text().matches("not published: \\d+ of 20 cells withheld to protect privacy"), f.text());
        }
        // Totals over areas, months and total codes, which partition what is counted, are published sums as before.
        int sums = 0;
        for (String h : HeadlinesHonestyTest.headlines(page("/"))) {
            FigureCells.Figure f = FigureCells.in(h).getFirst();
            if (f.status().equals("value")) {
                long[] s =
                        FigureCells.sparql(portal, FigureCells.dataset(f.explore()), FigureCells.params(f.explore()));
                assertEquals(s[3], f.value(), "the sum of its cells: " + h);
                sums += s[0] > 1 ? 1 : 0;
            }
        }
        assertTrue(sums >= 2, "headlines that add several cells up: " + sums);
    }

    @Test
    @DisplayName(
            "a dataset page charts no sum of overlapping categories per period, says why, and charts each category")
    void theDatasetPageChartsNoSumOfServices() {
        String en = page(INDIVIDUALS);
        String chart = all("(?s)<section id=\"chart\">(.*?)</section>", en).getFirst();
        assertFalse(en.contains("61,200"), "the sum of overlapping services");
        assertFalse(chart.contains("chart-period"), "no chart of 'all services combined' per period: " + chart);
        assertEquals(
                List.of(
                        "No total per period is charted: the categories of service type overlap (one person or case may be"
                                + " counted in several of them), so they are not added up. Why some figures are not added up"),
                all("(?s)<p class=\"note overlap-note\"[^>]*>(.*?)</p>", chart).stream()
                        .map(FigureCells::text)
                        .toList());
        assertTrue(
                chart.contains("href=\"/explore/four-state-network/annual-outcomes-individuals?view=chart\""), chart);
        // Each service on its own bar: 400, 60,000 and 800, never added to one another.
        assertEquals(
                List.of("60,000", "800", "400"),
                all("<text [^>]*class=\"chart-value\">([^<]*)</text>", chart),
                "a bar per service: " + chart);
        // Violation types overlap too (one case can record several): no period chart of all types added up.
        String violations = page("/id/dataset/mrc-alliance/violations-by-district-quarter");
        assertFalse(violations.contains("chart-period"), "no chart of all violation types added up per quarter");
        assertTrue(violations.contains("aria-labelledby=\"chart-category-title"), "a bar per violation type");
        String hi = all("(?s)<section id=\"chart\">(.*?)</section>", page(INDIVIDUALS + "?lang=hi"))
                .getFirst();
        assertTrue(
                FigureCells.text(all("(?s)<p class=\"note overlap-note\"[^>]*>(.*?)</p>", hi)
                                .getFirst())
                        .startsWith(
                                "हर अवधि का कुल चार्ट नहीं किया गया: सेवा का प्रकार की श्रेणियाँ आपस में ओवरलैप करती हैं"),
                hi);
        // A dataset whose categories partition what is counted keeps its chart per period.
        assertTrue(page(RESOLUTION).contains("chart-period"), "a partition is still charted per period");
    }

    @Test
    @DisplayName("the explorer and its API give one row per service, never a sum, and say that the services overlap")
    void theExplorerSaysServicesOverlap() {
        JsonNode doc = json("/api/data/four-state-network/annual-outcomes-individuals");
        for (JsonNode c : doc.get("columns")) {
            assertEquals(
                    c.get("param").asString().equals("serviceType"),
                    c.get("categoriesOverlap").asBoolean(),
                    c.toString());
        }
        assertEquals(3, doc.get("rows").size(), "one row per service");
        for (JsonNode r : doc.get("rows")) {
            assertFalse(r.get("service_type").asString().isEmpty(), r.toString());
            assertTrue(List.of(400L, 60_000L, 800L).contains(r.get("value").asLong()), r.toString());
        }
        JsonNode partition = json("/api/data/mrc-alliance/case-resolution-by-district-year?area=201");
        partition
                .get("columns")
                .forEach(c -> assertFalse(c.get("categoriesOverlap").asBoolean(), c.toString()));
        String en = page("/explore/four-state-network/annual-outcomes-individuals");
        assertEquals(
                List.of(
                        "The categories of service type overlap: a person may be counted in several of them, so the rows"
                                + " are not to be added up. Why some figures are not added up"),
                all("(?s)<p class=\"note overlap-note\" data-dimension=\"serviceType\">(.*?)</p>", en).stream()
                        .map(FigureCells::text)
                        .toList());
        String hi = page("/explore/four-state-network/annual-outcomes-individuals?lang=hi");
        assertTrue(
                FigureCells.text(all("(?s)<p class=\"note overlap-note\"[^>]*>(.*?)</p>", hi)
                                .getFirst())
                        .startsWith("सेवा का प्रकार की श्रेणियाँ आपस में ओवरलैप करती हैं"),
                hi);
        assertFalse(
                page("/explore/mrc-alliance/case-resolution-by-district-year").contains("overlap-note"));
    }

    @Test
    @DisplayName("the map shows one service at a time, never 'all (summed)', and refuses to add two services up")
    void theMapNeverAddsServices() {
        String ds = "https://w3id.org/pravasi/id/dataset" + BY_DISTRICT.substring("/id/dataset".length());
        String q = java.net.URLEncoder.encode(ds, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode map = json("/api/map?dataset=" + q + "&period=2024-Q1");
        JsonNode service = map.get("filters")
                .valueStream()
                .filter(f -> f.get("param").asString().equals("serviceType"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(map.get("filters").toString()));
        assertEquals("chosen", service.get("mode").asString(), service.toString());
        assertEquals(1, service.get("codes").size(), "one service, not all of them summed: " + service);
        var two = portal.get(
                "/api/map?dataset=" + q + "&serviceType=legal-aid&serviceType=rights-awareness", "application/json");
        assertEquals(400, two.statusCode(), two.body());
        assertTrue(two.body().contains("overlap"), two.body());
        JsonNode indicator = json("/api/map/indicators")
                .get("indicators")
                .valueStream()
                .filter(i -> i.get("dataset").asString().equals(ds))
                .findFirst()
                .orElseThrow();
        assertTrue(indicator.get("dimensions").get(0).get("overlapping").asBoolean(), indicator.toString());
        String form = page("/map?dataset=" + q);
        String select = all("(?s)<select id=\"pv-dim-serviceType\"[^>]*>(.*?)</select>", form)
                .getFirst();
        assertFalse(select.contains("value=\"\""), "no 'All (summed)' choice: " + select);
        // Channels of resolution partition the cases: summing them stays a choice.
        String channels = page("/map?dataset="
                + java.net.URLEncoder.encode(
                        "https://w3id.org/pravasi/id/dataset/mrc-alliance/case-resolution-by-district-year",
                        java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(
                all("(?s)<select id=\"pv-dim-resolutionChannel\"[^>]*>(.*?)</select>", channels)
                        .getFirst()
                        .contains("value=\"\""),
                "all channels (summed) is still offered");
    }
}
