package org.pravasi.registry.cli;

import java.io.PrintStream;

/**
 * Progress of a long transfer: a bar redrawn in place on a terminal; on pipes and in logs, a plain line at the start,
 * at every {@value #STEP_PERCENT} % and at the end, never carriage returns.
 */
abstract sealed class Progress permits Progress.Bar, Progress.Lines {
    /** Percent between two plain lines. */
    static final int STEP_PERCENT = 25;
    /** Width of the bar, in characters. */
    static final int BAR_WIDTH = 40;

    final PrintStream err;
    final String what;
    final long total;
    int shown = -1;

    private Progress(PrintStream err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    /**
     * Progress of {@code what} ({@code "Uploading data.csv"}) over {@code total} bytes, drawn for a terminal or not.
     */
    static Progress of(Streams streams, String what, long total) {
        return streams.terminal() ? new Bar(streams.err(), what, total) : new Lines(streams.err(), what, total);
    }

    /** {@code done} of the total bytes are through. */
    final void advance(long done) {
        int pct = total <= 0 ? 100 : (int) Math.min(100, 100 * done / total);
        if (pct != shown) {
            show(pct);
        }
    }

    /** The transfer has ended (all of it, or the node stopped reading). */
    abstract void end();

    abstract void show(int pct);

    final String size() {
        return total >= 1 << 20 ? (total >> 20) + " MiB" : (total >> 10) + " KiB";
    }

    static final class Bar extends Progress {
        Bar(PrintStream err, String what, long total) {
            super(err, what, total);
        }

        @Override
        void show(int pct) {
            shown = pct;
            int filled = pct * BAR_WIDTH / 100;
            err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + pct + "% of "
                    + size());
            err.flush();
        }

        @Override
        void end() {
            if (shown >= 0) {
                err.println();
            }
        }
    }

    static final class Lines extends Progress {
        private int step = -1;

        Lines(PrintStream err, String what, long total) {
            super(err, what, total);
        }

        @Override
        void show(int pct) {
            shown = pct;
            if (step < 0) {
                err.println(what + ": " + size());
                step = 0;
            }
            int reached = pct / STEP_PERCENT * STEP_PERCENT;
            if (reached > step) {
                step = reached;
                err.println(what + ": " + step + "%");
            }
        }

        @Override
        void end() {
            if (step >= 0 && step < 100) {
                err.println(what + ": stopped at " + shown + "%");
            }
        }
    }
}
