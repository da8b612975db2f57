package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;

/**
 * One bad dataset does not hold back a peer's others: it is refused and reported (which, why, when), nothing of it is
 * stored, the peer is {@code partial} rather than failing, and it is fetched again only when the peer publishes a newer
 * change of it (or once after a restart), never endlessly.
 */
class HarvestIsolationTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static final String WAGES = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims";
    /** A {@code |} is not allowed in an IRI: the strict N-Quads parser refuses the document. */
    private static final String BAD_IRI =
            "<" + WAGES + "> <http://purl.org/dc/terms/source> <https://example.org/a|b> <" + WAGES + "> .\n";

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    TamperingPeer peer;
    Federation federation;
    final AtomicInteger wageFetches = new AtomicInteger();
    volatile boolean broken = true;
    /** How far the portal's clock is ahead: moved on past a refusal's back-off. */
    final AtomicReference<Duration> skew = new AtomicReference<>(Duration.ZERO);

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peer = new TamperingPeer(vertx, Nodes.serve(vertx, source), Nodes.BASE_A);
        peer.tamper.set(nq -> {
            if (!nq.contains("<" + WAGES + "> ")) {
                return nq;
            }
            wageFetches.incrementAndGet();
            return broken ? nq + BAD_IRI : nq;
        });
        portal = Nodes.start(
                dir.resolve("portal"),
                "https://portal.example.org/pravasi/",
                List.of(peer.url() + " " + Nodes.BASE_A),
                "local-org");
        federation = Federation.create(
                portal,
                HarvestLimits.DEFAULTS,
                ReadersFirst.create(),
                () -> Instant.now().plus(skew.get()));
    }

    @AfterEach
    void stop() {
        federation.close();
        vertx.close().await();
        source.close();
        portal.close();
    }

    private PublishOutcome publishThree() {
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PublishOutcome wages = Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 2);
        Nodes.publish(source, "mrc-alliance", "helpline-calls", "Helpline calls", 3);
        return wages;
    }

    @Test
    @DisplayName("a dataset with a bad IRI is refused and reported; the peer's two other datasets arrive")
    void badDatasetIsRefusedAndTheOthersArrive() {
        PublishOutcome wages = publishThree();

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("partial", s.status(), s.lastError());
        assertEquals("", s.lastError(), "no failure of the whole peer");
        assertEquals(0, s.failures(), "no back-off");
        assertEquals(2, s.datasets());
        assertEquals(1, s.refused().size());
        DatasetRefusal r = s.refused().getFirst();
        assertEquals("mrc-alliance/wage-claims", r.identifier());
        assertEquals(WAGES, r.dataset());
        assertTrue(log.detail(r.identifier()).contains("not valid N-Quads"), r.reason());
        assertFalse(r.refusedAt().isEmpty());
        assertFalse(Nodes.hasGraph(portal, wages.dataset()), "nothing of the refused dataset is stored");
        assertFalse(Nodes.hasGraph(portal, wages.version()));
    }

    @Test
    @DisplayName(
            "a refused dataset is not fetched again until the peer publishes a newer change of it, which then arrives after the back-off")
    void refusedDatasetWaitsForANewerChange() {
        publishThree();
        federation.harvestNow(peer.url());
        federation.harvestNow(peer.url());
        PeerStatus again = federation.harvestNow(peer.url());

        assertEquals(1, wageFetches.get(), "fetched once, not at every harvest");
        assertEquals("partial", again.status());

        broken = false;
        PublishOutcome fixed = Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 4);
        skew.set(Duration.ofMinutes(1));
        PeerStatus after = federation.harvestNow(peer.url());

        assertEquals("ok", after.status(), () -> after.lastError() + " " + after.refused());
        assertEquals(3, after.datasets());
        assertEquals(List.of(), after.refused());
        assertTrue(Nodes.hasGraph(portal, fixed.version()));
    }

    @Test
    @DisplayName("a refused dataset is not skipped for good: after a restart it is tried once more, past the cursor")
    void refusedDatasetIsTriedAgainAfterARestart() {
        publishThree();
        PeerStatus first = federation.harvestNow(peer.url());
        assertEquals("partial", first.status());
        federation.close();

        broken = false;
        federation = Federation.create(portal);
        PeerStatus after = federation.harvestNow(peer.url());

        assertEquals("ok", after.status(), after.lastError());
        assertEquals(3, after.datasets());
        assertEquals(2, wageFetches.get());
    }
}
