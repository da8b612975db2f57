package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.map.MapApiTest.VIOLATIONS;
import static org.pravasi.portal.map.MapApiTest.enc;
import static org.pravasi.portal.map.MapApiTest.json;

import java.net.http.HttpResponse;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.MapSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21 point 9 on the map: districts without figures, the period, the CSV export and the table's order are in Hindi
 * on a Hindi map. The oracle for names is the reference geography as {@link DistrictDirectory} reads it (checked
 * against its SPARQL definition by {@code DistrictDirectoryTest}); for periods, the labels every page writes.
 */
@DisplayName("The map in Hindi: boundaries, period, CSV and table order")
class HindiMapTest {
    private static final Pattern STATE_CELL =
            Pattern.compile("<tr class=\"pv-[a-z]+\" data-lgd=\"[0-9]+\"><th scope=\"row\">.*?</th><td>([^<]*)</td>");

    private static DistrictDirectory directory() {
        return DistrictDirectory.read(
                MapSource.over(DemoPortal.shared().portal().node().store(), 60_000));
    }

    @Test
    @DisplayName("the whole-India outlines with lang=hi name each district's state (and the district) in Hindi where"
            + " the data have it, so that a district without figures is named in Hindi too")
    void boundariesCarryHindiNames() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (../shared/data/geo)");
        DistrictDirectory geo = directory();
        JsonNode features = json(DemoPortal.shared().get("/geo/districts.geojson?level=0&lang=hi"))
                .path("features");
        assertTrue(features.size() > 600, "all India: " + features.size());
        int stateHi = 0;
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            DistrictDirectory.District d = geo.district(p.path("lgd").asString());
            assertEquals(d.stateHi(), p.path("stateHi").asString(null), "stateHi of " + d.lgd());
            assertEquals(d.nameHi(), p.path("nameHi").asString(null), "nameHi of " + d.lgd());
            assertEquals(d.name(), p.path("name").asString(), "the English name stays, as the fall-back");
            stateHi += d.stateHi() == null ? 0 : 1;
        }
        assertTrue(stateHi > 600, "the demo geography names the states in Hindi: " + stateHi);
        JsonNode states = json(DemoPortal.shared().get("/geo/states.geojson?level=0&lang=hi"))
                .path("features");
        for (JsonNode s : states) {
            String lgd = s.path("properties").path("lgd").asString();
            assertEquals(
                    geo.state(lgd).map(DistrictDirectory.State::nameHi).orElse(null),
                    s.path("properties").path("nameHi").asString(null),
                    "nameHi of state " + lgd);
        }
    }

    @Test
    @DisplayName("the outlines without lang stay as they were (no Hindi bytes on an English page); an unknown lang is"
            + " a 400 naming the languages")
    void boundariesInEnglishUnchangedAndUnknownLanguageRefused() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (../shared/data/geo)");
        String english =
                DemoPortal.shared().get("/geo/districts.geojson?level=0").body();
        assertFalse(english.contains("stateHi") || english.contains("nameHi"), "no Hindi names without lang=hi");
        assertEquals(
                english,
                DemoPortal.shared()
                        .get("/geo/districts.geojson?level=0&lang=en")
                        .body());
        HttpResponse<String> bad = DemoPortal.shared().get("/geo/districts.geojson?level=0&lang=fr");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("lang=en") && bad.body().contains("lang=hi"), bad.body());
    }

    @Test
    @DisplayName("/api/map?lang=hi labels the period in Hindi as the pages do (quarter and year); English stays")
    void apiLabelsPeriodInHindi() {
        String base = "/api/map?dataset=" + enc(VIOLATIONS);
        assertEquals(
                "2024 की पहली तिमाही",
                json(DemoPortal.shared().get(base + "&period=2024-Q1&lang=hi"))
                        .path("period")
                        .path("label")
                        .asString());
        assertEquals(
                "2024 की दूसरी तिमाही",
                json(DemoPortal.shared().get(base + "&period=2024-Q2&districts=data&lang=hi"))
                        .path("period")
                        .path("label")
                        .asString(),
                "also the map script's request (districts with data)");
        assertEquals(
                "2024",
                json(DemoPortal.shared().get(base + "&period=2024&lang=hi"))
                        .path("period")
                        .path("label")
                        .asString());
        assertEquals(
                "2024 Q1",
                json(DemoPortal.shared().get(base + "&period=2024-Q1"))
                        .path("period")
                        .path("label")
                        .asString(),
                "English after Hindi: the cached answers are kept apart by language");
    }

    @Test
    @DisplayName("/api/map with an unknown lang is a 400 problem that names the languages, in JSON and CSV alike")
    void apiRefusesUnknownLanguage() {
        for (String format : List.of("json", "csv")) {
            HttpResponse<String> r =
                    DemoPortal.shared().get("/api/map?dataset=" + enc(VIOLATIONS) + "&format=" + format + "&lang=xx");
            assertEquals(400, r.statusCode(), format);
            assertTrue(
                    r.body().contains("'xx' is not a language of /api/map")
                            && r.body().contains("lang=en")
                            && r.body().contains("lang=hi"),
                    r.body());
        }
    }

    @Test
    @DisplayName("the CSV export with lang=hi has Hindi names where the data have them and a Hindi period_label")
    void csvInHindi() throws Exception {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (../shared/data/geo)");
        DistrictDirectory geo = directory();
        HttpResponse<String> r =
                DemoPortal.shared().get("/api/map?dataset=" + enc(VIOLATIONS) + "&period=2024-Q1&format=csv&lang=hi");
        assertEquals(200, r.statusCode(), r.body());
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(
                r.body(),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertEquals(MapCsv.HEADER, p.getHeaderNames());
            rows = p.getRecords();
        }
        assertFalse(rows.isEmpty(), "districts with figures");
        for (CSVRecord row : rows) {
            DistrictDirectory.District d = geo.district(row.get("lgd_code"));
            assertEquals(d.nameIn("hi"), row.get("district"), d.lgd());
            assertEquals(d.stateIn("hi"), row.get("state"), d.lgd());
            assertEquals("2024-Q1", row.get("period"), "the notation stays, for joining");
            assertEquals("2024 की पहली तिमाही", row.get("period_label"));
        }
        assertTrue(
                rows.stream().anyMatch(row -> row.get("state").matches(".*[\\u0900-\\u097F].*")),
                "some state is named in Hindi");
        String english = DemoPortal.shared()
                .get("/api/map?dataset=" + enc(VIOLATIONS) + "&period=2024-Q1&format=csv")
                .body();
        assertTrue(english.lines().skip(1).allMatch(l -> l.endsWith(",2024 Q1")), "English period_label");
    }

    @Test
    @DisplayName("the table on a Hindi map sorts by the names shown, in Hindi dictionary order (hi-IN collation)")
    void tableSortsByHindiName() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (../shared/data/geo)");
        String html = DemoPortal.shared()
                .get("/map?dataset=" + enc(VIOLATIONS) + "&all=1&sort=state&lang=hi", "text/html")
                .body();
        List<String> states = new ArrayList<>();
        Matcher m = STATE_CELL.matcher(html);
        while (m.find()) {
            states.add(m.group(1));
        }
        assertTrue(states.size() > 600, "every district listed: " + states.size());
        Collator hindi = Collator.getInstance(Locale.forLanguageTag("hi-IN"));
        hindi.setStrength(Collator.SECONDARY);
        List<String> sorted = new ArrayList<>(states);
        sorted.sort(hindi);
        assertEquals(
                sorted.stream().distinct().toList(), states.stream().distinct().toList(), "states in Hindi order");
        assertTrue(states.stream().anyMatch(s -> s.matches(".*[\\u0900-\\u097F].*")), "the states are shown in Hindi");
    }
}
