package org.pravasi.registry.federation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The longest N-Quads line a harvest reads: a parser holds a whole statement (a literal as a string of twice its
 * bytes), so a peer that sent one line of 250 MB, within the download cap, could fill a 512 MB heap with it. The
 * longest statement this registry writes is a story's text, under 1 MiB.
 */
final class StatementLength {
    /** Bytes of the longest line read. */
    static final int MAX = 16 * 1024 * 1024;

    private StatementLength() {}

    /** The refusal of a download whose line {@code line} is longer than {@code max} bytes. */
    static HarvestException tooLong(Peer peer, String identifier, long line, int max) {
        String limit = max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MiB" : max + " bytes";
        return new HarvestException(
                RefusalRule.DOWNLOAD,
                "Peer " + peer.url() + " sent graphs for " + identifier + " with a statement longer"
                        + " than " + limit + " (line " + line
                        + "); nothing of this dataset was stored. A statement this long"
                        + " is no aggregate: check the peer's export.");
    }

    /** {@code in}, throwing {@link #tooLong} as soon as a line passes {@code max} bytes. */
    static InputStream capped(InputStream in, Peer peer, String identifier, int max) {
        return new FilterInputStream(in) {
            private long line = 1;
            private int length;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted((byte) b);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                for (int i = 0; i < n; i++) {
                    counted(buf[off + i]);
                }
                return n;
            }

            private void counted(byte b) {
                if (b == '\n') {
                    line++;
                    length = 0;
                } else if (++length > max) {
                    throw tooLong(peer, identifier, line, max);
                }
            }
        };
    }
}
