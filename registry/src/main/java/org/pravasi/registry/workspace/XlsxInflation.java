package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks an .xlsx once, counting, before the workbook reader sees it, and refuses what would exhaust memory: a file
 * that expands more than {@link #MAX_RATIO} times its packed size or past {@link #MAX_BYTES} (a decompression bomb;
 * real sheets expand 5 to 20 times), and a worksheet the reader would build too large in memory before any limit of
 * ours could look at it ({@link RowWidth}). Sizes declared in the zip are not trusted: every entry is inflated and its
 * bytes are counted.
 */
final class XlsxInflation {
    /** Most bytes unpacked over all entries, whatever the packed size. */
    static final long MAX_BYTES = 400L * 1024 * 1024;
    /** Most an .xlsx may expand, over all entries, above the first {@link #FREE_BYTES}. */
    static final long MAX_RATIO = 100;
    /** Unpacked bytes always allowed, so that a tiny workbook is not judged by its ratio. */
    static final long FREE_BYTES = 1024 * 1024;
    /** Excel's own limit on the columns of a sheet (A to XFD). */
    static final int MAX_CELLS_PER_ROW = 16_384;
    /**
     * Most cells the reader may go through in one sheet, empty ones included: each row is read as wide as the widest
     * row before it. 500,000 rows of 500 columns; a real table is far narrower.
     */
    static final long MAX_CELL_SLOTS = 250_000_000L;
    /** Longest text between two tags, whitespace aside: a cell holds at most a few thousand characters. */
    static final long MAX_TEXT_BYTES = 1024 * 1024;

    private XlsxInflation() {}

    /** Thrown when the workbook would exhaust memory; the message says what was found and where. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks {@code xlsx} as above.
     *
     * @throws Refused when it expands too much or a row is too wide
     * @throws IOException when it is not a zip file
     */
    static void check(byte[] xlsx) throws IOException {
        long allowed = Math.min(MAX_BYTES, FREE_BYTES + MAX_RATIO * xlsx.length);
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx))
                .get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                RowWidth rows = lower.startsWith("xl/worksheets/") || lower.equals("xl/sharedstrings.xml")
                        ? new RowWidth()
                        : null;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = read(in, buf); n > 0; n = read(in, buf)) {
                        total += n;
                        if (total > allowed) {
                            throw new Refused("it expands to more than " + mib(allowed) + " when unpacked (stopped in "
                                    + name + "; the file is "
                                    + kib(xlsx.length) + " packed). Real spreadsheets expand 5 to 20 times; this one"
                                    + " looks built to exhaust memory.");
                        }
                        if (rows != null) {
                            rows.scan(buf, n, name);
                        }
                    }
                }
            }
        }
    }

    private static String ordinal(long n) {
        long tens = n % 100;
        String suffix = tens >= 11 && tens <= 13
                ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.readNBytes(buf, 0, buf.length);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d KiB", (bytes + 1023) / 1024);
    }

    /**
     * Streams past a worksheet's or the shared strings' XML, without parsing it, and refuses what the workbook reader
     * would build in memory before any limit of ours could look at it: a row with more cells than Excel allows, a cell
     * address beyond Excel's last column (the reader makes room for every column up to it, in that row and every row
     * after), a sheet whose rows times its widest row pass {@link #MAX_CELL_SLOTS}, and a text longer than
     * {@link #MAX_TEXT_BYTES} (a cell holds at most a few thousand characters). Elements are known by name
     * ({@code row}, {@code c}, with or without a namespace prefix).
     */
    private static final class RowWidth {
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder attributes = new StringBuilder();
        private boolean inName;
        private boolean inCell;
        private boolean afterLt;
        private boolean inTag;
        private long row;
        private int cells;
        private int widest;
        private long slots;
        private long text;

        void scan(byte[] buf, int n, String entry) throws Refused {
            for (int i = 0; i < n; i++) {
                char ch = (char) (buf[i] & 0xff);
                if (afterLt) {
                    afterLt = false;
                    inName = ch != '/' && ch != '?' && ch != '!';
                    // A comment or CDATA section is text to the reader: counted as text, not skipped as a tag.
                    inTag = ch != '!';
                    name.setLength(0);
                    if (inName) {
                        name.append(ch);
                    }
                } else if (ch == '<') {
                    afterLt = true;
                    inTag = true;
                    text = 0;
                } else if (inName) {
                    if (ch == ' ' || ch == '>' || ch == '/' || ch == '\t' || ch == '\n' || ch == '\r') {
                        inName = false;
                        element(entry);
                        if (ch == '>') {
                            tagEnd(entry);
                        }
                    } else if (name.length() < 16) {
                        name.append(ch);
                    }
                } else if (inTag) {
                    if (ch == '>') {
                        tagEnd(entry);
                    } else if (inCell && attributes.length() < 256) {
                        attributes.append(ch);
                    }
                } else if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ++text > MAX_TEXT_BYTES) {
                    throw new Refused("a text in " + entry + " is longer than " + kib(MAX_TEXT_BYTES)
                            + "; a cell holds at most a few thousand characters.");
                }
            }
        }

        private void element(String entry) throws Refused {
            int colon = name.indexOf(":");
            String local = colon < 0 ? name.toString() : name.substring(colon + 1);
            inCell = false;
            if (local.equals("row")) {
                row++;
                cells = 0;
                slots += widest;
                if (slots > MAX_CELL_SLOTS) {
                    throw new Refused(entry + " reaches column " + column(widest) + " and has " + row + " rows: reading"
                            + " it would go through more than " + String.format(Locale.ROOT, "%,d", MAX_CELL_SLOTS)
                            + " cells. Delete the empty columns and rows beyond your table (select them, Delete).");
                }
            } else if (local.equals("c")) {
                if (++cells > MAX_CELLS_PER_ROW) {
                    throw new Refused("the " + ordinal(row) + " row written in " + entry + " has more than "
                            + String.format(Locale.ROOT, "%,d", MAX_CELLS_PER_ROW)
                            + " cells, more columns than Excel itself allows.");
                }
                widest = Math.max(widest, cells);
                inCell = true;
                attributes.setLength(0);
            }
        }

        /** The end of a start tag: a cell's {@code r} attribute names its column. */
        private void tagEnd(String entry) throws Refused {
            inTag = false;
            text = 0;
            if (!inCell) {
                return;
            }
            inCell = false;
            int r = attributes.indexOf("r=");
            while (r > 0 && !Character.isWhitespace(attributes.charAt(r - 1))) {
                r = attributes.indexOf("r=", r + 1);
            }
            if (r < 0) {
                return;
            }
            int at = r + 3;
            int letters = 0;
            long col = 0;
            while (at < attributes.length() && letters < 8) {
                char c = Character.toUpperCase(attributes.charAt(at));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
                at++;
                letters++;
            }
            if (col > MAX_CELLS_PER_ROW) {
                throw new Refused("a cell of the " + ordinal(row) + " row written in " + entry + " names a column"
                        + " beyond XFD, the last column Excel itself allows.");
            }
            widest = Math.max(widest, (int) col);
        }
    }

    /** The letters of 1-based column {@code n}: 1 is A, 16,384 is XFD. */
    private static String column(int n) {
        StringBuilder out = new StringBuilder();
        for (int c = n; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }
}
