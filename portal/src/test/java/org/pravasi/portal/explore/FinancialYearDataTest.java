package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Data published by financial year (April to March): shown as published, never turned into calendar years")
class FinancialYearDataTest {
    static final String DATA = "/api/data/mrc-alliance/legal-aid-by-financial-year";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DESCRIPTOR = """
            {"slug": "legal-aid-by-financial-year", "publisher": "mrc-alliance",
             "title": {"en": "Legal aid cases by financial year", "hi": "वित्त वर्ष के अनुसार कानूनी सहायता के मामले"},
             "description": {"en": "Test data by financial year.", "hi": "वित्त वर्ष के अनुसार परीक्षण आँकड़े।"},
             "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"], "illustrative": true,
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "year", "role": "period", "granularity": "financial-year"},
                         {"name": "service", "role": "dimension", "codeList": "service-type"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """;
    static final String CSV = """
            district,year,service,cases
            201,FY2022-23,legal-aid,30
            201,FY2023-24,legal-aid,12
            201,FY2024-25,legal-aid,14
            62,FY2023-24,legal-aid,20
            62,FY2024-25,legal-aid,25
            """;

    @TempDir
    static Path dir;

    static DemoPortal portal;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        Path org = Files.createDirectories(dir.resolve("datasets/mrc-alliance"));
        Files.copy(
                DemoPortal.datasetsFolder().resolve("mrc-alliance/organisation.json"),
                org.resolve("organisation.json"));
        Files.writeString(org.resolve("legal-aid-by-financial-year.json"), DESCRIPTOR);
        Files.writeString(org.resolve("legal-aid-by-financial-year.csv"), CSV);
        portal = DemoPortal.start(dir.resolve("data"), Optional.of(dir.resolve("datasets")));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    static JsonNode json(String path) {
        HttpResponse<String> r = portal.get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    @DisplayName("the explorer shows each published financial year with its own value, label and URI")
    void showsPublishedFinancialYears() {
        JsonNode doc = json(DATA + "?area=201&serviceType=legal-aid");
        assertEquals("fy", doc.get("selection").get("dataGranularity").asString());
        assertEquals("fy", doc.get("selection").get("granularity").asString());
        List<String> periods = new ArrayList<>();
        doc.get("rows").forEach(r -> periods.add(r.get("period").asString()));
        assertEquals(List.of("FY2022-23", "FY2023-24", "FY2024-25"), periods);
        JsonNode fy2324 = doc.get("rows").get(1);
        assertEquals(12, fy2324.get("value").asLong());
        assertEquals("value", fy2324.get("status").asString());
        assertEquals(1, fy2324.get("parts").asInt(), "a published financial year is one figure, not a sum");
        assertEquals("FY 2023–24", fy2324.get("period_label").asString());
        assertEquals(
                "https://w3id.org/pravasi/id/period/FY2023-24",
                fy2324.get("period_uri").asString());
    }

    @Test
    @DisplayName("a period filter picks one financial year")
    void filtersByFinancialYear() {
        JsonNode rows = json(DATA + "?serviceType=legal-aid&period=FY2023-24").get("rows");
        assertEquals(2, rows.size(), rows.toString());
        rows.forEach(r -> assertEquals("FY2023-24", r.get("period").asString()));
    }

    @Test
    @DisplayName(
            "a calendar year cannot be made from financial years: the request is refused and says what can be shown")
    void refusesCalendarYearsOfFinancialYears() {
        for (String g : List.of("year", "quarter", "month")) {
            HttpResponse<String> r = portal.get(DATA + "?granularity=" + g, "application/json");
            assertEquals(400, r.statusCode(), g + ": " + r.body());
            assertTrue(r.body().contains("fy"), r.body());
        }
    }

    @Test
    @DisplayName("the map offers the financial years as periods, oldest first, with their labels")
    void theMapListsFinancialYears() {
        JsonNode indicators = json("/api/map/indicators");
        List<String> notations = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        indicators
                .findValues("periods")
                .forEach(ps -> ps.forEach(p -> {
                    notations.add(p.get("notation").asString());
                    labels.add(p.get("label").asString());
                }));
        assertEquals(List.of("FY2022-23", "FY2023-24", "FY2024-25"), notations, indicators.toString());
        assertEquals("FY 2023–24", labels.get(1));
    }

    @Test
    @DisplayName("a financial-year URI dereferences to its period, 1 April to 31 March")
    void theFinancialYearUriIsAPage() {
        HttpResponse<String> r = portal.get("/id/period/FY2030-31", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("2030-04-01") && r.body().contains("2031-03-31"), r.body());
    }
}
