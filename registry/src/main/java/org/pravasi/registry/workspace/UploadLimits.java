package org.pravasi.registry.workspace;

/**
 * How much of an upload the workspace reads; past a limit it stops with an error saying which limit and how to fix.
 *
 * @param maxBytes largest file accepted
 * @param maxRows most data rows read from one sheet
 * @param maxColumns most columns in a row
 * @param maxCellChars longest cell text
 * @param maxCells most cells in one sheet (rows × columns read): what the workspace holds while it previews is about 50
 *     bytes a cell, so this, not the file's size, bounds its memory (25 MiB of "1,1,1,…" is 13 million cells)
 */
public record UploadLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars, long maxCells) {
    /** Largest file accepted by default: 25 MiB. */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    /** Most data rows by default. */
    public static final int DEFAULT_MAX_ROWS = 500_000;

    /** Most columns by default. */
    public static final int DEFAULT_MAX_COLUMNS = 200;

    /** Longest cell by default, in characters. */
    public static final int DEFAULT_MAX_CELL_CHARS = 2_000;

    /** Most cells by default: 500,000 rows of 6 columns, or 100,000 of 30 (about 150 MB held while previewing). */
    public static final long DEFAULT_MAX_CELLS = 3_000_000;

    /** The defaults above. */
    public static final UploadLimits DEFAULTS = new UploadLimits(
            DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_CELLS);

    /** Checks that every limit is positive. */
    public UploadLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    /** These limits with the default number of cells. */
    public UploadLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {
        this(maxBytes, maxRows, maxColumns, maxCellChars, DEFAULT_MAX_CELLS);
    }
}
