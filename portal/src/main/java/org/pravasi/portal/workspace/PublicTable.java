package org.pravasi.portal.workspace;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.disclosure.SuppressionReason;
import org.pravasi.registry.workspace.ColumnRole;
import org.pravasi.registry.workspace.PipelineInput;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.Reconciled;
import org.pravasi.registry.workspace.SheetTable;

/**
 * Exactly what a dry run would publish, row by row: the CSV given to the pipeline with each identifier shown by its
 * name in the page's language (English where the data have no other), and the count, or the mark of a withheld cell
 * with its reason (under the threshold, or protecting another cell).
 *
 * @param headers the published columns
 * @param rows the rows, at most {@link #SHOWN}
 * @param total every row
 */
record PublicTable(List<String> headers, List<Row> rows, int total) {
    /** Rows shown on the page; the descriptor and CSV downloads hold all. */
    static final int SHOWN = 1_000;

    /**
     * One published row.
     *
     * @param number the row's number in the upload's sheet
     * @param cells the names of its place, period and categories
     * @param count the count, or blank when withheld
     * @param withheld {@code primary}, {@code secondary}, or blank
     */
    record Row(long number, List<String> cells, String count, String withheld) {}

    static PublicTable of(Preview p, Ui ui, Drafting.ConceptLabels labels, PlaceNames places) {
        PipelineInput input = p.input().orElseThrow();
        SheetTable table = p.table().orElseThrow();
        Map<String, String> names = new HashMap<>();
        p.values()
                .values()
                .forEach(list -> list.stream()
                        .map(Reconciled::match)
                        .flatMap(java.util.Optional::stream)
                        .forEach(c -> names.putIfAbsent(c.id(), c.label())));
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(input.csv(), StandardCharsets.UTF_8)))) {
            List<String> headers = csv.getHeaderNames();
            int m = headers.indexOf(p.columns().stream()
                    .filter(c -> c.role() == ColumnRole.Role.MEASURE)
                    .findFirst()
                    .map(ColumnRole::qualifier)
                    .orElse(""));
            List<Row> rows = new ArrayList<>();
            int i = 0;
            for (CSVRecord r : csv) {
                long number = table.rows().get(i++).number();
                if (rows.size() >= SHOWN) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    if (c != m) {
                        String id = r.get(c);
                        cells.add(DraftViews.name(
                                ui,
                                DraftViews.scopeOf(headers.get(c)),
                                id,
                                names.getOrDefault(id, id),
                                labels,
                                places));
                    }
                }
                SuppressionReason why = p.withheld().get(number);
                rows.add(new Row(
                        number,
                        cells,
                        why == null && m >= 0 ? r.get(m) : "",
                        why == null ? "" : why == SuppressionReason.PRIMARY_BELOW_THRESHOLD ? "primary" : "secondary"));
            }
            List<String> shown = new ArrayList<>(
                    headers.stream().map(h -> FindingTexts.column(ui, h)).toList());
            if (m >= 0) {
                shown.add(shown.remove(m));
            }
            return new PublicTable(shown, rows, i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
