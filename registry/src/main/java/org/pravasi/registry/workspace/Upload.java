package org.pravasi.registry.workspace;

import java.util.Locale;
import java.util.Objects;

/**
 * A file as the programme officer uploaded it.
 *
 * @param fileName the name as uploaded, e.g. {@code cases 2023-24.xlsx}; its extension says CSV or Excel
 * @param bytes the file's content
 */
public record Upload(String fileName, byte[] bytes) {
    /** Checks the parts. */
    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Whether this is an Excel workbook (by extension, or by the ZIP signature every .xlsx starts with). */
    public boolean isExcel() {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx")
                || (!name.endsWith(".csv") && bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K');
    }

    /** Whether this is an old binary Excel file (.xls), which is not read. */
    public boolean isOldExcel() {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xls") || (bytes.length > 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF);
    }
}
