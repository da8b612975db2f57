package org.pravasi.registry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.pravasi.registry.web.DownloadSlots;

/** Waits, for up to a minute, until a server has exactly so many downloads in flight. */
public final class InFlight {
    private InFlight() {}

    /** Returns once {@code slots} has {@code n} downloads in flight; fails after a minute otherwise. */
    public static void await(DownloadSlots slots, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (slots.inFlight() != n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(n, slots.inFlight(), "downloads in flight");
    }
}
