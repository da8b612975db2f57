package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The data API: filters, rollups that never leak a withheld part, downloads of exactly the selection")
class ExploreApiTest {
    static final String VIOLATIONS = "/api/data/mrc-alliance/violations-by-district-quarter";
    static final String KATIHAR_2024 = "?area=Katihar&violationType=wage-theft&period=2024&granularity=year";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The LGD codes of the four districts of the demo violations dataset. */
    static final List<String> DISTRICTS = List.of("62", "157", "201", "339");

    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    static JsonNode json(String path) {
        HttpResponse<String> r = portal.get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The quarters of one district's wage theft in 2024, as the API gives them at the data's own granularity. */
    static List<JsonNode> quarters(String district) {
        List<JsonNode> out = new ArrayList<>();
        json(VIOLATIONS + "?area=" + district + "&violationType=wage-theft")
                .get("rows")
                .forEach(r -> {
                    if (r.get("period").asString().startsWith("2024-")) {
                        out.add(r);
                    }
                });
        assertEquals(4, out.size(), out.toString());
        return out;
    }

    /**
     * The sum of the cases of one district and violation type in 2024's four quarters, by an independent SPARQL query.
     */
    static long sparqlSum(String district, String violationType) {
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                SELECT (SUM(?v) AS ?sum) (COUNT(?obs) AS ?n) WHERE {
                  ?obs qb:dataSet ?version ;
                       sdmx-dimension:refArea <https://w3id.org/pravasi/id/district/%s> ;
                       sdmx-dimension:refPeriod ?p ;
                       <https://w3id.org/pravasi/def#violationType> <https://w3id.org/pravasi/code/violation-type/%s> ;
                       <https://w3id.org/pravasi/def#cases> ?v .
                  FILTER(STRSTARTS(STR(?p), "https://w3id.org/pravasi/id/period/2024-Q"))
                  FILTER(STRSTARTS(STR(?version), "https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter/"))
                }""".formatted(district, violationType);
        HttpResponse<String> r = portal.get(
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode b = JSON.readTree(r.body()).get("results").get("bindings").get(0);
        assertEquals(4, b.get("n").get("value").asLong(), "four published quarters: " + r.body());
        return b.get("sum").get("value").asLong();
    }

    @Test
    @DisplayName(
            "wage theft in Katihar in 2024: the year is withheld, says how many quarters and why, and shows no number")
    void withheldQuartersWithholdTheYear() {
        List<JsonNode> q = quarters("201");
        long withheld = q.stream()
                .filter(r -> r.get("status").asString().equals("withheld"))
                .count();
        assertTrue(withheld > 0, "the demo data withholds small Katihar quarters: " + q);
        JsonNode doc = json(VIOLATIONS + KATIHAR_2024);
        assertEquals(1, doc.get("rows").size(), doc.toString());
        JsonNode row = doc.get("rows").get(0);
        assertEquals("201", row.get("area").asString());
        assertEquals("2024", row.get("period").asString());
        assertEquals("wage-theft", row.get("violation_type").asString());
        assertEquals("withheld", row.get("status").asString());
        assertTrue(row.get("value").isNull(), row.toString());
        assertEquals(4, row.get("parts").asInt());
        assertEquals(withheld, row.get("withheldParts").asLong());
        assertEquals(
                "Not published: " + withheld + " of 4 quarters withheld to protect privacy.",
                row.get("reason").asString());
        long published = q.stream()
                .filter(r -> r.get("status").asString().equals("value"))
                .mapToLong(r -> r.get("value").asLong())
                .sum();
        // Neither the partial sum of the published quarters nor the true total (41 in datasets/) is anywhere.
        for (String leak : List.of(Long.toString(published), "41")) {
            assertFalse(doc.toString().matches("(?s).*\\b" + leak + "\\b.*"), leak + " in " + doc);
        }
        assertEquals("/about#privacy", doc.get("privacy").asString());
    }

    @Test
    @DisplayName("a year whose quarters are all published is their sum, as an independent SPARQL query counts it")
    void publishedQuartersRollUpToTheYear() {
        JsonNode years = json(VIOLATIONS + "?period=2024&granularity=year").get("rows");
        int published = 0;
        for (JsonNode year : years) {
            String area = year.get("area").asString();
            String type = year.get("violation_type").asString();
            JsonNode quarters = json(VIOLATIONS + "?area=" + area + "&violationType=" + type)
                    .get("rows");
            long sum = 0;
            int value = 0;
            for (JsonNode q : quarters) {
                if (q.get("period").asString().startsWith("2024-")
                        && q.get("status").asString().equals("value")) {
                    sum += q.get("value").asLong();
                    value++;
                }
            }
            if (value == 4) {
                published++;
                assertEquals("value", year.get("status").asString(), year.toString());
                assertEquals(sum, year.get("value").asLong(), year.toString());
                assertEquals(sparqlSum(area, type), year.get("value").asLong(), year.toString());
                assertEquals("", year.get("reason").asString());
            } else {
                assertEquals("withheld", year.get("status").asString(), year.toString());
                assertEquals(4 - value, year.get("withheldParts").asInt(), year.toString());
                assertTrue(year.get("value").isNull(), year.toString());
            }
        }
        assertTrue(published > 0, "some year of the demo data is complete: " + years);
    }

    @Test
    @DisplayName("a financial year (April to March) is published only when all four of its quarters are")
    void financialYearNeedsEveryQuarter() {
        for (String district : DISTRICTS) {
            Map<String, String> quarter = new HashMap<>();
            json(VIOLATIONS + "?area=" + district + "&violationType=wage-theft")
                    .get("rows")
                    .forEach(r -> quarter.put(
                            r.get("period").asString(), r.get("status").asString()));
            JsonNode rows = json(VIOLATIONS + "?area=" + district + "&violationType=wage-theft&granularity=fy")
                    .get("rows");
            List<String> fys = new ArrayList<>();
            rows.forEach(r -> fys.add(r.get("period").asString()));
            assertEquals(List.of("FY2022-23", "FY2023-24", "FY2024-25"), fys, district);
            for (JsonNode r : rows) {
                int start = Integer.parseInt(r.get("period").asString().substring(2, 6));
                List<String> parts = List.of(start + "-Q2", start + "-Q3", start + "-Q4", (start + 1) + "-Q1");
                List<String> statuses = parts.stream()
                        .map(p -> quarter.getOrDefault(p, "nodata"))
                        .toList();
                String expected = statuses.contains("withheld")
                        ? "withheld"
                        : statuses.contains("nodata") ? "incomplete" : "value";
                assertEquals(expected, r.get("status").asString(), district + " " + r + " from " + statuses);
                assertEquals(expected.equals("value"), !r.get("value").isNull(), r.toString());
                assertEquals(
                        statuses.stream().filter("nodata"::equals).count(),
                        r.get("missingParts").asLong());
            }
        }
        JsonNode first = json(VIOLATIONS + "?area=201&violationType=wage-theft&granularity=fy&period=FY2022-23")
                .get("rows")
                .get(0);
        assertTrue(first.get("reason").asString().startsWith("Not published: "), first.toString());
    }

    @Test
    @DisplayName("a financial-year total names its period by URI and label, as a calendar-year total does")
    void financialYearTotalsHaveTheirPeriodUri() {
        JsonNode row = json(VIOLATIONS + "?area=201&violationType=wage-theft&granularity=fy&period=FY2023-24")
                .get("rows")
                .get(0);
        assertEquals(
                "https://w3id.org/pravasi/id/period/FY2023-24",
                row.get("period_uri").asString(),
                row.toString());
        assertEquals("FY 2023–24", row.get("period_label").asString());
    }

    @Test
    @DisplayName("a state selects its districts; a name or an LGD code selects one district")
    void areaByStateNameOrCode() {
        for (String area : List.of("Bihar", "बिहार", "state:10", "katihar", "201", "KATIHAR")) {
            JsonNode doc = json(
                    VIOLATIONS + "?violationType=wage-theft&area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
            assertEquals(8, doc.get("rows").size(), area + ": " + doc.get("rows"));
            doc.get("rows").forEach(r -> assertEquals("201", r.get("area").asString(), area));
        }
        JsonNode doc = json(VIOLATIONS + "?area=Bihar");
        assertEquals("state", doc.get("selection").get("area").get("level").asString());
    }

    @Test
    @DisplayName("a period filter at the data's own granularity gives one quarter")
    void quarterFilter() {
        JsonNode doc = json(VIOLATIONS + "?area=62&violationType=wage-theft&period=2024-Q1");
        assertEquals(1, doc.get("rows").size());
        assertEquals("2024-Q1", doc.get("rows").get(0).get("period").asString());
        assertEquals(30, doc.get("rows").get(0).get("value").asLong());
        assertEquals("quarter", doc.get("selection").get("granularity").asString());
    }

    @Test
    @DisplayName("a year as the period at the data's own granularity gives that year's quarters")
    void yearOfQuarters() {
        JsonNode doc = json(VIOLATIONS + "?area=62&violationType=wage-theft&period=2024&granularity=quarter");
        List<String> periods = new ArrayList<>();
        doc.get("rows").forEach(r -> periods.add(r.get("period").asString()));
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"), periods);
    }

    @Test
    @DisplayName("what cannot be answered is a 400 problem naming the parameter and what to use instead")
    void badSelectionsAreProblems() {
        record Case(String query, String parameter, String says) {}
        for (Case c : List.of(
                new Case("?violationType=wage-thft", "violationType", "wage-theft"),
                new Case("?colour=red", "colour", "violationType"),
                new Case("?area=Atlantis", "area", "LGD code"),
                new Case("?granularity=week", "granularity", "fy"),
                new Case("?granularity=month", "granularity", "quarter"),
                new Case("?period=2024-Q1&granularity=year", "period", "2024"),
                new Case("?period=24", "period", "2024-Q1"))) {
            HttpResponse<String> r = portal.get(VIOLATIONS + c.query(), "application/json");
            assertEquals(400, r.statusCode(), c + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode p = JSON.readTree(r.body());
            assertEquals(c.parameter(), p.get("parameter").asString(), r.body());
            assertTrue(p.get("detail").asString().contains(c.says()), c + ": " + r.body());
        }
        assertEquals(
                404,
                portal.get("/api/data/mrc-alliance/no-such-dataset", "application/json")
                        .statusCode());
    }

    @Test
    @DisplayName("the CSV is exactly the selection, with the withheld year empty, its status and why")
    void csvOfTheSelection() {
        HttpResponse<String> r = portal.get(VIOLATIONS + KATIHAR_2024 + "&format=csv", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = r.body().split("\r\n");
        assertEquals(2, lines.length, r.body());
        assertEquals(
                "area,area_label,period,period_label,violation_type,violation_type_label,cases,status,note", lines[0]);
        assertTrue(lines[1].startsWith("201,Katihar,2024,2024,wage-theft,Wage theft,,withheld,"), lines[1]);
        assertTrue(lines[1].contains(",,withheld,Not published: "), lines[1]);
        assertFalse(lines[1].matches(".*\\b41\\b.*"), lines[1]);
    }

    @Test
    @DisplayName("the CSVW metadata describes that CSV: same selection, same columns, licence and citation")
    void csvwMetadataDescribesTheCsv() {
        JsonNode m = json(VIOLATIONS + KATIHAR_2024 + "&format=csvw");
        assertEquals(VIOLATIONS + KATIHAR_2024 + "&format=csv", m.get("url").asString());
        assertEquals(
                "https://creativecommons.org/licenses/by/4.0/",
                m.get("dc:license").get("@id").asString());
        assertTrue(m.get("dc:bibliographicCitation").asString().contains("version 1"), m.toString());
        List<String> names = new ArrayList<>();
        m.get("tableSchema").get("columns").forEach(c -> names.add(c.get("name").asString()));
        String header = portal.get(VIOLATIONS + KATIHAR_2024 + "&format=csv", "text/csv")
                .body()
                .split("\r\n")[0];
        assertEquals(List.of(header.split(",")), names);
    }

    @Test
    @DisplayName("the JSON cites the dataset: publisher, title, version, date, permalink of the selection, licence")
    void citationOfTheSelection() {
        JsonNode c = json(VIOLATIONS + KATIHAR_2024).get("citation");
        assertEquals(1, c.get("version").asInt());
        assertTrue(c.get("issued").asString().matches("\\d{4}-\\d{2}-\\d{2}"), c.toString());
        assertTrue(
                c.get("permalink")
                        .asString()
                        .endsWith("/explore/mrc-alliance/violations-by-district-quarter" + KATIHAR_2024),
                c.toString());
        String text = c.get("text").asString();
        for (String part : List.of(
                c.get("publisher").asString(),
                c.get("title").asString(),
                "version 1",
                c.get("issued").asString(),
                c.get("permalink").asString(),
                "Licence: CC BY 4.0")) {
            assertFalse(part.isBlank());
            assertTrue(text.contains(part), part + " in " + text);
        }
    }

    @Test
    @DisplayName("Hindi: the reason and the citation are in Hindi")
    void hindi() {
        JsonNode doc = json(VIOLATIONS + KATIHAR_2024 + "&lang=hi");
        assertTrue(doc.get("rows").get(0).get("reason").asString().contains("तिमाहियों"), doc.toString());
        assertTrue(doc.get("citation").get("text").asString().contains("संस्करण 1"), doc.toString());
    }
}
