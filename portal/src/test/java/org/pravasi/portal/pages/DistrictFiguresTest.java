package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.store.Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("District figures: the district page and the map apply one rule to withheld cells")
class DistrictFiguresTest {
    private static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/withheld-check";
    private static final String DESCRIPTOR = """
            {"slug": "withheld-check", "publisher": "mrc-alliance", "title": "Withheld check", "description": "Cases.",
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"], "keywords": ["check"],
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "channel", "role": "dimension", "codeList": "resolution-channel"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    /**
     * 2025-Q1 has a count below k (and so a second withheld cell); 2025-Q2, with other channels, is complete: 30 + 40.
     * Each case is pursued through one channel, so channels partition the cases and may be added up.
     */
    private static final String CSV = """
            district,quarter,channel,cases
            201,2025-Q1,adr,25
            201,2025-Q1,legal-proceedings,3
            201,2025-Q1,labour-department,40
            201,2025-Q1,collective-action,50
            201,2025-Q2,police-complaint,30
            201,2025-Q2,adr,40
            """;

    @TempDir
    static Path dir;

    static DemoPortal portal;

    @BeforeAll
    static void publish() {
        portal = DemoPortal.start(dir, Optional.empty());
        PublishOutcome o = portal.portal()
                .node()
                .publisher()
                .publish(new PublishRequest(
                        "mrc-alliance",
                        "d.json",
                        DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
                        "d.csv",
                        CSV.getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.toString());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** The table rows of this dataset's section on the page of district 201. */
    static List<String> rows() {
        String html = portal.get("/id/district/201", "text/html").body();
        Matcher m = Pattern.compile("<article class=\"indicator\"[^>]*>(.*?)</article>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            if (m.group(1).contains("href=\"/id/dataset/mrc-alliance/withheld-check\"")) {
                String overTime = m.group(1).substring(m.group(1).indexOf("<table class=\"data over-time\""));
                return Pattern.compile("<tr><th scope=\"row\">.*?</tr>")
                        .matcher(overTime.substring(0, overTime.indexOf("</table>")))
                        .results()
                        .map(r -> r.group())
                        .toList();
            }
        }
        throw new AssertionError("no section for the dataset on " + html);
    }

    static JsonNode district201(String period) {
        var r = portal.get("/api/map?dataset=" + DATASET + "&period=" + period, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode d : JsonMapper.builder().build().readTree(r.body()).get("districts")) {
            if (d.get("lgd").asString().equals("201")) {
                return d;
            }
        }
        throw new AssertionError("no district 201 in " + r.body());
    }

    @Test
    @DisplayName("a period whose sum includes a withheld cell shows no partial sum on the district page")
    void withheldPeriodShowsNoPartialSum() {
        String q1 = rows().stream().filter(r -> r.contains("2025")).findFirst().orElseThrow();
        assertTrue(q1.contains("data-status=\"withheld\""), q1);
        assertTrue(q1.contains("not published"), q1);
        assertFalse(q1.matches("(?s).*<td class=\"num[^\"]*\">[0-9,]+.*"), "no number shown: " + q1);
    }

    @Test
    @DisplayName("the map and the district page agree: withheld where one is, the same figure where complete")
    void mapAndPageAgree() {
        List<String> rows = rows();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("suppressed", district201("2025-Q1").get("status").asString());
        assertTrue(rows.get(0).contains("data-status=\"withheld\""), rows.get(0));
        JsonNode q2 = district201("2025-Q2");
        assertEquals("value", q2.get("status").asString());
        assertEquals(70, q2.get("value").asLong());
        assertTrue(rows.get(1).contains(">70<"), rows.get(1));
    }

    @Test
    @DisplayName("district figures and headlines read at most a bounded slice: a dataset with more is left off, never"
            + " read whole")
    void pagesReadABoundedSliceOrLeaveTheDatasetOff() {
        RegistryNode node = portal.portal().node();
        Store store = node.store();
        Catalogue catalogue = new Catalogue(store, CatalogView.over(store, node.uris()));
        int k = node.config().threshold();
        String district = "https://w3id.org/pravasi/id/district/201";
        // The dataset has six observations, all in district 201 and in 2025.
        assertTrue(figuresOf(new DistrictFigures(store, catalogue, k, 6).read(district, "en")));
        assertFalse(figuresOf(new DistrictFigures(store, catalogue, k, 5).read(district, "en")));
        assertTrue(headlineOf(new Headlines(store, catalogue, node.bus(), k, 6).read("en")));
        assertFalse(headlineOf(new Headlines(store, catalogue, node.bus(), k, 5).read("en")));
    }

    private static boolean figuresOf(List<DistrictFigures.Indicator> indicators) {
        return indicators.stream().anyMatch(i -> i.dataset().uri().equals(DATASET));
    }

    private static boolean headlineOf(List<Headlines.Headline> headlines) {
        return headlines.stream().anyMatch(h -> h.dataset().uri().equals(DATASET));
    }
}
