package org.pravasi.portal.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.registry.web.Json;

/**
 * The parts of a CSV on the Web table description that every CSV of ours shares (a dataset's download, an explorer
 * selection): columns titled by their header cell, a dimension as a code and a label column, the measure, the schema.
 */
public final class CsvwTable {
    private CsvwTable() {}

    /**
     * A column whose title is its CSV header cell (so that CSVW validators match them) and whose description is a
     * label.
     */
    public static Map<String, Object> column(String name, String description, String datatype) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("titles", name);
        c.put("dc:description", description);
        c.put("datatype", datatype);
        return c;
    }

    /**
     * Adds a dimension's two columns to {@code columns}: its code, the value of {@code propertyUrl}, and its label, for
     * people and not output as data; returns the code column (for a {@code valueUrl}).
     */
    public static Map<String, Object> addDimension(
            List<Map<String, Object>> columns, String name, String label, String propertyUrl) {
        Map<String, Object> code = column(name, label + " (code)", "string");
        code.put("propertyUrl", propertyUrl);
        columns.add(code);
        Map<String, Object> labelColumn = column(name + "_label", label, "string");
        labelColumn.put("suppressOutput", true);
        columns.add(labelColumn);
        return code;
    }

    /** The measure's column: whole numbers, empty where a figure is not published. */
    public static Map<String, Object> measure(String name, String label, String propertyUrl) {
        Map<String, Object> m = column(name, label, "integer");
        m.put("propertyUrl", propertyUrl);
        m.put("null", "");
        return m;
    }

    /**
     * Puts the table schema (the columns, the primary key, then {@code more}) into {@code doc} and writes it as JSON.
     */
    public static String write(
            Map<String, Object> doc,
            List<Map<String, Object>> columns,
            List<String> primaryKey,
            Map<String, Object> more) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("columns", columns);
        schema.put("primaryKey", primaryKey);
        schema.putAll(more);
        doc.put("tableSchema", schema);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
