package org.pravasi.registry.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** Counts bytes read and draws a progress bar on the terminal (only when the file is large enough to wait for). */
final class ProgressInputStream extends FilterInputStream {
    private static final long SHOW_FROM_BYTES = 1L << 20;
    private static final int WIDTH = 40;

    private final long total;
    private final PrintStream err;
    private long read;
    private int drawn = -1;

    ProgressInputStream(InputStream in, long total, PrintStream err) {
        super(in);
        this.total = total;
        this.err = err;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        if (total < SHOW_FROM_BYTES) {
            return;
        }
        int pct = (int) (100 * read / total);
        if (pct != drawn) {
            drawn = pct;
            int filled = pct * WIDTH / 100;
            err.print("\rUploading [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "% of "
                    + (total >> 20) + " MiB");
            err.flush();
        }
    }
}
