package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Dataset downloads in flight are bounded in all and per client; a refusal says when to come back. */
class DownloadSlotsTest {

    @Test
    void aClientWithItsShareInFlightIsAskedToComeBackWith429() {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 4, 2);
        slots.take("203.0.113.7");
        slots.take("203.0.113.7");

        ProblemException refused = assertThrows(ProblemException.class, () -> slots.take("203.0.113.7"));

        assertEquals(429, refused.status());
        assertEquals("10", refused.headers().get("Retry-After"));
        slots.take("198.51.100.2"); // another client still gets its own
        assertEquals(3, slots.inFlight());
    }

    @Test
    void aNodeSendingItsMostIsBusyForEveryoneWith503() {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 2, 2);
        slots.take("203.0.113.7");
        slots.take("198.51.100.2");

        ProblemException refused = assertThrows(ProblemException.class, () -> slots.take("192.0.2.1"));

        assertEquals(503, refused.status());
        assertEquals("10", refused.headers().get("Retry-After"));
    }

    @Test
    void aSlotGivenBackTwiceCountsOnce() {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 1, 1);
        DownloadSlots.Slot first = slots.take("203.0.113.7");
        first.release();
        first.release();
        slots.take("203.0.113.7");

        assertEquals(1, slots.inFlight());
        assertThrows(ProblemException.class, () -> slots.take("198.51.100.2"), "the second release gave nothing back");
    }

    @Test
    void boundsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DownloadSlots("dataset downloads", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DownloadSlots("dataset downloads", 1, 0));
    }
}
