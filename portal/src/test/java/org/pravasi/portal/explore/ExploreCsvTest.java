package org.pravasi.portal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.pages.Messages;
import org.pravasi.portal.pages.Texts;

@DisplayName("The selection's CSV: no cell runs as a spreadsheet formula, withheld totals have no number")
class ExploreCsvTest {
    static final Texts EN = Messages.load().in("en");
    static final List<String> HOSTILE =
            List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tstart", "\rstart", "＝1+1");

    static Cube cube() {
        List<Cube.Row> rows = new ArrayList<>();
        int n = 0;
        for (String label : HOSTILE) {
            Cube.Term area = new Cube.Term("https://w3id.org/pravasi/id/district/20" + n, "20" + n, label);
            Cube.Term type = new Cube.Term("https://w3id.org/pravasi/code/violation-type/t" + n, "t" + n, label);
            for (int q = 1; q <= 4; q++) {
                Cube.Term period = new Cube.Term("", "2024-Q" + q, "2024 Q" + q);
                // The first district has its third quarter withheld; the others are complete.
                OptionalLong v = n == 0 && q == 3 ? OptionalLong.empty() : OptionalLong.of(10L * q + n);
                rows.add(new Cube.Row("urn:obs:" + n + q, List.of(area, period, type), v));
            }
            n++;
        }
        return new Cube(
                "https://w3id.org/pravasi/id/dataset/x/y",
                "https://w3id.org/pravasi/id/dataset/x/y/v1",
                List.of(
                        new Cube.Component(SDMX.refArea.getURI(), "area", "area"),
                        new Cube.Component(SDMX.refPeriod.getURI(), "period", "period"),
                        new Cube.Component(PV.violationType.getURI(), "violation_type", "Violation")),
                new Cube.Component(PV.cases.getURI(), "cases", "Cases"),
                rows);
    }

    static Exploration explore(Map<String, List<String>> params) {
        Citation c = new Citation("Org", "Title", 1, "2024-05-01", "https://example.org/p", "", "", "urn:d");
        return new Explorer(10).explore(cube(), params, Map.of(), q -> List.of(), "Title", c, "en");
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    @DisplayName("labels starting with = + - @ tab or CR (and full-width =) are neutralised with a leading quote")
    void formulaCellsAreNeutralised() throws Exception {
        List<CSVRecord> records = parse(ExploreCsv.write(explore(Map.of("granularity", List.of("year"))), EN));
        assertEquals(1 + HOSTILE.size(), records.size());
        for (CSVRecord r : records.subList(1, records.size())) {
            for (int i : new int[] {1, 5}) {
                assertTrue(r.get(i).startsWith("'"), i + ": " + r);
                assertTrue(HOSTILE.contains(r.get(i).substring(1)), r.get(i));
            }
        }
    }

    @Test
    @DisplayName("a year with a withheld quarter has an empty figure and says why; complete years are numbers")
    void withheldYearHasNoNumber() throws Exception {
        List<CSVRecord> records = parse(ExploreCsv.write(explore(Map.of("granularity", List.of("year"))), EN));
        CSVRecord withheld = records.get(1);
        assertEquals("", withheld.get(6));
        assertEquals("withheld", withheld.get(7));
        assertEquals("Not published: 1 of 4 quarters withheld to protect privacy.", withheld.get(8));
        assertFalse(String.join(",", withheld.values()).contains("70"), withheld.toString());
        CSVRecord complete = records.get(2);
        assertEquals(Long.toString(10 + 20 + 30 + 40 + 4), complete.get(6));
        assertEquals("value", complete.get(7));
    }

    @Test
    @DisplayName("the header names each column once, and the CSVW metadata lists the same columns")
    void metadataMatchesHeader() throws Exception {
        Exploration e = explore(Map.of());
        List<String> header = parse(ExploreCsv.write(e, EN)).get(0).toList();
        assertEquals(ExploreCsv.header(e), header);
        String meta = ExploreCsv.metadata(e, "/api/data/x/y?format=csv", EN);
        for (String name : header) {
            assertTrue(meta.contains("\"name\" : \"" + name + "\""), name + " in " + meta);
        }
    }
}
