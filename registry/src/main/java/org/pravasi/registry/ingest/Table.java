package org.pravasi.registry.ingest;

import java.util.List;

/**
 * The rows of a CSV, read against its descriptor.
 *
 * @param file the file name as uploaded
 * @param descriptor what the columns mean
 * @param rows one per observation, in file order
 */
public record Table(String file, Descriptor descriptor, List<Row> rows) {
    /** Keeps the rows as given (already an unmodifiable list). */
    public Table {
        rows = List.copyOf(rows);
    }
}
