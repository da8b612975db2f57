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
}
