package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pravasi.portal.pages.PageAssertions.all;
import static org.pravasi.portal.pages.PageAssertions.okPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;

@DisplayName("Home page headline figures: never a partial sum, each with its reason, citation and licence")
class HeadlinesHonestyTest {
    static DemoPortal portal;

    @BeforeAll
    static void start() {
        assumeTrue(DemoPortal.geography().isPresent(), "needs the reference geography (pravasi.test.geo)");
        portal = DemoPortal.shared();
    }

    static List<String> headlines(String html) {
        return all("<li class=\"figure\"[^>]*>(.*?)</li>", html);
    }

    @Test
    @DisplayName("every headline number equals an independent SPARQL sum over a selection with no withheld cell")
    void noHeadlineIsAPartialSum() {
        List<String> items = headlines(okPage(portal.get("/", "text/html")));
        assertTrue(items.size() >= 4, "headlines: " + items.size());
        int numbers = 0;
        for (String item : items) {
            List<FigureCells.Figure> figures = FigureCells.in(item);
            assertFalse(figures.isEmpty(), "each headline is a figure with a status: " + item);
            FigureCells.Figure f = figures.getFirst();
            assertFalse(f.explore().isEmpty(), "links to the explorer with its selection: " + item);
            Map<String, String> selection = FigureCells.params(f.explore());
            long[] s = FigureCells.sparql(portal, FigureCells.dataset(f.explore()), selection);
            if (f.status().equals("value")) {
                assertEquals(0, s[2], "shown although SPARQL finds withheld cells in its selection: " + item);
                assertEquals(s[0], s[1], item);
                assertEquals(s[3], f.value(), "the headline equals SPARQL's SUM: " + item);
                numbers++;
            } else {
                assertFalse(f.text().matches(".*[0-9].*\\(\\+.*"), f.text());
            }
        }
        assertTrue(numbers >= 4, "most headlines still have a published figure: " + numbers);
    }

    @Test
    @DisplayName(
            "where a dataset's latest-year total is withheld, the headline says how many cells and links to privacy")
    void aWithheldTotalIsSaidNotSummed() {
        String html = okPage(portal.get("/", "text/html"));
        assertFalse(html.contains("small cells were suppressed for privacy and are not in this sum"));
        // What headlines say of withheld totals: a note beside another figure, or the headline itself.
        List<String> statements = new ArrayList<>();
        for (String h : headlines(html)) {
            statements.addAll(all("<p class=\"withheld-total\">(.*?)</p>", h));
            FigureCells.Figure main = FigureCells.in(h).getFirst();
            if (main.status().equals("withheld")) {
                statements.add(main.html());
            }
        }
        assertFalse(statements.isEmpty(), "the violations dataset has withheld cells in its latest year");
        for (String note : statements) {
            String text = FigureCells.text(note);
            assertTrue(
                    text.matches(
                            "(.*(total|कुल).* )?not published: \\d+ of \\d+ cells withheld to protect privacy\\.?"),
                    text);
            assertTrue(note.contains("href=\"/about#privacy\""), note);
            String link = all("href=\"(/explore/[^\"]+)\"", note).getFirst().replace("&amp;", "&");
            assertTrue(FigureCells.params(link).containsKey("period"), link);
            long[] s = FigureCells.sparql(portal, FigureCells.dataset(link), FigureCells.params(link));
            String[] counts =
                    text.replaceAll(".*: (\\d+) of (\\d+) cells.*", "$1 $2").split(" ");
            assertEquals(s[2], Long.parseLong(counts[0]), "withheld cells as SPARQL counts them: " + note);
            assertEquals(s[0], Long.parseLong(counts[1]), "cells as SPARQL counts them: " + note);
        }
    }

    @Test
    @DisplayName("every headline figure has its licence next to it and Cite this with a copy button")
    void everyHeadlineCanBeCited() {
        for (String h : headlines(okPage(portal.get("/", "text/html")))) {
            assertTrue(h.matches("(?s).*<a class=\"licence\" rel=\"license\" href=\"https://[^\"]+\">[^<]+</a>.*"), h);
            assertTrue(h.contains("class=\"cite-copy\""), h);
            assertTrue(h.contains("class=\"cite-text\""), h);
        }
    }

    @Test
    @DisplayName(
            "in Hindi the headlines' measures and categories are in Hindi, and missing district names are said once")
    void hindiHeadlines() {
        String hi = okPage(portal.get("/?lang=hi", "text/html"));
        String all = String.join("\n", headlines(hi));
        assertTrue(all.contains("मामले"), "measure in Hindi");
        assertFalse(all.matches("(?s).*>(cases|families|individuals|calls|registrations) in .*"), "no English measure");
        assertEquals(1, all("(class=\"note no-hindi-name\")", hi).size(), "district names without Hindi: said once");
        assertFalse(okPage(portal.get("/", "text/html")).contains("no-hindi-name"));
    }
}
