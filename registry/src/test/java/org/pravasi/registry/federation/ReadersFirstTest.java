package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Harvest work lets the portal's readers go first: it pauses while a request is in flight, and never for good. */
class ReadersFirstTest {
    @Test
    @DisplayName("while a reader is in flight, a harvest step is followed by a pause of at least four times its length")
    void pausesWhileAReaderIsInFlight() throws Exception {
        ReadersFirst readers = ReadersFirst.create();
        readers.yieldToReaders();
        try (AutoCloseable reading = readers.reading()) {
            Thread.sleep(10); // one step of harvest work
            long start = System.nanoTime();
            readers.yieldToReaders();
            long paused = System.nanoTime() - start;
            assertTrue(paused >= 40_000_000L, "paused " + paused / 1_000_000 + " ms");
        }
    }

    @Test
    @DisplayName("a reader that never ends slows the harvest but does not stop it: each pause is bounded")
    void pausesAreBounded() throws Exception {
        ReadersFirst readers = ReadersFirst.create();
        try (AutoCloseable reading = readers.reading()) {
            CompletableFuture<Void> harvest = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 10; i++) {
                    readers.yieldToReaders();
                }
            });
            // Ten pauses of at most 50 ms each; generous for a loaded machine.
            harvest.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("reading a peer's answer yields to readers every 64 KiB and returns every byte")
    void steppedStreamKeepsEveryByte() throws Exception {
        ReadersFirst readers = ReadersFirst.create();
        byte[] data = new byte[5 * ReadersFirst.STEP_BYTES + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        try (InputStream in = readers.stepped(new ByteArrayInputStream(data))) {
            assertEquals(java.util.Arrays.hashCode(data), java.util.Arrays.hashCode(in.readAllBytes()));
        }
    }

    private static final long MS = 1_000_000L;

    /** A harvest thread's clocks, moved by hand: its work moves both, a pause moves the wall clock only. */
    private static final class Clocks {
        long wall = 1_000 * MS;
        long cpu = 7 * MS;
        long parked;
        Runnable onPark = () -> {};

        ReadersFirst gate() {
            return ReadersFirst.withClocks(() -> wall, () -> cpu, n -> {
                wall += n;
                parked += n;
                onPark.run();
            });
        }

        void work(long wallNanos, long cpuNanos) {
            wall += wallNanos;
            cpu += cpuNanos;
        }
    }

    @Test
    @DisplayName(
            "while a reader is in flight, a step that used more than a fifth of a core waits until it is back to a fifth")
    void longStepWaitsForItsCpuShare() throws Exception {
        Clocks c = new Clocks();
        ReadersFirst readers = c.gate();
        readers.yieldToReaders();
        try (AutoCloseable reading = readers.reading()) {
            c.work(200 * MS, 200 * MS); // one long check

            readers.yieldToReaders();
        }
        // 200 ms of CPU is a fifth of 1 s: the pause lasts the remaining 800 ms (the step pause alone: 50 ms)
        assertTrue(c.parked >= 800 * MS && c.parked <= 801 * MS, c.parked / MS + " ms");
    }

    @Test
    @DisplayName("a step that waited on a peer rather than computing gets the step pause only")
    void waitingIsNotCountedAsCpu() throws Exception {
        Clocks c = new Clocks();
        ReadersFirst readers = c.gate();
        readers.yieldToReaders();
        try (AutoCloseable reading = readers.reading()) {
            c.work(300 * MS, 10 * MS);

            readers.yieldToReaders();
        }
        assertEquals(ReadersFirst.MAX_PAUSE_NANOS, c.parked);
    }

    @Test
    @DisplayName("with no reader in flight the harvest uses the CPU it gets")
    void noCpuCapWithoutReaders() {
        Clocks c = new Clocks();
        ReadersFirst readers = c.gate();
        readers.yieldToReaders();
        c.work(300 * MS, 300 * MS);

        readers.yieldToReaders();

        assertEquals(0, c.parked);
    }

    @Test
    @DisplayName("a pause for the CPU share ends as soon as the last reader leaves")
    void cpuPauseEndsWhenReadersLeave() throws Exception {
        Clocks c = new Clocks();
        ReadersFirst readers = c.gate();
        readers.yieldToReaders();
        AutoCloseable reading = readers.reading();
        int[] parks = {0};
        c.onPark = () -> {
            if (++parks[0] == 10) {
                close(reading);
            }
        };
        c.work(300 * MS, 300 * MS);

        readers.yieldToReaders();

        assertEquals(10, parks[0]);
    }

    @Test
    @DisplayName("one pause for the CPU share lasts at most a second, so a peer's deadlines hold under any read load")
    void cpuPauseIsBounded() throws Exception {
        Clocks c = new Clocks();
        ReadersFirst readers = c.gate();
        readers.yieldToReaders();
        try (AutoCloseable reading = readers.reading()) {
            c.work(2_000 * MS, 2_000 * MS);

            readers.yieldToReaders();
        }
        assertTrue(c.parked <= ReadersFirst.MAX_CPU_PAUSE_NANOS + MS, c.parked / MS + " ms");
        assertTrue(c.parked >= ReadersFirst.MAX_CPU_PAUSE_NANOS - MS, c.parked / MS + " ms");
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
