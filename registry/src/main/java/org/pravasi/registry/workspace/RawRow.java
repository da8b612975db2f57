package org.pravasi.registry.workspace;

import java.util.List;

/** A row as read from a file, before the header is found: its 1-based number in the file and its cells. */
record RawRow(long number, List<String> cells) {
    RawRow {
        cells = List.copyOf(cells);
    }

    /** How many cells have text. */
    int filled() {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }
}
