package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;

/**
 * What a peer's screen may cost the portal: a record declaring thousands of public figures is refused within seconds
 * and charged to the peer like any refusal, and a large version (here every download is one) is screened before the
 * store's write transaction opens, so that local publishing never waits for a peer's screen.
 */
class HarvestScreenBoundsTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    static final String DATASET = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims";
    /** Every download is large: spooled, parsed into memory and written in a transaction of its own. */
    static final HarvestLimits ALL_LARGE = HarvestLimits.DEFAULTS.withHeld(0, 64L * 1024 * 1024);

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    TamperingPeer peer;
    RegistryNode portal;
    Federation federation;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peer = new TamperingPeer(vertx, Nodes.serve(vertx, source), Nodes.BASE_A);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
    }

    private void startPortal(HarvestLimits limits, ReadersFirst readers) {
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(peer.url() + " " + Nodes.BASE_A), "local-org");
        federation = Federation.create(portal, limits, readers, InstantSource.system(), RefusalCpu.threadCpuClock());
    }

    @AfterEach
    void stop() {
        if (federation != null) {
            federation.close();
        }
        vertx.close().await();
        source.close();
        if (portal != null) {
            portal.close();
        }
    }

    /** Adds {@code n} blank-node public figures {@code "3 women aaaN"} to the record graph. */
    static UnaryOperator<String> declaring(int n) {
        return nq -> {
            StringBuilder sb = new StringBuilder(nq);
            for (int i = 0; i < n; i++) {
                sb.append("_:f")
                        .append(i)
                        .append(" <http://www.w3.org/ns/prov#value> \"3 women aaa")
                        .append(i)
                        .append("\" <")
                        .append(DATASET)
                        .append("> .\n");
                sb.append("_:f")
                        .append(i)
                        .append(" <http://www.w3.org/ns/prov#wasQuotedFrom> <https://news.example.org/a> <")
                        .append(DATASET)
                        .append("> .\n");
            }
            return sb.toString();
        };
    }

    @Test
    @DisplayName(
            "a record declaring 5,000 public figures is refused within seconds, and its CPU time charged to the peer")
    void aFloodOfDeclaredFiguresIsRefusedAndCharged() {
        // A budget of 1 ms a minute: a refused check of any cost leaves the peer in debt for hours.
        startPortal(ALL_LARGE.withRefusedCpu(Duration.ofMillis(1)), ReadersFirst.create());
        peer.tamper.set(declaring(5_000));
        long quads = Nodes.quads(portal);

        PeerStatus s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> federation.harvestNow(peer.url()));

        assertEquals("partial", s.status(), () -> s.lastError() + " " + s.refused());
        assertTrue(
                log.detail(s.refused().getFirst().identifier()).contains("more than 300 public figures"),
                s.refused()::toString);
        assertEquals(quads, Nodes.quads(portal), "nothing stored");
        Nodes.publish(source, "mrc-alliance", "other-set", "Other cases", 1);
        PeerStatus after = federation.harvestNow(peer.url());
        assertEquals(1, peer.graphsServed.get(), "the peer's refused screen was charged: its new dataset waits");
        assertTrue(after.lastError().contains("is not read before"), after.lastError());
    }

    @Test
    @DisplayName("a large version is screened before the store's write transaction opens: writers are free meanwhile")
    void aLargeVersionIsScreenedOutsideTheWriteTransaction() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        AtomicInteger blocked = new AtomicInteger();
        AtomicBoolean probing = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        // A reader stays in flight, so every step of the harvest yields to it: at each, a local write must go through.
        ReadersFirst readers = ReadersFirst.withClocks(System::nanoTime, () -> 0L, nanos -> {
            if (probing.compareAndSet(false, true)) {
                try {
                    Future<?> write = writer.submit(() -> portal.store().write(() -> null));
                    probes.incrementAndGet();
                    write.get(5, TimeUnit.SECONDS);
                } catch (TimeoutException x) {
                    blocked.incrementAndGet();
                } catch (Exception x) {
                    throw new IllegalStateException(x);
                } finally {
                    probing.set(false);
                }
            }
        });
        startPortal(ALL_LARGE, readers);
        try (AutoCloseable reading = readers.reading()) {
            PeerStatus s = federation.harvestNow(peer.url());

            assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        } finally {
            writer.shutdown();
            assertTrue(writer.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(probes.get() >= 3, "the screen's steps yielded: " + probes.get());
        assertEquals(0, blocked.get(), "local writes waited for a peer's screen " + blocked.get() + " time(s)");
    }
}
