package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.registry.catalog.figures.Rollup;

@DisplayName("Totals on district and home pages: by Rollup, never a partial sum")
class CellRollupsTest {
    static final int K = 10;
    static final String DS = "https://w3id.org/pravasi/id/dataset/org/ds";

    /**
     * A cube of district × quarter × violation type (× gender, when {@code gender}), from
     * "district,quarter,type[,gender],value" lines; "x" is withheld.
     */
    static Cube cube(boolean gender, String... lines) {
        List<Cube.Component> dims = new ArrayList<>(List.of(
                new Cube.Component(SDMX.refArea.getURI(), "area", "area"),
                new Cube.Component(SDMX.refPeriod.getURI(), "period", "period"),
                new Cube.Component(PV.violationType.getURI(), "violation_type", "violation type")));
        if (gender) {
            dims.add(new Cube.Component(PV.gender.getURI(), "gender", "gender"));
        }
        List<Cube.Row> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",");
            List<Cube.Term> keys = new ArrayList<>();
            keys.add(new Cube.Term("https://w3id.org/pravasi/id/district/" + f[0], f[0], "D" + f[0]));
            keys.add(new Cube.Term("", f[1], f[1]));
            keys.add(new Cube.Term("", f[2], f[2]));
            if (gender) {
                keys.add(new Cube.Term("", f[3], f[3]));
            }
            String v = f[f.length - 1];
            rows.add(new Cube.Row("", keys, v.equals("x") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v))));
        }
        return new Cube(DS, DS + "/v1", dims, new Cube.Component(PV.cases.getURI(), "cases", "cases"), rows);
    }

    static String[] year(String district, String type, String q1, String q2, String q3, String q4) {
        return new String[] {
            district + ",2024-Q1," + type + "," + q1,
            district + ",2024-Q2," + type + "," + q2,
            district + ",2024-Q3," + type + "," + q3,
            district + ",2024-Q4," + type + "," + q4
        };
    }

    static String[] join(String[]... parts) {
        List<String> out = new ArrayList<>();
        for (String[] p : parts) {
            out.addAll(List.of(p));
        }
        return out.toArray(String[]::new);
    }

    @Test
    @DisplayName("a year whose every cell is published is their sum")
    void completeYearIsTheSum() {
        CellRollups c = new CellRollups(
                cube(false, join(year("201", "a", "10", "11", "12", "13"), year("201", "b", "20", "20", "20", "20"))),
                K);
        CellRollups.Total t = c.inYear(Map.of(0, "201"), "2024");
        assertEquals(OptionalLong.of(126), t.rollup().value());
        assertEquals(8, t.cells());
    }

    @Test
    @DisplayName("one withheld cell withholds the total and counts it, never the sum of the others")
    void oneWithheldCellWithholdsTheTotal() {
        CellRollups c = new CellRollups(
                cube(false, join(year("201", "a", "10", "x", "12", "13"), year("201", "b", "20", "20", "20", "20"))),
                K);
        CellRollups.Total t = c.inYear(Map.of(0, "201"), "2024");
        assertEquals(Rollup.Status.WITHHELD, t.rollup().status());
        assertTrue(t.rollup().value().isEmpty());
        assertEquals(1, t.rollup().withheldParts());
        assertEquals(8, t.cells());
        assertEquals("figures.unit.cells", t.unit());
        CellRollups.Total a = c.inYear(Map.of(0, "201", 2, "a"), "2024");
        assertEquals(Rollup.Status.WITHHELD, a.rollup().status());
        assertEquals("figures.unit.quarters", a.unit(), "one cell a quarter: the parts are quarters");
        assertEquals(
                OptionalLong.of(80),
                c.inYear(Map.of(0, "201", 2, "b"), "2024").rollup().value());
    }

    @Test
    @DisplayName("a quarter with no data makes the year incomplete, not a smaller sum")
    void missingQuarterMakesTheYearIncomplete() {
        CellRollups c = new CellRollups(
                cube(false, "201,2024-Q1,a,10", "201,2024-Q2,a,11", "201,2024-Q3,a,12", "201,2023-Q4,a,12"), K);
        CellRollups.Total t = c.inYear(Map.of(0, "201"), "2024");
        assertEquals(Rollup.Status.INCOMPLETE, t.rollup().status());
        assertEquals(1, t.rollup().missingParts());
        assertEquals(4, t.periods());
        assertEquals("figures.unit.quarters", t.periodUnit());
    }

    @Test
    @DisplayName("a published total from 1 to k - 1 is withheld too")
    void smallTotalIsWithheld() {
        CellRollups c = new CellRollups(cube(false, "201,2024-Q1,a,0", "201,2024-Q1,b,0", "201,2024-Q1,c,0"), K);
        assertEquals(
                OptionalLong.of(0),
                c.inPeriod(Map.of(0, "201"), "2024-Q1").rollup().value());
        CellRollups small = new CellRollups(cube(false, "201,2024-Q1,a,0", "201,2024-Q1,b,3"), K);
        assertEquals(
                Rollup.Status.WITHHELD,
                small.inPeriod(Map.of(0, "201"), "2024-Q1").rollup().status());
    }

    @Test
    @DisplayName("where a dimension has a total code only the total rows count, so nothing is counted twice")
    void totalCodesAreNotCountedTwice() {
        CellRollups c = new CellRollups(
                cube(
                        true,
                        "201,2024,_T,_T,300",
                        "201,2024,_T,female,100",
                        "201,2024,_T,male,200",
                        "201,2024,a,_T,120",
                        "201,2024,b,_T,180",
                        "201,2024,a,female,x",
                        "201,2024,a,male,x"),
                K);
        assertEquals(
                OptionalLong.of(300),
                c.inYear(Map.of(0, "201"), "2024").rollup().value());
        assertEquals(
                OptionalLong.of(120),
                c.inYear(Map.of(0, "201", 2, "a"), "2024").rollup().value(),
                "a category at the other dimension's total: its withheld splits do not matter");
        assertEquals(
                Rollup.Status.WITHHELD,
                c.inYear(Map.of(0, "201", 2, "a", 3, "female"), "2024").rollup().status());
        assertEquals(
                "/explore/org/ds?area=201&violationType=a&gender=_T&period=2024&granularity=year",
                c.explore(DS, Map.of(0, "201", 2, "a"), "2024"));
    }

    @Test
    @DisplayName("a district as origin of a flow: the explorer's parameter is area for the main area dimension only")
    void exploreParametersFollowTheExplorer() {
        Cube flow = new Cube(
                DS,
                DS + "/v1",
                List.of(
                        new Cube.Component(PV.originArea.getURI(), "origin", "origin"),
                        new Cube.Component(PV.destinationArea.getURI(), "destination", "destination"),
                        new Cube.Component(SDMX.refPeriod.getURI(), "period", "period")),
                new Cube.Component(PV.calls.getURI(), "calls", "calls"),
                List.of(new Cube.Row(
                        "",
                        List.of(
                                new Cube.Term("", "10", "Bihar"),
                                new Cube.Term("", "201", "Katihar"),
                                new Cube.Term("", "2024-03", "March 2024")),
                        OptionalLong.of(40))));
        CellRollups c = new CellRollups(flow, K);
        assertEquals("area", c.param(0));
        assertEquals("destinationArea", c.param(1));
        assertEquals("period", c.param(2));
        assertEquals("/explore/org/ds?destinationArea=201&period=2024-03", c.explore(DS, Map.of(1, "201"), "2024-03"));
        assertEquals(
                Rollup.Status.INCOMPLETE,
                c.inYear(Map.of(1, "201"), "2024").rollup().status(),
                "11 months missing");
    }

    /** The same cube, with the categories of violation type declared to overlap ({@code pv:categoriesOverlap}). */
    static Cube overlapping(Cube c) {
        return new Cube(
                c.datasetUri(),
                c.versionUri(),
                c.dimensions(),
                c.measure(),
                c.rows(),
                java.util.Set.of(PV.violationType.getURI()));
    }

    @Test
    @DisplayName("categories that overlap are not added up, however published their cells; a partition still sums")
    void overlappingCategoriesAreNotAddedUp() {
        Cube partition =
                cube(false, join(year("201", "a", "10", "11", "12", "13"), year("201", "b", "20", "20", "20", "20")));
        CellRollups c = new CellRollups(overlapping(partition), K);
        CellRollups.Total t = c.inYear(Map.of(0, "201"), "2024");
        assertEquals(Rollup.Status.NOT_ADDED, t.rollup().status());
        assertTrue(t.rollup().value().isEmpty(), "never 126");
        assertEquals(2, t.rollup().parts(), "the categories it would have added");
        assertTrue(c.notAdded(2));
        assertEquals(
                Rollup.Status.NOT_ADDED,
                c.inPeriod(Map.of(0, "201"), "2024-Q1").rollup().status());
        // One category's year is a sum over its quarters, which the overlap does not touch.
        assertEquals(
                OptionalLong.of(46),
                c.inYear(Map.of(0, "201", 2, "a"), "2024").rollup().value());
        // The same cells as a partition: the sum, as before.
        assertEquals(
                OptionalLong.of(126),
                new CellRollups(partition, K)
                        .inYear(Map.of(0, "201"), "2024")
                        .rollup()
                        .value());
    }

    @Test
    @DisplayName("a withheld cell among overlapping categories gives no number either: not added, never a partial sum")
    void overlappingWithAWithheldCellIsNotAdded() {
        CellRollups c = new CellRollups(
                overlapping(cube(
                        false,
                        join(year("201", "a", "10", "x", "12", "13"), year("201", "b", "20", "20", "20", "20")))),
                K);
        CellRollups.Total t = c.inYear(Map.of(0, "201"), "2024");
        assertEquals(Rollup.Status.NOT_ADDED, t.rollup().status());
        assertTrue(t.rollup().value().isEmpty());
        assertEquals(
                Rollup.Status.WITHHELD,
                c.inYear(Map.of(0, "201", 2, "a"), "2024").rollup().status());
    }

    @Test
    @DisplayName("an overlapping list's total code (the source's count of distinct people) is the total, not a sum")
    void theTotalCodeOfAnOverlappingListIsUsed() {
        CellRollups c = new CellRollups(
                overlapping(cube(
                        false,
                        join(
                                year("201", "a", "10", "11", "12", "13"),
                                year("201", "b", "20", "20", "20", "20"),
                                year("201", "_T", "25", "26", "27", "28")))),
                K);
        assertFalse(c.notAdded(2));
        assertEquals(
                OptionalLong.of(106),
                c.inYear(Map.of(0, "201"), "2024").rollup().value());
    }

    @Test
    @DisplayName("a selection with one category of an overlapping list adds nothing across categories")
    void oneCategoryIsNotASumAcrossCategories() {
        CellRollups c = new CellRollups(
                overlapping(cube(
                        false,
                        join(year("201", "a", "10", "11", "12", "13"), year("62", "b", "20", "20", "20", "20")))),
                K);
        assertEquals(
                OptionalLong.of(46), c.inYear(Map.of(0, "201"), "2024").rollup().value());
        assertEquals(
                Rollup.Status.NOT_ADDED, c.inYear(Map.of(), "2024").rollup().status());
    }

    @Test
    @DisplayName(
            "a slice of the latest year has the whole version's totals for it: what makes a year comes from all periods")
    void aSliceOfOneYearIsRuledByTheWholeVersion() {
        // Earlier years whole, the latest in quarters: the periods have mixed lengths, so a year is made of the periods
        // the data have in it (two quarters here), not of four quarters.
        Cube whole = cube(false, "201,2023,a,40", "201,2024-Q1,a,10", "201,2024-Q2,a,11");
        Cube latest = whole.withRows(whole.rows().subList(1, 3));
        CellRollups fromWhole = new CellRollups(whole, K);
        CellRollups fromSlice =
                new CellRollups(latest, K, Totals.dimensionsWithTotal(whole), List.of("2023", "2024-Q1", "2024-Q2"));
        assertEquals(
                OptionalLong.of(21), fromWhole.inYear(Map.of(), "2024").rollup().value());
        assertEquals(fromWhole.inYear(Map.of(), "2024"), fromSlice.inYear(Map.of(), "2024"));
        // Read from the slice's own rows, the year would be four quarters with two missing: no figure.
        assertEquals(
                Rollup.Status.INCOMPLETE,
                new CellRollups(latest, K).inYear(Map.of(), "2024").rollup().status());
    }
}
