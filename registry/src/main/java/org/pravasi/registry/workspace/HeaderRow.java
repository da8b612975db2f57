package org.pravasi.registry.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the header of a table below title and blank rows: the first row, among the first {@link #SCAN} rows, that fills
 * at least {@link #MIN_SHARE} of the table's width with at least two cells, none of them a number.
 */
final class HeaderRow {
    /** Rows looked at to find the header. */
    static final int SCAN = 30;

    /** Share of the table's width that the header must fill. */
    static final double MIN_SHARE = 0.6;

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");

    private HeaderRow() {}

    /** The position in {@code rows} of the header, if one is found among the first {@link #SCAN} rows. */
    static Optional<Integer> find(List<RawRow> rows) {
        int n = Math.min(rows.size(), SCAN);
        int width = 0;
        for (int i = 0; i < n; i++) {
            width = Math.max(width, rows.get(i).filled());
        }
        int needed = Math.max(2, (int) Math.ceil(width * MIN_SHARE));
        for (int i = 0; i < n; i++) {
            RawRow r = rows.get(i);
            if (r.filled() >= needed
                    && r.cells().stream()
                            .noneMatch(c -> NUMBER.matcher(c.strip()).matches())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Header names: blank ones become {@code column N}, repeated ones get {@code (2)}, {@code (3)}, ... */
    static List<String> names(List<String> cells) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            int k = seen.merge(name.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            out.add(k == 1 ? name : name + " (" + k + ")");
        }
        return out;
    }
}
