package org.pravasi.registry.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes read and reports them to a {@link Progress} (only when the file is large enough to wait for). */
final class ProgressInputStream extends FilterInputStream {
    /** Files smaller than this (1 MiB) go up without progress. */
    static final long SHOW_FROM_BYTES = 1L << 20;

    private final Progress progress;
    private final boolean shown;
    private long read;

    ProgressInputStream(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
        this.shown = progress.total >= SHOW_FROM_BYTES;
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

    @Override
    public void close() throws IOException {
        super.close();
        if (shown) {
            progress.end();
        }
    }

    private void advance(int n) {
        read += n;
        if (shown) {
            progress.advance(read);
        }
    }
}
