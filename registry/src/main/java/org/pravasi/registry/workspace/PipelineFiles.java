package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pravasi.registry.workspace.ColumnRole.Role;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a fully reconciled upload as the descriptor and CSV of docs/data-model.md: one column per published role
 * (named {@code district} or {@code state}, {@code period}, the code-list id, the measure), cells holding our
 * identifiers; the state column and ignored columns are left out.
 */
final class PipelineFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PipelineFiles() {}

    static PipelineInput build(
            String org,
            SheetTable table,
            List<ColumnRole> columns,
            Map<String, Map<String, Reconciled>> byCell,
            Choices choices,
            RowStates states) {
        List<Integer> published = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ObjectNode d = JSON.createObjectNode();
        Choices.Dataset ds = choices.dataset();
        d.put("slug", ds.slug());
        d.put("publisher", org);
        text(d, "title", ds.title(), ds.titleHi());
        text(d, "description", ds.description(), ds.descriptionHi());
        d.put("licence", ds.licence());
        if (!ds.titleHi().isBlank() || !ds.descriptionHi().isBlank()) {
            d.putArray("language").add("en").add("hi");
        }
        ArrayNode themes = d.putArray("themes");
        ds.themes().forEach(themes::add);
        d.put("illustrative", ds.illustrative());
        d.put("source", ds.source());
        if (!ds.sourceUrl().isBlank()) {
            d.put("sourceUrl", ds.sourceUrl());
        }
        if (!ds.contactPoint().isBlank()) {
            d.put("contactPoint", ds.contactPoint());
        }
        ArrayNode cols = d.putArray("columns");
        for (int i = 0; i < columns.size(); i++) {
            ColumnRole r = columns.get(i);
            ObjectNode c = JSON.createObjectNode();
            String name;
            switch (r.role()) {
                case AREA -> {
                    name = r.qualifier().equals("state") ? "state" : "district";
                    c.put("role", "area").put("level", name);
                }
                case PERIOD -> {
                    name = "period";
                    c.put("role", "period").put("granularity", granularity(byCell.get(r.column())));
                }
                case DIMENSION -> {
                    name = r.qualifier();
                    c.put("role", "dimension").put("codeList", r.qualifier());
                }
                case MEASURE -> {
                    name = r.qualifier();
                    c.put("role", "measure").put("measure", r.qualifier());
                }
                default -> {
                    continue;
                }
            }
            c.put("name", name);
            cols.add(c);
            published.add(i);
            names.add(name);
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            out.printRecord(names);
            for (SheetTable.DataRow row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i : published) {
                    ColumnRole r = columns.get(i);
                    String value = row.cells().get(i);
                    if (r.role() == Role.MEASURE) {
                        cells.add(Digits.ascii(value));
                        continue;
                    }
                    Optional<String> state = r.role() == Role.AREA ? states.of(row.cells()) : Optional.empty();
                    Reconciled rec = byCell.get(r.column()).get(value + "\u0000" + state.orElse(""));
                    cells.add(rec.match().orElseThrow().id());
                }
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String slug = ds.slug();
        return new PipelineInput(
                slug + ".json",
                JSON.writeValueAsBytes(d),
                slug + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A text in English alone, or in English and Hindi when a Hindi text is given. */
    private static void text(ObjectNode d, String field, String en, String hi) {
        if (hi.isBlank()) {
            d.put(field, en);
        } else {
            d.putObject(field).put("en", en).put("hi", hi);
        }
    }

    /** The name of the pipeline CSV's column for a column of this role; empty for columns left out. */
    static Optional<String> name(ColumnRole r) {
        return switch (r.role()) {
            case AREA -> Optional.of(r.qualifier().equals("state") ? "state" : "district");
            case PERIOD -> Optional.of("period");
            case DIMENSION, MEASURE -> Optional.of(r.qualifier());
            default -> Optional.empty();
        };
    }

    private static String granularity(Map<String, Reconciled> values) {
        return values.values().stream()
                .flatMap(r -> r.match().stream())
                .map(c -> PeriodReconciler.granularity(c.id()).id())
                .findFirst()
                .orElse("year");
    }
}
