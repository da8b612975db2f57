package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.catalog.figures.Tally;
import org.pravasi.registry.events.ChangeBus;

@DisplayName("The map shows years as well as quarters, a year only where all its quarters are published")
class YearPeriodsTest {
    static final String VIOLATIONS = MapApiTest.VIOLATIONS;
    static final int K = 10;
    static final DistrictDirectory.District KATIHAR =
            new DistrictDirectory.District("214", "Katihar", "Bihar", "10", true, null);

    final MapService service =
            MapService.create(DemoPortal.shared().portal().node().store(), new ChangeBus(), K, 60_000);

    @Test
    @DisplayName("a quarterly dataset offers its years as periods")
    void offersYears() {
        Resolution r = service.resolve(new MapRequest(VIOLATIONS, "2024", Map.of()), false);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals("2024", r.selection().orElseThrow().period().notation());
    }

    @Test
    @DisplayName("a district's year is the sum of its four quarters when all are published, else withheld saying why")
    void yearIsTheSumOfPublishedQuartersOnly() {
        int[] counts = new int[2];
        for (String dataset : List.of(VIOLATIONS, MapApiTest.FAMILIES)) {
            check(dataset, counts);
        }
        assertTrue(counts[0] > 0 && counts[1] > 0, counts[0] + " years with a value, " + counts[1] + " withheld");
    }

    private void check(String dataset, int[] counts) {
        Selection year = service.resolve(new MapRequest(dataset, "2024", Map.of()), false)
                .selection()
                .orElseThrow();
        List<MapResult> quarters = new ArrayList<>();
        for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
            quarters.add(service.map(service.resolve(new MapRequest(dataset, q, Map.of()), false)
                    .selection()
                    .orElseThrow()));
        }
        int values = 0;
        int withheld = 0;
        for (DistrictValue d : service.map(year).districts()) {
            List<DistrictValue> parts = quarters.stream()
                    .map(m -> m.districts().stream()
                            .filter(x -> x.lgd().equals(d.lgd()))
                            .findFirst()
                            .orElseThrow())
                    .toList();
            long published =
                    parts.stream().filter(p -> p.status() == Status.VALUE).count();
            long suppressed =
                    parts.stream().filter(p -> p.status() == Status.SUPPRESSED).count();
            long missing =
                    parts.stream().filter(p -> p.status() == Status.NODATA).count();
            if (published == 4) {
                long sum = parts.stream().mapToLong(DistrictValue::value).sum();
                if (sum >= K || sum == 0) {
                    assertEquals(Status.VALUE, d.status(), d.name());
                    assertEquals(sum, d.value(), d.name());
                    values++;
                }
            } else if (missing == 4) {
                assertEquals(Status.NODATA, d.status(), d.name());
            } else {
                assertEquals(Status.SUPPRESSED, d.status(), d.name());
                assertNull(d.value(), d.name());
                assertEquals(new DistrictValue.Parts(4, (int) suppressed, (int) missing), d.parts(), d.name());
                withheld++;
            }
        }
        counts[0] += values;
        counts[1] += withheld;
    }

    @Test
    @DisplayName("a year with a quarter that has no data is withheld as incomplete, not shown as a smaller total")
    void incompleteYearIsWithheld() {
        Tally published = Tally.of(1, 1, 0, 40);
        DistrictValue d = Figures.rolled(
                KATIHAR,
                List.of(Map.of("214", published), Map.of("214", published), Map.of("214", published), Map.of()),
                K);
        assertEquals(Status.SUPPRESSED, d.status());
        assertNull(d.value());
        assertEquals(new DistrictValue.Parts(4, 0, 1), d.parts());
    }

    @Test
    @DisplayName("the page's period list has the years, and a year's table cell says how many quarters are withheld")
    void pageOffersYearsAndSaysWhy() {
        String html = DemoPortal.shared()
                .get("/map?dataset=" + VIOLATIONS + "&period=2024&state=10")
                .body();
        assertTrue(html.contains("<option value=\"2024\" selected"), "2024 chosen in the period list");
        assertTrue(html.contains("of 4 quarters withheld to protect privacy"), "a withheld year says why");
    }
}
