package org.pravasi.portal.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pravasi.ontology.CodeLists;
import org.pravasi.registry.ingest.Column;
import org.pravasi.registry.ingest.ColumnRole;
import org.pravasi.registry.ingest.Descriptor;
import org.pravasi.registry.ingest.DescriptorReader;

/**
 * Templates for the kinds of dataset in the demo data, generated from their descriptors (columns), the first row of
 * their CSV (example keys) and the code lists (allowed values): nothing is kept by hand, so a changed descriptor or
 * code list changes its template when the portal next starts ({@link TemplateFiles} keeps what is built).
 */
final class DatasetTemplates {
    private final Optional<Path> demo;
    private final CodeLists codes;

    DatasetTemplates(Optional<Path> demo, CodeLists codes) {
        this.demo = demo;
        this.codes = codes;
    }

    /**
     * A kind of dataset.
     *
     * @param slug the demo dataset it comes from (names its template files)
     * @param descriptor that dataset's descriptor
     * @param example the first row of its CSV, by column, measure left blank
     */
    record Kind(String slug, Descriptor descriptor, List<String> example) {
        /** The title in {@code lang}, else English. */
        String title(String lang) {
            return descriptor.title().getOrDefault(lang, descriptor.titleEn());
        }

        /** The header row. */
        List<String> header() {
            return descriptor.columns().stream().map(Column::name).toList();
        }
    }

    /** Every kind, by slug; empty when no demo data is at hand. */
    List<Kind> kinds() {
        if (demo.isEmpty()) {
            return List.of();
        }
        List<Kind> out = new ArrayList<>();
        try (Stream<Path> orgs = Files.list(demo.get())) {
            for (Path org : orgs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(org)) {
                    for (Path json : files.filter(
                                    f -> f.getFileName().toString().endsWith(".json"))
                            .filter(f -> !f.getFileName().toString().equals("organisation.json"))
                            .toList()) {
                        kind(json).ifPresent(out::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo datasets: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Kind::slug));
        return out;
    }

    /** The kind named {@code slug}, if any. */
    Optional<Kind> kind(String slug) {
        return kinds().stream().filter(k -> k.slug().equals(slug)).findFirst();
    }

    private static Optional<Kind> kind(Path json) throws IOException {
        var parsed = DescriptorReader.read(json.getFileName().toString(), Files.readAllBytes(json));
        if (parsed.value().isEmpty()) {
            return Optional.empty();
        }
        Descriptor d = parsed.value().get();
        Path csv = json.resolveSibling(d.slug() + ".csv");
        List<String> example = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
                List<String> two = lines.limit(2).toList();
                if (two.size() == 2) {
                    List<String> header =
                            List.of(two.get(0).replace("\uFEFF", "").split(",", -1));
                    List<String> first = List.of(two.get(1).split(",", -1));
                    for (Column c : d.columns()) {
                        int i = header.indexOf(c.name());
                        example.add(c.role() == ColumnRole.MEASURE || i < 0 || i >= first.size() ? "" : first.get(i));
                    }
                }
            }
        }
        return Optional.of(new Kind(d.slug(), d, example));
    }

    /** The CSV template: the header and one example row (UTF-8, with a BOM so that spreadsheets read Hindi right). */
    byte[] csv(Kind k) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", k.header())).append("\r\n");
        if (!k.example().isEmpty()) {
            sb.append(String.join(",", k.example())).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The .xlsx template: a sheet "data" with the header and example row, and a sheet "values" with what each column
     * takes (the code list's values with their English and Hindi labels, or the form of codes and periods).
     */
    byte[] xlsx(Kind k) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "PravasiDataCommons", "1.0");
            Worksheet data = wb.newWorksheet("data");
            List<String> header = k.header();
            for (int c = 0; c < header.size(); c++) {
                data.value(0, c, header.get(c));
                data.style(0, c).bold().set();
                if (c < k.example().size() && !k.example().get(c).isEmpty()) {
                    data.value(1, c, k.example().get(c));
                }
            }
            Worksheet values = wb.newWorksheet("values");
            List<String> titles = List.of("column", "value", "English", "हिन्दी");
            for (int c = 0; c < titles.size(); c++) {
                values.value(0, c, titles.get(c));
                values.style(0, c).bold().set();
            }
            int r = 1;
            for (Column col : k.descriptor().columns()) {
                for (List<String> row : allowed(col)) {
                    values.value(r, 0, col.name());
                    for (int c = 0; c < row.size(); c++) {
                        values.value(r, c + 1, row.get(c));
                    }
                    r++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a column takes: value, English, Hindi. */
    private List<List<String>> allowed(Column c) {
        return switch (c.role()) {
            case DIMENSION ->
                codes.notations(c.qualifier()).stream()
                        .sorted()
                        .map(n -> {
                            var concept = codes.concept(c.qualifier(), n);
                            return List.of(
                                    n,
                                    concept.flatMap(x -> codes.label(x, "en")).orElse(""),
                                    concept.flatMap(x -> codes.label(x, "hi")).orElse(""));
                        })
                        .toList();
            case AREA, ORIGIN, DESTINATION ->
                List.of(List.of(
                        c.qualifier(),
                        c.qualifier().equals("country")
                                ? "ISO 3166 code, e.g. IND"
                                : "LGD " + c.qualifier() + " code, e.g. " + example(c.qualifier()),
                        c.qualifier().equals("country")
                                ? "ISO 3166 कोड, जैसे IND"
                                : "LGD कोड, जैसे " + example(c.qualifier())));
            case PERIOD ->
                List.of(List.of(
                        c.qualifier(),
                        switch (c.qualifier()) {
                            case "quarter" -> "2024-Q1";
                            case "month" -> "2024-01";
                            default -> "2024";
                        },
                        ""));
            case MEASURE -> List.of(List.of(c.qualifier(), "a whole number", "पूर्ण संख्या"));
        };
    }

    private static String example(String level) {
        return level.equals("state") ? "10 (Bihar)" : "201 (Katihar)";
    }
}
