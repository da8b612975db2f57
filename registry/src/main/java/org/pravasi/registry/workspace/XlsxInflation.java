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
 * real sheets expand 5 to 20 times), and a part the reader would build too large in memory before any limit of ours
 * could look at it ({@link PartScan}). Sizes declared in the zip are not trusted: every entry is inflated and its bytes
 * are counted.
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
     * Checks {@code xlsx} as above, every part whatever its name ({@link PartScan}), allowing at most
     * {@code maxStrings} shared strings (the most cells the workspace reads from a sheet: a sheet of that many cells
     * uses no more).
     *
     * @throws Refused when it expands too much, a row is too wide or the shared strings too many
     * @throws IOException when it is not a zip file
     */
    static void check(byte[] xlsx, long maxStrings) throws IOException {
        long allowed = Math.min(MAX_BYTES, FREE_BYTES + MAX_RATIO * xlsx.length);
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx))
                .get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                String name = e.getName();
                // The reader takes sheets and shared strings from wherever the package's relationships and content
                // types point, so every part is scanned, not only those under their usual names.
                PartScan part = new PartScan(name, maxStrings);
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = read(in, buf); n > 0; n = read(in, buf)) {
                        total += n;
                        if (total > allowed) {
                            throw new Refused("it expands to more than " + mib(allowed) + " when unpacked (stopped in "
                                    + name + "; the file is "
                                    + kib(xlsx.length) + " packed). Real spreadsheets expand 5 to 20 times; this one"
                                    + " looks built to exhaust memory.");
                        }
                        part.scan(buf, n);
                    }
                }
                part.finish();
            }
        }
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.readNBytes(buf, 0, buf.length);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d KiB", (bytes + 1023) / 1024);
    }
}
