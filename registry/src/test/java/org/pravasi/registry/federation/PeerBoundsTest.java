package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.api.FederationRoutes;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.node.RegistryNode;

/**
 * A peer cannot exhaust the portal: every read is cut at a byte cap, a deadline or an idle time, gzip is bounded after
 * decompression, redirects are not followed, harvests of one peer never pile up, and closing the federation cuts a
 * harvest stuck on a peer. The caps are shrunk to 1 MiB here; the hostile peer offers 200 MB, generated lazily, and
 * counts what it managed to send (what the portal read, plus what the sockets buffer).
 */
class PeerBoundsTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static final String BASE = "https://hostile.example.org/pravasi/";
    private static final long CAP = 1024 * 1024;
    private static final long OFFERED = 200L * 1024 * 1024;
    /** Sent bytes allowed beyond the cap: loopback socket buffers and the HTTP client's queue hold a few MiB. */
    private static final long SLACK = 24L * 1024 * 1024;

    private static final String ENTRY = "{\"uri\": \"" + BASE + "id/dataset/org-h/x\", \"identifier\": \"org-h/x\", "
            + "\"modified\": \"2026-01-01T00:00:00Z\", \"versionUri\": \"\", \"withdrawn\": true},";

    @TempDir
    Path dir;

    Vertx vertx;
    HostilePeer hostile;
    RegistryNode portal;
    Federation federation;
    String portalUrl;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        hostile = new HostilePeer(BASE);
        portal = Nodes.start(
                dir, "https://portal.example.org/pravasi/", List.of(hostile.url() + " " + BASE), "local-org");
    }

    private void federate(HarvestLimits limits) {
        federation = Federation.create(portal, limits);
        Router router = Router.router(vertx);
        new FederationRoutes(federation, portal.keys(), NodeRoutes.workers(vertx)).mount(router);
        portalUrl = "http://127.0.0.1:"
                + vertx.createHttpServer()
                        .requestHandler(router)
                        .listen(0, "127.0.0.1")
                        .await()
                        .actualPort() + "/";
    }

    private static HarvestLimits small() {
        return HarvestLimits.DEFAULTS.withBytes(CAP, CAP);
    }

    @AfterEach
    void stop() {
        if (federation != null) {
            federation.close();
        }
        hostile.close();
        vertx.close().await();
        portal.close();
    }

    /** The peer's entry at {@code GET /api/peers}: the portal still answers, and says why. */
    private String peersJson() throws Exception {
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(portalUrl + "api/peers")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            return r.body();
        }
    }

    private long sentOnceEnded() throws InterruptedException {
        assertTrue(hostile.ended.get().await(60, TimeUnit.SECONDS), "the hostile answer ended (the portal hung up)");
        return hostile.sent.get();
    }

    @Test
    @DisplayName(
            "a 200 MB change feed is read up to the cap only, and the peer is failing with the reason in /api/peers")
    void hugeChangeFeedIsCutAtTheCap() throws Exception {
        hostile.changes.set(HostilePeer.endless("{\"datasets\": [", ENTRY, OFFERED));
        federate(small());

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status());
        assertTrue(s.lastError().contains("larger than the cap of " + CAP + " bytes"), s.lastError());
        assertTrue(sentOnceEnded() < CAP + SLACK, "the peer sent " + hostile.sent.get() + " bytes");
        assertTrue(peersJson().contains("larger than the cap of " + CAP + " bytes"));
    }

    @Test
    @DisplayName("a 200 MB graphs download is cut at the cap and refuses that dataset only; nothing of it is stored")
    void hugeGraphsDownloadIsCutAtTheCap() throws Exception {
        String ds = BASE + "id/dataset/org-h/huge";
        hostile.changes.set(HostilePeer.feed(BASE, "2026-01-01T00:00:00Z", "org-h/huge"));
        hostile.graphs.set(HostilePeer.endless(
                "", "<" + ds + "> <http://purl.org/dc/terms/title> \"x\" <" + ds + "> .\n", OFFERED));
        federate(small());
        long quads = Nodes.quads(portal);

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("partial", s.status(), s.lastError());
        assertEquals("org-h/huge", s.refused().getFirst().identifier());
        assertTrue(
                log.detail(s.refused().getFirst().identifier()).contains("larger than the cap of " + CAP + " bytes"),
                log.detail(s.refused().getFirst().identifier()));
        assertTrue(sentOnceEnded() < CAP + SLACK, "the peer sent " + hostile.sent.get() + " bytes");
        assertEquals(quads, Nodes.quads(portal));
        assertFalse(Nodes.hasGraph(portal, ds));
        assertTrue(peersJson().contains("org-h/huge"));
    }

    @Test
    @DisplayName("a gzip bomb is bounded after decompression, not only on the wire")
    void gzipBombIsCutAfterDecompression() throws Exception {
        hostile.changes.set(HostilePeer.gzipBomb("{\"datasets\": [", " ", OFFERED));
        federate(small());

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status());
        assertTrue(s.lastError().contains("larger than the cap of " + CAP + " bytes once decompressed"), s.lastError());
        assertTrue(sentOnceEnded() < CAP, "the peer sent " + hostile.sent.get() + " compressed bytes");
    }

    @Test
    @DisplayName("a slow-loris peer trickling a byte at a time is cut at the total deadline")
    void slowLorisIsCutAtTheDeadline() throws Exception {
        hostile.changes.set(HostilePeer.trickle(50));
        federate(small().withTimes(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(1)));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status());
        assertTrue(s.lastError().contains("longer than the deadline of 1 s"), s.lastError());
        assertTrue(peersJson().contains("deadline"));
    }

    @Test
    @DisplayName("a dataset whose graphs trickle past the deadline is refused, and the harvest gives its thread back")
    void slowDatasetIsRefusedAndEndsTheHarvest() {
        hostile.changes.set(HostilePeer.feed(BASE, "2026-01-01T00:00:00Z", "org-h/slow", "org-h/later"));
        hostile.graphs.set(HostilePeer.trickle(50));
        federate(small().withTimes(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(1)));

        PeerStatus first = federation.harvestNow(hostile.url());

        assertEquals("partial", first.status(), first.lastError());
        assertEquals(1, hostile.graphsAsked.get(), "the second dataset waits for the next harvest");
        assertTrue(
                log.detail(first.refused().getFirst().identifier()).contains("longer than the deadline of 1 s"),
                log.detail(first.refused().getFirst().identifier()));

        PeerStatus second = federation.harvestNow(hostile.url());

        assertEquals(2, hostile.graphsAsked.get(), "the refused dataset is not fetched again; the next one is");
        assertEquals(2, second.refused().size());
    }

    @Test
    @DisplayName("a peer that sends headers and then nothing is cut after the idle time")
    void silentPeerIsCutWhenIdle() {
        hostile.changes.set(HostilePeer.silent(new CountDownLatch(1)));
        federate(small().withTimes(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60)));

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status());
        assertTrue(s.lastError().contains("sent nothing for 1 s"), s.lastError());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {429, 503})
    @DisplayName("a node too busy to send a dataset now is retried with back-off; the dataset is not refused")
    void aBusyNodeIsRetriedNotRefused(int status) {
        hostile.changes.set(HostilePeer.feed(BASE, "2026-01-01T00:00:00Z", "org-h/busy"));
        hostile.graphs.set(HostilePeer.busy(status));
        federate(small());

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status(), "the whole peer waits for its back-off");
        assertTrue(s.lastError().contains("answered " + status + "; it will be retried with back-off"), s.lastError());
        assertTrue(s.refused().isEmpty(), () -> "refused: " + s.refused());
    }

    @Test
    @DisplayName("redirects are not followed")
    void redirectsAreRefused() {
        hostile.changes.set(HostilePeer.redirect("http://127.0.0.1:1/elsewhere"));
        federate(small());

        PeerStatus s = federation.harvestNow(hostile.url());

        assertEquals("failing", s.status());
        assertTrue(s.lastError().contains("redirects are not followed"), s.lastError());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"silent after headers", "no headers"})
    @DisplayName("closing the federation cuts a harvest stuck on a peer at once, so the portal can shut down")
    void closeCutsAStuckHarvest(String how) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        hostile.changes.set(how.equals("no headers") ? HostilePeer.mute(never) : HostilePeer.silent(never));
        federate(HarvestLimits.DEFAULTS);
        federation.start();
        assertTrue(hostile.asked.await(30, TimeUnit.SECONDS), "the harvest reached the peer");

        // Generous: the cut is immediate; before, close() waited 10 s for the stuck thread.
        assertTimeoutPreemptively(Duration.ofSeconds(5), federation::close);

        PeerStatus s = federation.status().getFirst();
        assertNotEquals("harvesting", s.status());
        assertTrue(s.lastError().contains("shutting down"), s.lastError());
    }

    @Test
    @DisplayName("while a harvest is stuck on a silent peer, the portal keeps answering and shows it harvesting")
    void portalAnswersWhileAHarvestIsStuck() throws Exception {
        hostile.changes.set(HostilePeer.silent(new CountDownLatch(1)));
        federate(HarvestLimits.DEFAULTS);
        federation.start();
        assertTrue(hostile.asked.await(30, TimeUnit.SECONDS), "the harvest reached the peer");

        assertTrue(peersJson().contains("\"status\":\"harvesting\""));
    }

    @Test
    @DisplayName(
            "a harvest reads and checks what peers send on threads of the lowest priority, so readers get the cores first")
    void harvestRunsAtLowestPriority() throws Exception {
        hostile.changes.set(HostilePeer.silent(new CountDownLatch(1)));
        federate(HarvestLimits.DEFAULTS);
        federation.start();
        assertTrue(hostile.asked.await(30, TimeUnit.SECONDS), "the harvest reached the peer");

        List<Thread> harvest = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("pravasi-harvest-[0-9]+|pravasi-harvest-http-[0-9]+"))
                .toList();
        assertTrue(
                harvest.stream().anyMatch(t -> t.getName().matches("pravasi-harvest-[0-9]+")),
                "a harvest thread: " + harvest);
        assertTrue(
                harvest.stream().anyMatch(t -> t.getName().startsWith("pravasi-harvest-http-")),
                "a peer-reading thread: " + harvest);
        harvest.forEach(t -> assertEquals(Thread.MIN_PRIORITY, t.getPriority(), t.getName()));
    }

    @Test
    @DisplayName("repeated triggers while a peer is stuck neither pile up tasks nor open a second exchange with it")
    void triggersDoNotPileUp() throws Exception {
        hostile.changes.set(HostilePeer.silent(new CountDownLatch(1)));
        federate(HarvestLimits.DEFAULTS);
        federation.start();
        assertTrue(hostile.asked.await(30, TimeUnit.SECONDS), "the harvest reached the peer");

        for (int i = 0; i < 1_000; i++) {
            federation.trigger();
        }

        assertTrue(federation.queuedHarvests() <= 1, federation.queuedHarvests() + " harvests queued");
        assertEquals(1, hostile.mostInFlight.get());
    }

    @Test
    @DisplayName("a trigger leaves a peer failing as a whole to the end of its back-off, however often it is called")
    void triggerRespectsTheBackOffOfAFailingPeer() {
        hostile.changes.set(HostilePeer.redirect("http://127.0.0.1:1/elsewhere"));
        federate(small());
        PeerStatus failed = federation.harvestNow(hostile.url());
        assertEquals("failing", failed.status());

        for (int i = 0; i < 100; i++) {
            federation.trigger();
        }

        assertEquals(
                failed.nextAttempt(), federation.status().getFirst().nextAttempt(), "still due after its back-off");
        assertEquals(0, federation.queuedHarvests());
    }

    @Test
    @DisplayName("a trigger makes a peer that is not failing due at once")
    void triggerMakesAHealthyPeerDueNow() {
        hostile.changes.set(HostilePeer.feed(BASE, "2026-01-01T00:00:00Z"));
        federate(small());
        PeerStatus ok = federation.harvestNow(hostile.url());
        assertEquals("ok", ok.status(), ok.lastError());
        // The triggered harvest then waits on the peer, so it cannot end and reschedule before the status is read.
        hostile.changes.set(HostilePeer.silent(new CountDownLatch(1)));

        federation.trigger();
        Instant triggered = Instant.now();

        Instant due = Instant.parse(federation.status().getFirst().nextAttempt());
        assertFalse(due.isAfter(triggered), due + " after the trigger at " + triggered);
        assertTrue(due.isBefore(Instant.parse(ok.nextAttempt())), "earlier than the interval's " + ok.nextAttempt());
    }
}
