package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the rows of a decoded CSV text, guessing the delimiter (comma, semicolon or tab) from the first lines. */
final class CsvRows {
    private CsvRows() {}

    static void read(String text, RowCollector out) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(cells::add);
                out.add(r.getRecordNumber(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The character among {@code , ; TAB} that appears most in the first lines. */
    static char delimiter(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = head.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }
}
