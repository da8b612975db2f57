package org.pravasi.registry.stated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pipe tables (Markdown's, or a plain text's) written out as one sentence per figure, each with its row's labels and
 * its column's header: "| Centre (2023-Q1) | ONORC families |" over "| Murshidabad | 4 |" reads "Centre (2023-Q1)
 * Murshidabad, ONORC families: 4." A table read as one sentence would give every figure every row's places.
 */
public final class PipeTables {
    private static final Pattern VALUE = Pattern.compile("[0-9०-९][0-9०-९,]*");
    private static final Pattern SEPARATOR = Pattern.compile(":?-{3,}:?");

    private PipeTables() {}

    /** {@code text} with each pipe table (a run of lines starting with "|") written out as sentences, apart. */
    public static String writtenOut(String text) {
        if (text == null || text.indexOf('|') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<List<String>> table = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().startsWith("|")) {
                table.add(cells(line));
                continue;
            }
            flush(table, out);
            out.append(line).append('\n');
        }
        flush(table, out);
        return out.toString();
    }

    private static void flush(List<List<String>> table, StringBuilder out) {
        if (table.isEmpty()) {
            return;
        }
        List<String> header = table.getFirst();
        out.append("\n\n");
        for (List<String> row : table.subList(1, table.size())) {
            if (row.stream().allMatch(c -> c.isEmpty() || SEPARATOR.matcher(c).matches())) {
                continue;
            }
            StringBuilder labels = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (!VALUE.matcher(row.get(i)).matches()) {
                    labels.append(i < header.size() ? header.get(i) + " " : "")
                            .append(row.get(i))
                            .append(", ");
                }
            }
            for (int j = 0; j < row.size(); j++) {
                if (VALUE.matcher(row.get(j)).matches()) {
                    out.append(labels)
                            .append(j < header.size() ? header.get(j) : "")
                            .append(": ")
                            .append(row.get(j))
                            .append(".\n\n");
                }
            }
        }
        table.clear();
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        s = s.substring(1);
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
