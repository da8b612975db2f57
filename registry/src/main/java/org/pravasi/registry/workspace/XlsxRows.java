package org.pravasi.registry.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of one sheet of an .xlsx workbook as text, streaming (FastExcel reader): formula cells as their cached
 * values, date-formatted numbers as ISO dates, numbers without a trailing {@code .0}.
 */
final class XlsxRows {
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    /** Most digits a number cell is written out with, before or after the point; beyond, it is kept as stored. */
    static final int MAX_DIGITS = 30;
    /** Excel's last day, 9999-12-31, as a day number: a later date-formatted number is kept as stored. */
    private static final BigDecimal LAST_EXCEL_DAY = BigDecimal.valueOf(2_958_465);

    private static final LocalDateTime EPOCH_1900 = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final LocalDateTime EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);

    private XlsxRows() {}

    /** The names of the workbook's sheets, in order; at most {@code maxCells} shared strings are allowed. */
    static List<String> sheets(byte[] bytes, long maxCells) throws IOException {
        XlsxInflation.check(bytes, maxCells);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), OPTIONS)) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    /**
     * Reads sheet {@code name} (the first sheet when empty) into {@code out}; empty when there is no such sheet. At
     * most {@code maxCells} shared strings are allowed.
     */
    static Optional<String> read(
            byte[] bytes, Optional<String> name, long maxCells, RowCollector out, List<String> notes)
            throws IOException {
        XlsxInflation.check(bytes, maxCells);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), OPTIONS)) {
            Optional<Sheet> sheet = name.isPresent() ? wb.findSheet(name.get()) : Optional.of(wb.getFirstSheet());
            LocalDateTime epoch = wb.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            if (sheet.isEmpty()) {
                return Optional.empty();
            }
            int errors = 0;
            try (Stream<Row> rows = sheet.get().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        cells.add(c == null ? "" : text(c, epoch));
                        if (c != null && c.getType() == CellType.ERROR) {
                            errors++;
                        }
                    }
                    out.add(row.getRowNum(), cells);
                }
            }
            if (errors > 0) {
                notes.add(errors + " cell(s) hold a formula error (such as #DIV/0!) and were read as that text; correct"
                        + " the formulas in the workbook.");
            }
            return Optional.of(sheet.get().getName());
        }
    }

    private static String text(Cell c, LocalDateTime epoch) {
        return switch (c.getType()) {
            case EMPTY -> "";
            case STRING -> c.asString();
            case BOOLEAN -> String.valueOf(c.asBoolean());
            case ERROR -> c.getRawValue() == null ? "#ERROR" : c.getRawValue();
            case NUMBER -> number(c, c.getRawValue(), epoch);
            case FORMULA -> cached(c, epoch);
        };
    }

    /** A formula cell's value as Excel last computed it; a numeric one is written like a number cell. */
    private static String cached(Cell c, LocalDateTime epoch) {
        String raw = c.getRawValue() == null ? "" : c.getRawValue();
        try {
            new BigDecimal(raw.strip());
            return number(c, raw, epoch);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * A number cell as text: written out in full when it has at most {@link #MAX_DIGITS} digits before and after the
     * point (a count, a share), else as the workbook stores it (1E+400 would be 401 digits; 1E+999999999 a gigabyte); a
     * date-formatted one as a date when it falls within Excel's calendar, else as stored.
     */
    private static String number(Cell c, String raw, LocalDateTime epoch) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        BigDecimal n = new BigDecimal(raw.strip());
        if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
            if (n.signum() < 0 || n.compareTo(LAST_EXCEL_DAY) > 0) {
                return raw.strip();
            }
            LocalDateTime t = excelDate(n, epoch);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
        }
        if (n.signum() != 0 && (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS)) {
            return raw.strip();
        }
        BigDecimal plain = n.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** Days since the workbook's epoch (1900 system: 1899-12-30, past its leap-year bug; 1904 system: 1904-01-01). */
    private static LocalDateTime excelDate(BigDecimal serial, LocalDateTime epoch) {
        long micros = serial.multiply(BigDecimal.valueOf(86_400_000_000L)).longValue();
        return epoch.plusNanos(micros * 1000);
    }

    /** Whether a number format shows a date: Excel's built-in date formats, or a format with day or year codes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String codes =
                format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return codes.matches("(?i).*[dy].*") && !codes.matches("(?i).*general.*");
    }
}
