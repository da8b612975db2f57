package org.pravasi.registry.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text (RFC 4180: quoted fields, CRLF or LF) into a {@link Table}: checks the header against the descriptor,
 * that every record has every cell, that counts are whole numbers, and that no key repeats.
 */
public final class TableReader {
    /** Largest count accepted in a cell. */
    public static final long MAX_COUNT = 2_000_000_000L;
    /** Longest key cell: a code, or a place, period or category as people write it (the workspace reads 2,000). */
    public static final int MAX_KEY_CHARS = 2_000;

    /** A count as written: digits, or digits grouped by thousands (1,234) or in the Indian way (1,23,456). */
    private static final Pattern COUNT = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})*,\\d{3}");
    /** At most twelve digits once the grouping commas are gone: a count that fits a long with room to spare. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    private final Descriptor descriptor;
    private final String file;
    private final Findings findings = new Findings();
    private final List<Map<String, String>> interned = new ArrayList<>();

    private TableReader(String file, Descriptor descriptor) {
        this.file = file;
        this.descriptor = descriptor;
    }

    /** Reads {@code text}; the table is present when the header matched, even if some rows have errors. */
    public static Parsed<Table> read(String file, String text, Descriptor descriptor) {
        return new TableReader(file, descriptor).parse(text);
    }

    private Parsed<Table> parse(String text) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Column> keys = descriptor.keyColumns();
        keys.forEach(k -> interned.add(new HashMap<>()));
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            if (!checkHeader(parser.getHeaderNames())) {
                return Parsed.failed(findings.list());
            }
            Set<Key> seen = new HashSet<>();
            int measureIndex = parser.getHeaderMap().get(descriptor.measure().name());
            int[] keyIndex = keys.stream()
                    .mapToInt(k -> parser.getHeaderMap().get(k.name()))
                    .toArray();
            for (CSVRecord rec : parser) {
                Row row = row(rec, keys, keyIndex, measureIndex);
                if (row != null) {
                    if (!seen.add(new Key(row.key()))) {
                        findings.add(Finding.error(
                                file,
                                row.line(),
                                "",
                                String.join(" | ", row.key()),
                                "This combination of " + names(keys) + " appears more than once.",
                                "Keep one row per combination (sum or remove the duplicates)."));
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            findings.add(
                    Finding.error(
                            file,
                            "",
                            "The CSV cannot be parsed: " + e.getMessage(),
                            "Check quoting: a field with a comma, quote or line break must be in double quotes, and a quote inside it doubled (\"\")."));
        }
        if (rows.isEmpty() && !findings.hasErrors()) {
            findings.add(Finding.error(
                    file, "", "The CSV has a header but no data rows.", "Add at least one row of counts."));
        }
        // The table is returned even with row-level errors, so later checks can report their findings too;
        // the caller refuses the upload when any finding is an error.
        return rows.isEmpty()
                ? Parsed.failed(findings.list())
                : Parsed.of(new Table(file, descriptor, rows), findings.list());
    }

    private boolean checkHeader(List<String> header) {
        Set<String> declared = new LinkedHashSet<>();
        descriptor.columns().forEach(c -> declared.add(c.name()));
        Set<String> present = new LinkedHashSet<>(header);
        boolean ok = true;
        for (String h : header) {
            if (!declared.contains(h)) {
                findings.add(Finding.error(
                        file,
                        1,
                        h,
                        "",
                        "The CSV has a column '" + h + "' that the descriptor does not declare.",
                        "Declare it in the descriptor's columns, or remove it from the CSV."));
                ok = false;
            }
        }
        for (String d : declared) {
            if (!present.contains(d)) {
                findings.add(Finding.error(
                        file,
                        1,
                        d,
                        "",
                        "The descriptor declares a column '" + d + "' that the CSV header lacks.",
                        "Add the column to the CSV or correct the name (header text must match exactly)."));
                ok = false;
            }
        }
        return ok;
    }

    private Row row(CSVRecord rec, List<Column> keys, int[] keyIndex, int measureIndex) {
        long line = rec.getRecordNumber() + 1;
        if (!rec.isConsistent()) {
            findings.add(Finding.error(
                    file,
                    line,
                    "",
                    "",
                    "This row has " + rec.size() + " cells; the header has "
                            + descriptor.columns().size() + ".",
                    "Give every row one cell per column; quote cells that contain commas."));
            return null;
        }
        String[] key = new String[keys.size()];
        boolean ok = true;
        for (int i = 0; i < key.length; i++) {
            String cell = rec.get(keyIndex[i]);
            if (cell.isEmpty()) {
                findings.add(Finding.error(
                        file, line, keys.get(i).name(), "", "The cell is empty.", "Every key cell needs a code."));
                ok = false;
            } else if (cell.length() > MAX_KEY_CHARS) {
                // Refused before anything reads it: the screen and the reconcilers read a key in time at least
                // linear in its length, and no code or place name comes near this.
                findings.add(Finding.error(
                        file,
                        line,
                        keys.get(i).name(),
                        "",
                        "The cell is " + cell.length() + " characters long; a key cell holds at most " + MAX_KEY_CHARS
                                + ".",
                        "Write the code or the name of the place, period or category the row counts."));
                ok = false;
                cell = cell.substring(0, MAX_KEY_CHARS);
            }
            key[i] = interned.get(i).computeIfAbsent(cell, c -> c);
        }
        Long value = count(rec.get(measureIndex), line);
        return ok ? new Row(line, key, value == null ? 0 : value) : null;
    }

    private Long count(String cell, long line) {
        String digits = cell.replace(",", "");
        // Patterns compiled once: String.matches compiled both for every row (0.6 s of a 100,000-row publish).
        if (cell.isEmpty()
                || !DIGITS.matcher(digits).matches()
                || !COUNT.matcher(cell).matches()) {
            findings.add(
                    Finding.error(
                            file,
                            line,
                            descriptor.measure().name(),
                            cell.length() > 20 ? cell.substring(0, 20) + "…" : cell,
                            "A count must be a whole number of 0 or more.",
                            "Write digits only (1,234 or 1,23,456 grouping is allowed); leave no cell blank — write 0 for none."));
            return null;
        }
        long v = Long.parseLong(digits);
        if (v > MAX_COUNT) {
            findings.add(Finding.error(
                    file,
                    line,
                    descriptor.measure().name(),
                    cell,
                    "The count is larger than " + MAX_COUNT + ".",
                    "Check the number."));
            return null;
        }
        return v;
    }

    private static String names(List<Column> keys) {
        return String.join(", ", keys.stream().map(Column::name).toList());
    }

    private record Key(String[] parts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Arrays.equals(parts, k.parts);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(parts);
        }
    }
}
