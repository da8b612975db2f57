package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.portal.web.Assets;

@DisplayName("The explorer page: a server-rendered selection, its views and permalinks, and Cite this on every page")
class ExplorePageTest {
    static final String PAGE = "/explore/mrc-alliance/violations-by-district-quarter";
    static final String SELECTION = "?area=Katihar&violationType=wage-theft&period=2024&granularity=year";

    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    static String html(String path) {
        HttpResponse<String> r = portal.get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static List<String> rows(String html) {
        Matcher m = Pattern.compile("<tr data-status=\"[a-z]+\">.*?</tr>").matcher(html);
        return m.results().map(java.util.regex.MatchResult::group).toList();
    }

    @Test
    @DisplayName("without JavaScript the table shows the withheld year, why, and a link to the privacy explanation")
    void tableWithoutScript() {
        String html = html(PAGE + SELECTION);
        List<String> rows = rows(html);
        assertEquals(1, rows.size(), html);
        String row = rows.get(0);
        assertTrue(row.startsWith("<tr data-status=\"withheld\">"), row);
        assertTrue(row.contains("Katihar") && row.contains("Wage theft") && row.contains(">2024<"), row);
        assertTrue(row.contains("quarters withheld to protect privacy"), row);
        assertTrue(row.contains("href=\"/about#privacy\""), row);
        assertTrue(row.contains("CC BY 4.0"), "licence next to the figure: " + row);
        String figures = row.replaceAll("2024|href=\"[^\"]*\"|\\d of 4 quarters|CC BY 4\\.0", "");
        assertFalse(figures.matches("(?s).*>[^<]*\\d[^<]*<.*"), "no number: " + row);
    }

    @Test
    @DisplayName("the form shows the selection, and every view link keeps it (the URL is the permalink)")
    void viewsKeepTheSelection() {
        String html = html(PAGE + SELECTION);
        assertTrue(html.contains("id=\"explore-area\" name=\"area\""), html);
        assertTrue(html.contains("value=\"Katihar\""), html);
        assertTrue(html.contains("<option value=\"wage-theft\" selected>"), html);
        assertTrue(html.contains("<option value=\"2024\" selected>"), html);
        assertTrue(html.contains("<option value=\"year\" selected>"), html);
        String auto = html(PAGE + "?area=Katihar&violationType=wage-theft&period=2024");
        assertTrue(
                auto.contains("<option value=\"\" selected>as published"), "granularity follows the period: " + auto);
        assertEquals(1, rows(auto).size(), "2024 chosen without a granularity is the year's figure");
        for (String view : List.of("table", "chart", "map")) {
            String href = PAGE + SELECTION.replace("&", "&amp;") + "&amp;view=" + view;
            assertTrue(html.contains("data-view=\"" + view + "\" href=\"" + href + "\""), view + " in " + html);
        }
        String chart = html(PAGE + SELECTION + "&view=chart");
        assertTrue(chart.contains("<svg") && chart.contains("class=\"chart-value\">not published<"), chart);
        assertEquals(1, rows(chart).size(), "the table stays under the chart");
        String line = html(PAGE + "?area=Katihar&violationType=wage-theft&view=chart");
        assertTrue(line.contains("<polyline class=\"chart-line\"") && line.contains("chart-point withheld"), line);
        String map = html(PAGE + "?area=Katihar&violationType=wage-theft&period=2024-Q1&view=map");
        assertTrue(
                map.contains("src=\"/embed/map?dataset=https%3A%2F%2Fw3id.org%2Fpravasi%2Fid%2Fdataset%2Fmrc-alliance"
                        + "%2Fviolations-by-district-quarter&amp;period=2024-Q1&amp;violationType=wage-theft"),
                map);
    }

    @Test
    @DisplayName("downloads of the page are the API's answers for the same selection")
    void downloadsAreTheSelection() {
        String html = html(PAGE + SELECTION);
        String api = "/api/data/mrc-alliance/violations-by-district-quarter" + SELECTION.replace("&", "&amp;");
        assertTrue(html.contains("data-format=\"csv\" href=\"" + api + "&amp;format=csv\""), html);
        assertTrue(html.contains("data-format=\"csv-metadata.json\" href=\"" + api + "&amp;format=csvw\""), html);
        assertTrue(html.contains("data-format=\"json\" href=\"" + api + "\""), html);
    }

    @Test
    @DisplayName(
            "Cite this: publisher, title, version, date, permalink of the selection and licence, with a copy button")
    void citeThis() {
        String html = html(PAGE + SELECTION);
        Matcher m = Pattern.compile(
                        "<textarea id=\"cite-text\" class=\"cite-text\" readonly rows=\"3\">(.*?)</textarea>")
                .matcher(html);
        assertTrue(m.find(), html);
        String text = m.group(1);
        for (String part : List.of(
                "Corridor Alliance of Migrant Rights Centres",
                "Rights violations recorded by district, quarter and violation type",
                "version 1",
                "[dataset]",
                PAGE + SELECTION.replace("&", "&amp;") + "&amp;view=table",
                "Licence: CC BY 4.0")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertTrue(html.contains("<button type=\"button\" class=\"cite-copy\" data-target=\"cite-text\""), html);
        assertTrue(html.contains("src=\"" + Assets.url("/static/cite.js") + "\""), html);
    }

    @Test
    @DisplayName("a selection the dataset cannot answer is a 400 page that says why and keeps the form")
    void badSelectionPage() {
        HttpResponse<String> r = portal.get(PAGE + "?violationType=nothing", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"explore-error\""), r.body());
        assertTrue(r.body().contains("\"nothing\" is not a value of violationType"), r.body());
        assertTrue(r.body().contains("id=\"explore-form\""), r.body());
    }

    @Test
    @DisplayName("the dataset page links the explorer and carries Cite this")
    void datasetPage() {
        String html = html("/id/dataset/mrc-alliance/violations-by-district-quarter");
        assertTrue(html.contains("href=\"" + PAGE + "\""), html);
        assertTrue(html.contains("class=\"cite\" id=\"cite\""), html);
        assertTrue(
                html.contains("https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter. "
                        + "Licence: CC BY 4.0."),
                html);
    }

    @Test
    @DisplayName("a district page links the explorer with the district chosen, and cites each dataset")
    void districtPage() {
        String html = html("/id/district/201");
        String link = PAGE + "?area=201";
        assertTrue(html.contains("href=\"" + link + "\""), html);
        assertTrue(html.contains("class=\"cite compact\""), html);
        List<String> rows = rows(html(link + "&violationType=wage-theft"));
        assertEquals(8, rows.size());
        rows.forEach(r -> assertTrue(r.contains("Katihar"), r));
    }

    @Test
    @DisplayName("the map and every home-page figure carry the citation and the licence")
    void mapAndHome() {
        String map =
                html("/map?dataset=https://w3id.org/pravasi/id/dataset/mrc-alliance/violations-by-district-quarter");
        assertTrue(map.contains("<div id=\"pv-cite\" data-swap><section class=\"cite\""), map);
        String home = html("/");
        Matcher figures = Pattern.compile("<li class=\"figure\">(.*?)</li>", Pattern.DOTALL)
                .matcher(home);
        int n = 0;
        while (figures.find()) {
            n++;
            assertTrue(figures.group(1).contains("class=\"licence-tag\""), figures.group(1));
            assertTrue(figures.group(1).contains("class=\"cite-text\""), figures.group(1));
        }
        assertTrue(n > 0, home);
    }

    @Test
    @DisplayName("in Hindi the page, the reason and the citation are Hindi")
    void hindi() {
        String html = html(PAGE + SELECTION + "&lang=hi");
        assertTrue(html.contains("<html lang=\"hi\">"));
        assertTrue(html.contains("4 में से"), html);
        assertTrue(html.contains("संस्करण 1"), html);
        assertTrue(html.contains("उद्धरण कॉपी करें"), html);
    }
}
