package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.config.NodeConfig;

/**
 * A refused change feed costs the harvest thread (almost) nothing (issue 18): a feed declaring more than the cap is
 * refused before a byte of it is read (graphs too: that dataset only), and one without a declared length is read only
 * up to the cap, with little garbage per entry. Cost is the heap the harvesting thread allocates (here the test's own
 * thread, which is the one that reads and parses the feed), not time. The feed is the attack benchmark's: 32 MiB of
 * well-formed entries.
 */
class RefusedFeedCostTest {
    private static final String BASE = "https://flood.example.org/pravasi/";
    private static final long FLOOD = 32L * 1024 * 1024;
    private static final long CAP = NodeConfig.PEER_FEED_MAX_BYTES;
    private static final String PREFIX = "{\"datasets\": [";
    private static final String ENTRY = "{\"uri\": \"" + BASE + "id/dataset/zebra-org/flood-1\", \"identifier\": "
            + "\"zebra-org/flood-1\", \"modified\": \"2026-01-01T00:00:00Z\", \"versionUri\": \"" + BASE
            + "id/dataset/zebra-org/flood-1/v1\", \"withdrawn\": false},";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    HostilePeer hostile;
    PeerClient client;
    Peer peer;

    @BeforeEach
    void start() throws Exception {
        hostile = new HostilePeer(BASE);
        client = new PeerClient(HarvestLimits.DEFAULTS, ReadersFirst.create());
        peer = new Peer(hostile.url(), BASE);
    }

    @AfterEach
    void stop() {
        client.close();
        hostile.close();
    }

    /** The refusal of the feed {@code answer}, and the bytes this thread allocated for it (second try: warm). */
    private Refused refuse(HostilePeer.Answer answer) {
        hostile.changes.set(answer);
        assertThrows(HarvestException.class, () -> client.changes(peer, Optional.empty()));
        long before = THREADS.getCurrentThreadAllocatedBytes();
        HarvestException e = assertThrows(HarvestException.class, () -> client.changes(peer, Optional.empty()));
        return new Refused(e, THREADS.getCurrentThreadAllocatedBytes() - before);
    }

    private record Refused(HarvestException error, long allocated) {}

    @Test
    @DisplayName("a feed declaring 32 MiB, over the 16 MiB cap, is refused unread: well under 1 MiB allocated")
    void refusesADeclaredOversizedFeedUnread() {
        Refused r = refuse(HostilePeer.declared(PREFIX, ENTRY, FLOOD));

        System.out.printf("RefusedFeedCostTest: declared %d bytes, %d bytes allocated%n", FLOOD, r.allocated());
        String message = r.error().getMessage();
        assertTrue(r.error().isPeerWide(), message);
        assertTrue(message.contains("larger than the cap of " + CAP + " bytes"), message);
        assertTrue(message.contains("declares " + FLOOD + " bytes"), message);
        assertTrue(r.allocated() < 1024 * 1024, r.allocated() + " bytes allocated refusing the feed");
    }

    @Test
    @DisplayName("graphs declaring more than their cap refuse that dataset only, and are never handed to the parser")
    void refusesDeclaredOversizedGraphsUnparsed() {
        long cap = 1024 * 1024;
        hostile.graphs.set(
                HostilePeer.declared("", "<" + BASE + "id/s> <" + BASE + "p> \"o\" <" + BASE + "g> .\n", 4 * cap));
        AtomicBoolean parsed = new AtomicBoolean();
        try (PeerClient small = new PeerClient(HarvestLimits.DEFAULTS.withBytes(CAP, cap), ReadersFirst.create())) {
            HarvestException e = assertThrows(
                    HarvestException.class, () -> small.graphs(peer, "org-h/x", in -> parsed.getAndSet(true)));

            assertFalse(e.isPeerWide(), e.getMessage());
            assertTrue(e.getMessage().contains("declares " + 4 * cap + " bytes"), e.getMessage());
            assertTrue(e.getMessage().contains("PEER_GRAPHS_MAX_BYTES"), e.getMessage());
            assertFalse(parsed.get(), "the parser was given the graphs");
        }
    }

    @Test
    @DisplayName("a 32 MiB feed of undeclared length is read up to the cap only, allocating under 1.5 times the cap")
    void readsAnUndeclaredFeedOnlyUpToTheCap() {
        Refused r = refuse(HostilePeer.endless(PREFIX, ENTRY, FLOOD));

        System.out.printf("RefusedFeedCostTest: chunked %d bytes, %d bytes allocated%n", FLOOD, r.allocated());
        String message = r.error().getMessage();
        assertTrue(message.contains("larger than the cap of " + CAP + " bytes"), message);
        assertTrue(message.contains("reading stopped at " + (CAP + 1) + " bytes"), message);
        // The entries parsed until the refusal (about 310 bytes each for 230 bytes of JSON; 370 when every entry's
        // 'modified' was a string of its own): 1.35 times the cap, 1.61 before.
        assertTrue(r.allocated() < CAP * 3 / 2, r.allocated() + " bytes allocated reading the feed up to the cap");
    }
}
