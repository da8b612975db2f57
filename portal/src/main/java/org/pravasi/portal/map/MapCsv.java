package org.pravasi.portal.map;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pravasi.portal.linkeddata.CsvDownload;

/**
 * The map's current view as CSV ({@code GET /api/map?format=csv}): one row per district shown, with its figure, status
 * and why a figure is withheld, the period and the source. Every text cell goes through {@link CsvDownload#protect}, so
 * no cell runs as a spreadsheet formula.
 */
final class MapCsv {
    /** The header row. */
    static final List<String> HEADER = List.of(
            "lgd_code",
            "district",
            "state",
            "period",
            "value",
            "status",
            "withheld_parts",
            "missing_parts",
            "parts",
            "measure",
            "dataset",
            "version",
            "period_label");

    private MapCsv() {}

    /**
     * The districts of {@code r} with a figure or a withheld one, or every district of the state {@code stateLgd};
     * names and the period's label in {@code lang} (a name the data have only in English stays English).
     */
    static String write(MapResult r, String stateLgd, String lang) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (DistrictValue d : r.districts()) {
                boolean shown = stateLgd.isEmpty()
                        ? d.status() != Status.NODATA
                        : d.stateLgd().equals(stateLgd);
                if (!shown) {
                    continue;
                }
                DistrictValue.Parts p = d.parts();
                csv.printRecord(
                        CsvDownload.protect(d.lgd()),
                        CsvDownload.protect(d.nameIn(lang)),
                        CsvDownload.protect(d.stateIn(lang)),
                        CsvDownload.protect(r.period().notation()),
                        d.value() == null ? "" : Long.toString(d.value()),
                        d.status().id(),
                        p == null ? "" : Integer.toString(p.withheld()),
                        p == null ? "" : Integer.toString(p.missing()),
                        p == null ? "" : Integer.toString(p.parts()),
                        CsvDownload.protect(r.measure().uri()),
                        CsvDownload.protect(r.dataset()),
                        CsvDownload.protect(r.version()),
                        CsvDownload.protect(r.period().labelIn(lang)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A file name for the download: the dataset's last segment and the period, in safe characters. */
    static String fileName(MapResult r) {
        String slug = r.dataset().substring(r.dataset().lastIndexOf('/') + 1);
        return (slug + "-" + r.period().notation()).replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }
}
