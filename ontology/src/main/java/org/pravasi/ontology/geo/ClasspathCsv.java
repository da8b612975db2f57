package org.pravasi.ontology.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the small curated CSV tables shipped in this package (lines starting with # are comments). */
final class ClasspathCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setTrim(true)
            .get();

    private ClasspathCsv() {}

    static List<CSVRecord> read(String name) {
        try (InputStream in = ClasspathCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "classpath resource " + name + " is missing from the ontology jar; rebuild it");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.builder()
                            .setReader(reader)
                            .setFormat(FORMAT)
                            .get()) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + name + ": " + e.getMessage(), e);
        }
    }
}
