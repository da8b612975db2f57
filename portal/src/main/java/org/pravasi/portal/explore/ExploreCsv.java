package org.pravasi.portal.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pravasi.portal.linkeddata.CsvDownload;
import org.pravasi.portal.linkeddata.CsvwTable;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.portal.pages.Texts;
import org.pravasi.registry.catalog.figures.Rollup;

/**
 * Exactly a selection as CSV, and its CSV on the Web metadata. Columns: each dimension's code and label, the figure
 * (empty unless published), its {@code status} and a {@code note} saying why a figure is not published. Every text cell
 * goes through {@link CsvDownload#protect}, as in the dataset downloads, so no cell runs as a spreadsheet formula.
 */
final class ExploreCsv {
    /** The status column. */
    static final String STATUS = "status";
    /** The note column. */
    static final String NOTE = "note";

    private ExploreCsv() {}

    /** The header row. */
    static List<String> header(Exploration e) {
        List<String> h = new ArrayList<>();
        for (Exploration.Column c : e.columns()) {
            h.add(c.name());
            h.add(c.name() + "_label");
        }
        h.add(e.measure().name());
        h.add(STATUS);
        h.add(NOTE);
        return h;
    }

    /** The CSV (RFC 4180, CRLF line ends). */
    static String write(Exploration e, Texts texts) {
        StringBuilder out = new StringBuilder();
        Optional<Span> parts = ExploreJson.partSpan(e);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header(e).stream().map(CsvDownload::protect).toList());
            for (Exploration.Cell cell : e.cells()) {
                List<String> cells = new ArrayList<>();
                for (Cube.Term t : cell.keys()) {
                    cells.add(CsvDownload.protect(t.notation()));
                    cells.add(CsvDownload.protect(t.label()));
                }
                Rollup r = cell.rollup();
                cells.add(r.value().isPresent() ? Long.toString(r.value().getAsLong()) : "");
                cells.add(Wording.status(r));
                cells.add(CsvDownload.protect(Wording.reason(r, parts, texts)));
                csv.printRecord(cells);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The CSVW metadata of the CSV at {@code csvUrl}, labels in the language of {@code texts}. */
    static String metadata(Exploration e, String csvUrl, Texts texts) {
        String lang = texts.lang();
        Citation c = e.citation();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", lang)));
        doc.put("url", csvUrl);
        doc.put("dc:title", e.title());
        doc.put("dc:license", Map.of("@id", c.licenceUri()));
        doc.put("dc:publisher", Map.of("schema:name", c.publisher()));
        doc.put("dc:source", Map.of("@id", e.versionUri()));
        doc.put("dc:isVersionOf", Map.of("@id", e.datasetUri()));
        doc.put("dc:bibliographicCitation", c.text(texts));
        doc.put(
                "dc:description",
                "A selection of the dataset: figures over periods are published only when every part is published.");
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Exploration.Column col : e.columns()) {
            CsvwTable.addDimension(columns, col.name(), col.label(), col.property());
        }
        columns.add(CsvwTable.measure(
                e.measure().name(), e.measure().label(), e.measure().uri()));
        columns.add(CsvwTable.column(STATUS, "value, withheld, incomplete or nodata", "string"));
        columns.add(CsvwTable.column(NOTE, "why a figure is not published", "string"));
        return CsvwTable.write(
                doc, columns, e.columns().stream().map(Exploration.Column::name).toList(), Map.of());
    }
}
