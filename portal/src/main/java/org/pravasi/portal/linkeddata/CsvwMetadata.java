package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;

/** The CSV on the Web metadata ({@code download.csv-metadata.json}) describing a dataset's CSV download. */
final class CsvwMetadata {
    private CsvwMetadata() {}

    /**
     * The metadata document; {@code csvUrl} is the CSV it describes (relative to the metadata), {@code lang} its
     * labels' language.
     */
    static String write(Cube cube, DownloadMeta meta, String csvUrl, String lang) {
        List<List<Cube.Term>> values = new ArrayList<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            int at = i;
            values.add(cube.rows().stream().map(r -> r.keys().get(at)).toList());
        }
        return write(cube, values, meta, csvUrl, lang);
    }

    /** As {@link #write(Cube, DownloadMeta, String, String)}, with each dimension's {@code values} given. */
    static String write(Cube cube, List<List<Cube.Term>> values, DownloadMeta meta, String csvUrl, String lang) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("http://www.w3.org/ns/csvw", Ordered.object("@language", lang)));
        doc.put("url", csvUrl);
        doc.put("dc:title", meta.title());
        doc.put("dc:license", Ordered.object("@id", meta.licence()));
        doc.put("dc:publisher", Ordered.object("@id", meta.publisher(), "schema:name", meta.publisherName()));
        doc.put("dc:source", meta.source());
        doc.put("dc:isVersionOf", Ordered.object("@id", cube.datasetUri()));
        List<Map<String, Object>> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < cube.dimensions().size(); i++) {
            Cube.Component d = cube.dimensions().get(i);
            Map<String, Object> c = CsvwTable.addDimension(columns, d.name(), d.label(), d.uri());
            String prefix = valuePrefix(values.get(i));
            if (prefix != null) {
                c.put("valueUrl", prefix + "{" + d.name() + "}");
            }
            keys.add(d.name());
        }
        columns.add(CsvwTable.measure(
                cube.measure().name(), cube.measure().label(), cube.measure().uri()));
        Map<String, Object> status = CsvwTable.column(CsvDownload.STATUS, "observation status", "string");
        status.put("propertyUrl", SDMX.obsStatus.getURI());
        status.put("valueUrl", PravasiUris.CODE_BASE + "obs-status/{" + CsvDownload.STATUS + "}");
        columns.add(status);
        columns.add(Ordered.object("virtual", true, "propertyUrl", "rdf:type", "valueUrl", QB.Observation.getURI()));
        columns.add(Ordered.object("virtual", true, "propertyUrl", QB.dataSet.getURI(), "valueUrl", cube.versionUri()));
        return CsvwTable.write(doc, columns, keys, Ordered.object("aboutUrl", cube.versionUri() + "/obs/{_row}"));
    }

    /** The URI prefix that turns every one of a dimension's codes into its URI, or null when there is none. */
    private static String valuePrefix(List<Cube.Term> values) {
        String prefix = null;
        for (Cube.Term t : values) {
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
