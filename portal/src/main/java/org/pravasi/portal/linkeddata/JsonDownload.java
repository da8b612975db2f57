package org.pravasi.portal.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pravasi.registry.web.Json;

/** Writes a {@link Cube} as JSON: the dataset's metadata, its columns and one object per observation. */
final class JsonDownload {
    private JsonDownload() {}

    /**
     * Writes the JSON document to {@code out}: the head as one pretty-printed object, then the observations one at a
     * time (a 100,000-observation document is 68 MB; it is never held whole).
     */
    static void write(Cube cube, DownloadMeta meta, Writer out) throws IOException {
        write(cube, cube.rows()::forEach, meta, out);
    }

    /** As {@link #write(Cube, DownloadMeta, Writer)}, with the observations {@code rows} gives, as they come. */
    static void write(Cube cube, Consumer<Consumer<Cube.Row>> rows, DownloadMeta meta, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dataset", cube.datasetUri());
        doc.put("version", cube.versionUri());
        doc.put("title", meta.title());
        doc.put("licence", meta.licence());
        doc.put("publisher", Ordered.object("uri", meta.publisher(), "name", meta.publisherName()));
        doc.put("source", meta.source());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Cube.Component d : cube.dimensions()) {
            columns.add(Ordered.object("name", d.name(), "property", d.uri(), "label", d.label(), "role", "dimension"));
        }
        columns.add(Ordered.object(
                "name",
                cube.measure().name(),
                "property",
                cube.measure().uri(),
                "label",
                cube.measure().label(),
                "role",
                "measure"));
        doc.put("columns", columns);
        String head = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        out.write(head.substring(0, head.lastIndexOf('}')).stripTrailing());
        out.write(",\n  \"observations\" : [");
        boolean[] first = {true};
        rows.accept(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("uri", r.uri());
            for (int i = 0; i < cube.dimensions().size(); i++) {
                String name = cube.dimensions().get(i).name();
                Cube.Term t = r.keys().get(i);
                row.put(name, t.notation());
                row.put(name + "_label", t.label());
                row.put(name + "_uri", t.uri());
            }
            row.put(cube.measure().name(), r.suppressed() ? null : r.value().getAsLong());
            row.put(CsvDownload.STATUS, r.suppressed() ? "confidential" : "normal");
            try {
                out.write(first[0] ? "\n    " : ",\n    ");
                out.write(Json.MAPPER.writeValueAsString(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            first[0] = false;
        });
        out.write(first[0] ? "]\n}\n" : "\n  ]\n}\n");
    }
}
