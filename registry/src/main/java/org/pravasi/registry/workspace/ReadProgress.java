package org.pravasi.registry.workspace;

/** Told how many rows have been read so far, every {@link #EVERY} rows and once at the end. */
@FunctionalInterface
public interface ReadProgress {
    /** Rows between two reports. */
    int EVERY = 10_000;

    /** A listener that ignores the reports. */
    ReadProgress NONE = rows -> {};

    /** Reports the number of rows read so far (header and skipped rows included). */
    void rowsRead(long rows);
}
