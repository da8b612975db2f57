package org.pravasi.registry.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of a file of unknown final size has been written, redrawn in place on a terminal every
 * {@value #EVERY_MILLIS} ms while another thread writes it; on pipes and in logs it draws nothing (the command's start
 * and end lines say what happened). Used for backups, whose size is known only at the end.
 */
final class WrittenMeter implements AutoCloseable {
    /** How often the size is read again. */
    static final long EVERY_MILLIS = 250;

    private final PrintStream err;
    private final String what;
    private final Path file;
    private final Thread poller;
    private volatile boolean running = true;

    private WrittenMeter(PrintStream err, String what, Path file, boolean terminal) {
        this.err = err;
        this.what = what;
        this.file = file;
        this.poller = terminal ? Thread.ofPlatform().daemon().name("progress").unstarted(this::poll) : null;
    }

    /** Starts showing how much of {@code file} has been written, if a person watches a terminal. */
    static WrittenMeter start(Streams streams, String what, Path file) {
        WrittenMeter m = new WrittenMeter(streams.err(), what, file, streams.terminal());
        if (m.poller != null) {
            m.draw();
            m.poller.start();
        }
        return m;
    }

    private void poll() {
        while (running) {
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            draw();
        }
    }

    private synchronized void draw() {
        long bytes;
        try {
            bytes = Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return; // renamed or removed at the end: the last size drawn stands
        }
        err.print(
                "\r" + what + ": " + (bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB") + " written");
        err.flush();
    }

    /** Stops redrawing and ends the line. */
    @Override
    public void close() {
        if (poller == null) {
            return;
        }
        running = false;
        poller.interrupt();
        try {
            poller.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            err.println();
        }
    }
}
