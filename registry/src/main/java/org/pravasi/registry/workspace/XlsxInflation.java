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
 * real sheets expand 5 to 20 times), and a worksheet row with more cells than Excel's own 16,384 columns (which the
 * reader would build in memory before any limit of ours could look at it). Sizes declared in the zip are not trusted:
 * every entry is inflated and its bytes are counted.
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
                RowWidth rows = name.toLowerCase(Locale.ROOT).startsWith("xl/worksheets/") ? new RowWidth() : null;
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
     * Counts the cells of each row of a worksheet's XML as it streams past, by element name ({@code row}, {@code c},
     * with or without a namespace prefix), without parsing it.
     */
    private static final class RowWidth {
        private final StringBuilder name = new StringBuilder();
        private boolean inName;
        private boolean afterLt;
        private long row;
        private int cells;

        void scan(byte[] buf, int n, String entry) throws Refused {
            for (int i = 0; i < n; i++) {
                char ch = (char) (buf[i] & 0xff);
                if (afterLt) {
                    afterLt = false;
                    inName = ch != '/' && ch != '?' && ch != '!';
                    name.setLength(0);
                    if (inName) {
                        name.append(ch);
                    }
                } else if (ch == '<') {
                    afterLt = true;
                } else if (inName) {
                    if (ch == ' ' || ch == '>' || ch == '/' || ch == '\t' || ch == '\n' || ch == '\r') {
                        inName = false;
                        element(entry);
                    } else if (name.length() < 16) {
                        name.append(ch);
                    }
                }
            }
        }

        private void element(String entry) throws Refused {
            int colon = name.indexOf(":");
            String local = colon < 0 ? name.toString() : name.substring(colon + 1);
            if (local.equals("row")) {
                row++;
                cells = 0;
            } else if (local.equals("c") && ++cells > MAX_CELLS_PER_ROW) {
                throw new Refused("the " + ordinal(row) + " row written in " + entry + " has more than "
                        + String.format(Locale.ROOT, "%,d", MAX_CELLS_PER_ROW)
                        + " cells, more columns than Excel itself allows.");
            }
        }
    }
}
