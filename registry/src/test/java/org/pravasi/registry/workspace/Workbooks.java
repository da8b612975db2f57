package org.pravasi.registry.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real .xlsx files written in tests: with FastExcel's writer, or by hand where a cached formula value is needed. */
final class Workbooks {
    private Workbooks() {}

    /** A sheet: its name and rows (String, Number or LocalDate cells; null for an empty cell). */
    record SheetRows(String name, List<List<Object>> rows) {}

    static byte[] write(SheetRows... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "PravasiTest", "1.0");
            for (SheetRows s : sheets) {
                Worksheet ws = wb.newWorksheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    List<Object> row = s.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof String t) {
                            ws.value(r, c, t);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("dd/mm/yyyy").set();
                        }
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-sheet workbook whose B2 is the formula {@code A2*2} with the cached value 84 (as Excel saves it). */
    static byte[] withCachedFormula() {
        return handWritten("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>District</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Cases</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Katihar</t></is></c>"
                + "<c r=\"B2\"><f>21*2*2</f><v>84</v></c></row>");
    }

    /**
     * A one-sheet workbook written by hand around {@code sheetData} (the rows, as XML); style 1 is a date format, as a
     * cell's {@code s="1"} asks.
     */
    static byte[] handWritten(String sheetData) {
        return handWritten("xl/worksheets/sheet1.xml", sheetData, StandardCharsets.UTF_8);
    }

    /**
     * As {@link #handWritten(String)}, with the sheet stored at {@code sheetPath} (the workbook's relationships point
     * there, as any writer may) in {@code charset} (with its byte-order mark for UTF-16).
     */
    static byte[] handWritten(String sheetPath, String sheetData, Charset charset) {
        return pack(sheetPath, sheet(sheetData).getBytes(charset), null, null);
    }

    /** As {@link #handWritten(String)}, with a shared strings table of {@code strings} at {@code path}. */
    static byte[] withSharedStrings(String path, String strings, String sheetData) {
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + strings + "</sst>";
        return pack("xl/worksheets/sheet1.xml", sheet(sheetData).getBytes(StandardCharsets.UTF_8), path, sst);
    }

    private static String sheet(String sheetData) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
                + "</sheetData></worksheet>";
    }

    private static byte[] pack(String sheetPath, byte[] sheet, String sstPath, String sst) {
        String workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/worksheet\" Target=\"/" + sheetPath + "\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/styles\" Target=\"styles.xml\"/>"
                + (sst == null
                        ? ""
                        : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/sharedStrings\" Target=\"/" + sstPath + "\"/>")
                + "</Relationships>";
        String styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
        String rootRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
        String types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/" + sheetPath + "\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sst == null
                        ? ""
                        : "<Override PartName=\"/" + sstPath + "\" ContentType=\"application/vnd.openxmlformats-"
                                + "officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/></Types>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", rootRels.getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
            entry(zip, sheetPath, sheet);
            if (sst != null) {
                entry(zip, sstPath, sst.getBytes(StandardCharsets.UTF_8));
            }
            entry(zip, "xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
