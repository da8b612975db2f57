package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CSV download: protection against spreadsheet formula injection")
class CsvDownloadTest {

    static List<CSVRecord> write(String label, OptionalLong value) throws IOException {
        Cube cube = new Cube(
                "urn:ds",
                "urn:ds/v1",
                List.of(new Cube.Component("urn:dim", "thing", "Thing")),
                new Cube.Component("urn:m", "cases", "Cases"),
                List.of(new Cube.Row("urn:ds/v1/obs/1", List.of(new Cube.Term("urn:t/x", label, label)), value)));
        StringBuilder sb = new StringBuilder();
        CsvDownload.write(cube, sb);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(sb.toString()))
                .getRecords();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://example.org\",\"x\")",
                "+1+2",
                "-2+3",
                "@SUM(A1:A2)",
                "\tindented",
                "\rreturn",
                "\nline",
                "＝1+1",
                "＋1",
                "－1",
                "＠SUM(1)"
            })
    @DisplayName("text cells that would start a formula get a leading quote and keep their text")
    void neutralisesFormulaStarts(String text) throws IOException {
        CSVRecord r = write(text, OptionalLong.of(12)).getFirst();
        assertEquals("'" + text, r.get("thing_label"));
        assertEquals("'" + text, r.get("thing"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Katihar", "2024-Q1", "कटिहार", "a=b", "'quoted"})
    @DisplayName("ordinary text is written unchanged")
    void leavesOrdinaryText(String text) throws IOException {
        assertEquals(text, write(text, OptionalLong.of(12)).getFirst().get("thing_label"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {-5, 0, 12, 29266161})
    @DisplayName("numbers in the count column stay numbers, negative ones too")
    void numbersStayNumbers(long n) throws IOException {
        assertEquals(Long.toString(n), write("x", OptionalLong.of(n)).getFirst().get("cases"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a suppressed cell is an empty value with status confidential")
    void suppressedCell() throws IOException {
        CSVRecord r = write("x", OptionalLong.empty()).getFirst();
        assertEquals("", r.get("cases"));
        assertEquals("confidential", r.get("obs_status"));
    }
}
