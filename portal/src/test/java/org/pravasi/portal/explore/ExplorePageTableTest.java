package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Ui;

@DisplayName("The explorer's table: at most a thousand rows on the page, the rest in the downloads")
class ExplorePageTableTest {
    static String render(int areas) {
        List<Cube.Row> rows = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            rows.add(new Cube.Row(
                    "urn:obs:" + i,
                    List.of(
                            new Cube.Term(
                                    "https://w3id.org/pravasi/id/district/" + (1000 + i), "" + (1000 + i), "D" + i),
                            new Cube.Term("", "2024", "2024")),
                    OptionalLong.of(20)));
        }
        Cube cube = new Cube(
                "urn:d",
                "urn:d/v1",
                List.of(
                        new Cube.Component(SDMX.refArea.getURI(), "area", "area"),
                        new Cube.Component(SDMX.refPeriod.getURI(), "period", "period")),
                new Cube.Component(PV.cases.getURI(), "cases", "Cases"),
                rows);
        Citation c = new Citation("Org", "Title", 1, "2024-05-01", "https://example.org/p", "", "", "urn:d");
        Exploration e = new Explorer(10).explore(cube, Map.of(), Map.of(), q -> List.of(), "Title", c, "en");
        Ui ui = new Ui(ExploreCsvTest.EN, "/explore/x/y", List.of());
        ExplorePage p =
                new ExplorePage(ui, e, "/explore/x/y", "/id/dataset/x/y", "", "table", Optional.empty(), null, "", "");
        return Templates.render("explore/page.jte", Map.of("p", p));
    }

    static long rows(String html) {
        return html.lines().filter(l -> l.startsWith("<tr data-status=")).count();
    }

    @Test
    @DisplayName("a selection of 1,001 figures shows 1,000 and says so")
    void capsTheTable() {
        String html = render(ExplorePage.MAX_TABLE_ROWS + 1);
        assertEquals(ExplorePage.MAX_TABLE_ROWS, rows(html));
        assertTrue(html.contains("The table shows the first 1000 of 1001 rows"), html.substring(0, 500));
    }

    @Test
    @DisplayName("a selection of 1,000 figures shows them all, with no note")
    void showsAllUpToTheCap() {
        String html = render(ExplorePage.MAX_TABLE_ROWS);
        assertEquals(ExplorePage.MAX_TABLE_ROWS, rows(html));
        assertTrue(!html.contains("explore-truncated"));
    }
}
