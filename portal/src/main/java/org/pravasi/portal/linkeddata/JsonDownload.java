package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.web.Json;

/** Writes a {@link Cube} as JSON: the dataset's metadata, its columns and one object per observation. */
final class JsonDownload {
    private JsonDownload() {}

    /** The JSON document. */
    static String write(Cube cube, DownloadMeta meta) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dataset", cube.datasetUri());
        doc.put("version", cube.versionUri());
        doc.put("title", meta.title());
        doc.put("licence", meta.licence());
        doc.put("publisher", Map.of("uri", meta.publisher(), "name", meta.publisherName()));
        doc.put("source", meta.source());
        List<Map<String, String>> columns = new ArrayList<>();
        for (Cube.Component d : cube.dimensions()) {
            columns.add(Map.of("name", d.name(), "property", d.uri(), "label", d.label(), "role", "dimension"));
        }
        columns.add(Map.of(
                "name",
                cube.measure().name(),
                "property",
                cube.measure().uri(),
                "label",
                cube.measure().label(),
                "role",
                "measure"));
        doc.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>(cube.rows().size());
        for (Cube.Row r : cube.rows()) {
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
            rows.add(row);
        }
        doc.put("observations", rows);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
