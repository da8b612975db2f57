package org.pravasi.registry.workspace;

/**
 * How much of an upload the workspace reads; past a limit it stops with an error saying which limit and how to fix.
 *
 * @param maxBytes largest file accepted
 * @param maxRows most data rows read from one sheet
 * @param maxColumns most columns in a row
 * @param maxCellChars longest cell text
 */
public record UploadLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {
    /** Largest file accepted by default: 25 MiB. */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    /** Most data rows by default. */
    public static final int DEFAULT_MAX_ROWS = 500_000;

    /** Most columns by default. */
    public static final int DEFAULT_MAX_COLUMNS = 200;

    /** Longest cell by default, in characters. */
    public static final int DEFAULT_MAX_CELL_CHARS = 2_000;

    /** The defaults above. */
    public static final UploadLimits DEFAULTS =
            new UploadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_CELL_CHARS);

    /** Checks that every limit is positive. */
    public UploadLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }
}
