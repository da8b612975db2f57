package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("The map's current view downloads as formula-safe CSV")
class MapCsvTest {
    static final String VIOLATIONS = MapApiTest.VIOLATIONS;

    @Test
    @DisplayName("format=csv gives one row per district shown, the figures of the JSON answer, as an attachment")
    void csvHasTheFiguresOfTheView() {
        String q = "/api/map?dataset=" + URLEncoder.encode(VIOLATIONS, StandardCharsets.UTF_8) + "&period=2024-Q1";
        HttpResponse<String> csv = DemoPortal.shared().get(q + "&format=csv", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(String.join(",", MapCsv.HEADER), lines.getFirst());
        String json = DemoPortal.shared().get(q, "application/json").body();
        long shown = json.split("\"status\":\"value\"", -1).length
                - 1
                + json.split("\"status\":\"suppressed\"", -1).length
                - 1;
        assertEquals(shown, lines.size() - 1, "one row per district with a figure or a withheld one");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("201,Katihar,Bihar,2024-Q1,")), csv.body());
    }

    @Test
    @DisplayName("a year's row says how many quarters are withheld")
    void yearRowsSayWhy() {
        String q =
                "/api/map?dataset=" + URLEncoder.encode(VIOLATIONS, StandardCharsets.UTF_8) + "&period=2024&format=csv";
        String body = DemoPortal.shared().get(q, "text/csv").body();
        assertTrue(body.lines().anyMatch(l -> l.matches("[0-9]+,[^,]+,[^,]+,2024,,suppressed,[1-4],[0-3],4,.*")), body);
    }

    @Test
    @DisplayName("a cell that a spreadsheet would run as a formula gets a leading quote")
    void formulaSafe() {
        DistrictValue evil =
                new DistrictValue("1", "=HYPERLINK(\"x\")", "+SUM(A1)", "9", 12L, Status.VALUE, true, null);
        MapResult one = new MapResult(
                new MapResult.Source(
                        "https://x/d",
                        "https://x/d/v1",
                        new Term("o", new LangText("O", null)),
                        new LangText("T", null),
                        new Term("https://x/m", new LangText("M", null))),
                new PeriodInfo("2024-Q1", "p", "2024 Q1", null, null),
                List.of(),
                new MapResult.Areas(List.of(evil), List.of(12L), List.of()),
                10,
                false);
        String csv = MapCsv.write(one, "", "en");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
        assertTrue(csv.contains("'+SUM(A1)"), csv);
    }

    @Test
    @DisplayName("an unknown format is a 400 that names the formats")
    void unknownFormat() {
        HttpResponse<String> r = DemoPortal.shared()
                .get("/api/map?dataset=" + URLEncoder.encode(VIOLATIONS, StandardCharsets.UTF_8) + "&format=xlsx");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("format=csv"), r.body());
    }
}
