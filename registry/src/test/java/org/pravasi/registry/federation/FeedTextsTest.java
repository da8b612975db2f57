package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.ingest.DirectionControls;
import org.pravasi.registry.node.RegistryNode;

/**
 * What a peer sent in its change feed is kept and shown (the peer's state in {@code peers.json}, {@code /api/peers},
 * the peers page) only as a bounded, checked token: an identifier of the form {@code org/slug} or its length, the
 * dataset URI this portal builds, an error without direction controls; and refusing it is charged to the peer's CPU
 * budget. A hostile peer on 127.0.0.1 serves each feed (review 38c, finding 2).
 */
class FeedTextsTest {
    private static final String BASE = "https://hostile.example.org/pravasi/";
    /** A time no clock can show: refused before anything is fetched. */
    private static final String IMPLAUSIBLE = "1999-01-01T00:00:00Z";

    private static final String PLAUSIBLE = "2026-01-01T00:00:00Z";

    /** A state file holding one refusal: the peer's URL, base, times and a fixed sentence. */
    private static final long SMALL_STATE = 4 * 1024;

    @TempDir
    Path dir;

    HostilePeer hostile;
    RegistryNode portal;
    Federation federation;

    @BeforeEach
    void start() throws IOException {
        hostile = new HostilePeer(BASE);
        portal = Nodes.start(
                dir, "https://portal.example.org/pravasi/", List.of(hostile.url() + " " + BASE), "local-org");
    }

    private void federate(LongSupplier threadCpu) {
        federation = Federation.create(
                portal, HarvestLimits.DEFAULTS, ReadersFirst.create(), InstantSource.system(), threadCpu);
    }

    @AfterEach
    void stop() {
        if (federation != null) {
            federation.close();
        }
        hostile.close();
        portal.close();
    }

    /** A feed of one entry with these texts, sent as they are (JSON-escaped by the caller). */
    private static HostilePeer.Answer feed(String uri, String identifier, String modified) {
        String body = "{\"datasets\": [{\"uri\": \"" + uri + "\", \"identifier\": \"" + identifier
                + "\", \"modified\": \"" + modified + "\", \"versionUri\": \"" + uri + "/v1\", \"withdrawn\": false}]}";
        return (ex, out) -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            out.write(b, b.length);
        };
    }

    private long stateBytes() throws IOException {
        return Files.size(portal.config().dataDir().resolve("federation").resolve("peers.json"));
    }

    private static boolean hasDirectionControl(String text) {
        return DirectionControls.firstForbidden(text).isPresent();
    }

    @Test
    @DisplayName("an entry with a 1 MB identifier and URI fails the feed unread, and the state file stays a few KB")
    void aMegabyteIdentifierLeavesTheStateSmall() throws IOException {
        federate(RefusalCpu.threadCpuClock());
        String pad = "lorem-ipsum-dolor-sit-amet-".repeat(1_000_000 / 27);
        hostile.changes.set(feed(BASE + "id/dataset/org-h/" + pad, "org-h/" + pad, IMPLAUSIBLE));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status(), s.lastError());
        assertTrue(s.lastError().contains("holds more than 2000 characters in 'uri'"), s.lastError());
        assertTrue(s.lastError().length() < 1_000, s.lastError().length() + " characters of error");
        assertEquals(List.of(), s.refused());
        assertTrue(stateBytes() < SMALL_STATE, stateBytes() + " bytes in peers.json");
    }

    @Test
    @DisplayName("a refused identifier not of the form org/slug is shown as its length only, and kept no longer")
    void anInvalidIdentifierIsShownAsItsLength() throws IOException {
        federate(RefusalCpu.threadCpuClock());
        String identifier = "org-h/" + "x".repeat(1_500);
        hostile.changes.set(feed(BASE + "id/dataset/" + identifier, identifier, IMPLAUSIBLE));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("partial", s.status(), s.lastError());
        DatasetRefusal r = s.refused().getFirst();
        assertEquals("(invalid identifier, 1506 characters)", r.identifier());
        assertEquals("", r.dataset(), "no dataset is named by an identifier that is not org/slug");
        assertTrue(stateBytes() < SMALL_STATE, stateBytes() + " bytes in peers.json");
    }

    @Test
    @DisplayName("an identifier with direction controls is never shown as sent, so a page cannot show it reordered")
    void anIdentifierWithDirectionControlsIsNotShown() {
        federate(RefusalCpu.threadCpuClock());
        // Shown by a browser as "org-h/3 women from Barsoi"; refused by the slug rule before any fetch.
        String identifier = "org-h/\\u202Enemow 3\\u202C from Barsoi";
        hostile.changes.set(feed(BASE + "id/dataset/org-h/x", identifier, PLAUSIBLE));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("partial", s.status(), s.lastError());
        DatasetRefusal r = s.refused().getFirst();
        assertEquals("(invalid identifier, 27 characters)", r.identifier());
        assertTrue(!hasDirectionControl(r.identifier()) && !hasDirectionControl(r.dataset()), r.toString());
        assertEquals(0, hostile.graphsAsked.get(), "nothing was fetched");
    }

    @Test
    @DisplayName("the dataset of a refusal is the URI built from the peer's base and identifier, never the URI sent")
    void theUriSentIsNeverShown() {
        federate(RefusalCpu.threadCpuClock());
        hostile.changes.set(
                feed("https://elsewhere.example.org/anything-the-peer-wants-said", "org-h/wages", IMPLAUSIBLE));

        PeerStatus s = federation.harvestNow(hostile.url());

        DatasetRefusal r = s.refused().getFirst();
        assertEquals(BASE + "id/dataset/org-h/wages", r.dataset());
        assertEquals("org-h/wages", r.identifier());
    }

    @Test
    @DisplayName("a peer's failure quoting what it sent shows no direction control")
    void aFailureShowsNoDirectionControl() {
        federate(RefusalCpu.threadCpuClock());
        // An unreadable time fails the feed, quoting it (shortened) in the peer's public error.
        hostile.changes.set(feed(BASE + "id/dataset/org-h/x", "org-h/x", "\\u202Eyesterday\\u202C"));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status(), s.lastError());
        assertTrue(s.lastError().contains("yesterday"), s.lastError());
        assertTrue(!hasDirectionControl(s.lastError()), s.lastError());
    }

    @Test
    @DisplayName("refusing an entry at a time no clock can show is charged to the peer's CPU budget")
    void refusingAnImplausibleTimeIsCharged() {
        // Every reading of the harvest thread's CPU clock says 4 s more were spent: over the 3 s budget at once.
        AtomicLong cpu = new AtomicLong();
        federate(() -> cpu.addAndGet(Duration.ofSeconds(4).toNanos()));
        hostile.changes.set(feed(BASE + "id/dataset/org-h/wages", "org-h/wages", IMPLAUSIBLE));

        PeerStatus first = federation.harvestNow(hostile.url());
        assertEquals("partial", first.status(), first.lastError());
        PeerStatus second = federation.harvestNow(hostile.url());

        assertEquals("failing", second.status(), second.lastError());
        assertTrue(second.lastError().contains("used its CPU budget"), second.lastError());
    }
}
