package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.web.Json;

/** The CSV on the Web metadata ({@code download.csv-metadata.json}) describing a dataset's CSV download. */
final class CsvwMetadata {
    private CsvwMetadata() {}

    /**
     * The metadata document; {@code csvUrl} is the CSV it describes (relative to the metadata), {@code lang} its
     * labels' language.
     */
    static String write(Cube cube, DownloadMeta meta, String csvUrl, String lang) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", lang)));
        doc.put("url", csvUrl);
        doc.put("dc:title", meta.title());
        doc.put("dc:license", Map.of("@id", meta.licence()));
        doc.put("dc:publisher", Map.of("@id", meta.publisher(), "schema:name", meta.publisherName()));
        doc.put("dc:source", meta.source());
        doc.put("dc:isVersionOf", Map.of("@id", cube.datasetUri()));
        List<Map<String, Object>> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            Cube.Component d = cube.dimensions().get(i);
            Map<String, Object> c = column(d.name(), d.label() + " (code)", "string");
            c.put("propertyUrl", d.uri());
            String prefix = valuePrefix(cube, i);
            if (prefix != null) {
                c.put("valueUrl", prefix + "{" + d.name() + "}");
            }
            columns.add(c);
            Map<String, Object> label = column(d.name() + "_label", d.label(), "string");
            label.put("suppressOutput", true);
            columns.add(label);
            keys.add(d.name());
        }
        Map<String, Object> m = column(cube.measure().name(), cube.measure().label(), "integer");
        m.put("propertyUrl", cube.measure().uri());
        m.put("null", "");
        columns.add(m);
        Map<String, Object> status = column(CsvDownload.STATUS, "observation status", "string");
        status.put("propertyUrl", SDMX.obsStatus.getURI());
        status.put("valueUrl", PravasiUris.CODE_BASE + "obs-status/{" + CsvDownload.STATUS + "}");
        columns.add(status);
        columns.add(Map.of("virtual", true, "propertyUrl", "rdf:type", "valueUrl", QB.Observation.getURI()));
        columns.add(Map.of("virtual", true, "propertyUrl", QB.dataSet.getURI(), "valueUrl", cube.versionUri()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("columns", columns);
        schema.put("primaryKey", keys);
        schema.put("aboutUrl", cube.versionUri() + "/obs/{_row}");
        doc.put("tableSchema", schema);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    /**
     * A column whose title is its CSV header cell (so that CSVW validators match them) and whose description is a
     * label.
     */
    private static Map<String, Object> column(String name, String description, String datatype) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("titles", name);
        c.put("dc:description", description);
        c.put("datatype", datatype);
        return c;
    }

    /** The URI prefix that turns every code of dimension {@code i} into its URI, or null when there is none. */
    private static String valuePrefix(Cube cube, int i) {
        String prefix = null;
        for (Cube.Row r : cube.rows()) {
            Cube.Term t = r.keys().get(i);
            if (!t.uri().endsWith("/" + t.notation())) {
                return null;
            }
            String p = t.uri().substring(0, t.uri().length() - t.notation().length());
            if (prefix != null && !prefix.equals(p)) {
                return null;
            }
            prefix = p;
        }
        return prefix;
    }
}
