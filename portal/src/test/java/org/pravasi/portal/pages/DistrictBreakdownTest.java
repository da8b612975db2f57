package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.pages.PageAssertions.all;
import static org.pravasi.portal.pages.PageAssertions.okPage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;
import tools.jackson.databind.JsonNode;

@DisplayName("District pages: a breakdown by every dimension, honest totals, labelled measures, citations, Hindi")
class DistrictBreakdownTest {
    /** Katihar, Bihar: in the three datasets of the rights-centre alliance, with withheld cells in 2024. */
    static final String KATIHAR = "/id/district/201";

    static final Pattern ARTICLE = Pattern.compile(
            "<article class=\"indicator\" data-dataset=\"([^\"]+)\"[^>]*>(.*?)</article>", Pattern.DOTALL);

    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    static String page(String path) {
        return okPage(portal.get(path, "text/html"));
    }

    /** Dataset path ({@code /id/dataset/ORG/SLUG}) → its figure group's markup. */
    static Map<String, String> indicators(String html) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = ARTICLE.matcher(html);
        while (m.find()) {
            out.put(m.group(1) + (out.containsKey(m.group(1)) ? "#" + out.size() : ""), m.group(2));
        }
        return out;
    }

    /** The dimension parameters of the breakdown tables in one figure group. */
    static List<String> breakdowns(String indicator) {
        return all("<table class=\"data breakdown\" data-dimension=\"([A-Za-z]+)\"", indicator);
    }

    @Test
    @DisplayName("each dataset with data for the district is broken down by each of its dimensions")
    void everyDimensionOfEveryDatasetIsBrokenDown() {
        Map<String, String> groups = indicators(page(KATIHAR));
        assertEquals(
                List.of("violationType"),
                breakdowns(groups.get("/id/dataset/mrc-alliance/violations-by-district-quarter")));
        assertEquals(
                List.of("sector", "gender"),
                breakdowns(groups.get("/id/dataset/mrc-alliance/violations-by-sector-gender")));
        assertEquals(
                List.of("resolutionChannel", "caseOutcome"),
                breakdowns(groups.get("/id/dataset/mrc-alliance/case-resolution-by-district-year")));
        String types = groups.get("/id/dataset/mrc-alliance/violations-by-district-quarter");
        for (String label : List.of("Wage theft", "Withheld wages", "Debt bondage")) {
            assertTrue(types.contains("<th scope=\"row\">" + label + "</th>"), label);
        }
        // Both years, the latest marked as such. One case can record several violations (the code list's types
        // overlap), so there is no series of "all types combined" over the data's own quarters.
        assertTrue(types.contains("<th scope=\"col\" class=\"num\">2023</th>"), "2023 column");
        assertTrue(types.matches("(?s).*<th scope=\"col\" class=\"num latest\">2024[^<]*<.*"), "2024, latest");
        assertFalse(types.contains("<table class=\"data over-time\""), "no sum of overlapping types over time");
        // A breakdown by a dimension leaves its total code out; the other dimension stays at its total.
        String sectors = groups.get("/id/dataset/mrc-alliance/violations-by-sector-gender");
        assertFalse(sectors.contains("<th scope=\"row\">Total</th>"), "the _T code is the total row, not a category");
    }

    @Test
    @DisplayName("every figure links to the explorer with its selection, and the explorer shows the same figure")
    void everyFigureAgreesWithTheExplorerItLinksTo() {
        List<FigureCells.Figure> figures = FigureCells.in(page(KATIHAR));
        assertTrue(figures.size() > 60, "figures: " + figures.size());
        int checked = 0;
        for (FigureCells.Figure f : figures) {
            assertFalse(f.explore().isEmpty(), "no explorer link: " + f.html());
            Map<String, String> p = FigureCells.params(f.explore());
            assertEquals("201", p.get("area"), f.explore());
            JsonNode rows = FigureCells.apiRows(portal, f.explore());
            assertTrue(rows.size() >= 1, f.explore());
            boolean allPublished = true;
            long sum = 0;
            for (JsonNode r : rows) {
                allPublished &= r.get("status").asString().equals("value");
                sum += r.get("value").isNull() ? 0 : r.get("value").asLong();
            }
            if (f.status().equals("value")) {
                assertTrue(allPublished, "a figure shown whose explorer selection is not all published: " + f);
                assertEquals(sum, f.value(), f.explore());
            } else {
                assertFalse(f.text().matches(".*\\d+\\s*\\(.*"), "no number beside a withheld figure: " + f.text());
                if (f.status().equals("withheld")) {
                    assertFalse(allPublished, "withheld, though the explorer publishes every part: " + f);
                }
            }
            checked++;
        }
        assertTrue(checked > 60);
    }

    @ParameterizedTest(name = "district {0}")
    @ValueSource(strings = {"201", "62", "214", "562"})
    @DisplayName("no district page shows a partial sum as a total: every number equals an independent SPARQL sum")
    void noPartialSumIsShownAsATotal(String lgd) {
        List<FigureCells.Figure> figures = FigureCells.in(page("/id/district/" + lgd));
        assertFalse(figures.isEmpty(), lgd);
        int published = 0;
        int withheld = 0;
        for (FigureCells.Figure f : figures) {
            Map<String, String> selection = FigureCells.params(f.explore());
            long[] s = FigureCells.sparql(portal, FigureCells.dataset(f.explore()), selection);
            if (f.status().equals("value")) {
                assertEquals(0, s[2], "a figure shown although SPARQL finds withheld cells in it: " + f);
                assertEquals(s[0], s[1], "every observation in it has a value: " + f);
                assertEquals(s[3], f.value(), "the figure equals SPARQL's SUM: " + f);
                published++;
            } else if (f.status().equals("withheld")) {
                Matcher m = Pattern.compile("(\\d+) of (\\d+) ").matcher(f.text());
                if (m.find()) {
                    assertEquals(s[2], Long.parseLong(m.group(1)), "withheld cells as SPARQL counts them: " + f);
                }
                withheld++;
            }
        }
        assertTrue(published > 0, "some figures are published for " + lgd);
        if (lgd.equals("201")) {
            assertTrue(withheld > 0, "Katihar has withheld figures in the demo data");
        }
    }

    @Test
    @DisplayName("a withheld figure says how many of how many cells were withheld, links to how privacy is protected,"
            + " and never reads as zero")
    void withheldFiguresSayWhyAndLinkToPrivacy() {
        String html = page(KATIHAR);
        List<FigureCells.Figure> withheld = FigureCells.in(html).stream()
                .filter(f -> f.status().equals("withheld"))
                .toList();
        assertFalse(withheld.isEmpty());
        for (FigureCells.Figure f : withheld) {
            assertTrue(
                    f.text()
                            .matches("not published: \\d+ of \\d+ (cells|quarters|months|years) withheld to protect"
                                    + " privacy|not published: withheld to protect privacy"),
                    f.text());
            assertTrue(f.html().contains("href=\"/about#privacy\""), f.html());
        }
        assertFalse(html.contains("(+"), "no \"0 (+10 suppressed)\"");
        assertFalse(html.contains(">suppressed<"), "no bare \"suppressed\" where a number would be");
        // The wage theft of Katihar in 2024: 3 of its 4 quarters are withheld (as the explorer says).
        String wageTheft =
                all("<tr><th scope=\"row\">Wage theft</th>(.*?)</tr>", html).getFirst();
        List<FigureCells.Figure> years = FigureCells.in(wageTheft);
        assertEquals("withheld", years.getLast().status(), wageTheft);
        assertTrue(years.getLast().text().matches("not published: [1-4] of 4 quarters withheld .*"), wageTheft);
    }

    @Test
    @DisplayName("each figure group names its measure and its dataset, so two datasets cannot be read as contradicting")
    void figureGroupsNameTheirMeasureAndDataset() {
        Map<String, String> groups = indicators(page(KATIHAR));
        Set<String> captions = new HashSet<>();
        for (Map.Entry<String, String> g : groups.entrySet()) {
            String title = all("class=\"dataset-link\" href=\"[^\"]+\">([^<]+)</a>", g.getValue())
                    .getFirst();
            List<String> tables = all("<caption[^>]*>(.*?)</caption>", g.getValue());
            assertFalse(tables.isEmpty(), g.getKey());
            for (String caption : tables) {
                String text = FigureCells.text(caption);
                assertTrue(text.contains(title), "caption names the dataset: " + text);
                assertTrue(text.matches("(?i).*\\b(cases|families|individuals|calls|registrations)\\b.*"), text);
                assertTrue(captions.add(text), "two tables captioned alike: " + text);
            }
            assertTrue(g.getValue().contains("class=\"measure-note\""), "what this dataset counts: " + g.getKey());
        }
        String html = page(KATIHAR);
        assertTrue(html.contains("class=\"note compare-note\""), "a note that datasets count different things");
    }

    @Test
    @DisplayName("every figure group has Cite this (copy in one click) and its licence beside the figures")
    void everyFigureGroupCanBeCited() {
        Map<String, String> groups = indicators(page(KATIHAR));
        assertTrue(groups.size() >= 3, groups.keySet().toString());
        for (Map.Entry<String, String> g : groups.entrySet()) {
            String s = g.getValue();
            assertTrue(s.contains("class=\"cite-text\""), g.getKey());
            assertTrue(s.contains("class=\"cite-copy\""), g.getKey());
            assertTrue(
                    s.matches("(?s).*<a class=\"licence\" rel=\"license\" href=\"https://[^\"]+\">CC BY 4.0</a>.*"),
                    g.getKey());
        }
    }

    @Test
    @DisplayName(
            "in Hindi every label the data have in Hindi is Hindi, and a district without a Hindi name says so once")
    void hindiLabelsAndAMissingHindiNameSaidOnce() {
        String hi = page(KATIHAR + "?lang=hi");
        Map<String, String> groups = indicators(hi);
        String types = groups.get("/id/dataset/mrc-alliance/violations-by-district-quarter");
        assertTrue(types.contains("<th scope=\"row\">मज़दूरी की चोरी</th>"), "violation type in Hindi");
        assertTrue(types.contains("उल्लंघन का प्रकार"), "dimension label in Hindi");
        assertTrue(
                types.contains("ज़िला, तिमाही और हनन के प्रकार के अनुसार दर्ज अधिकार हनन"), "dataset title in Hindi");
        assertTrue(types.contains("मामले"), "measure in Hindi");
        assertFalse(types.contains(">Wage theft<"), "no English code label");
        String sectors = groups.get("/id/dataset/mrc-alliance/violations-by-sector-gender");
        assertTrue(sectors.contains("<th scope=\"row\">निर्माण</th>"), "sector in Hindi");
        assertTrue(hi.contains("बिहार"), "the state's Hindi name");
        List<String> notes = all("(<p class=\"note no-hindi-name\">.*?</p>)", hi);
        assertEquals(1, notes.size(), "said once: " + notes);
        assertTrue(notes.getFirst().contains("Katihar"), notes.getFirst());
        assertFalse(page(KATIHAR).contains("no-hindi-name"), "not on the English page");
        List<FigureCells.Figure> withheld = new ArrayList<>(FigureCells.in(hi).stream()
                .filter(f -> f.status().equals("withheld"))
                .toList());
        assertFalse(withheld.isEmpty());
        assertTrue(
                withheld.getFirst().text().startsWith("अप्रकाशित"),
                withheld.getFirst().text());
    }
}
