package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;

/**
 * How much work a peer can make the portal do: a refused dataset waits for a back-off that doubles with each refusal,
 * whatever change the peer announces; bytes already checked are not checked again; and one harvest checks a bounded
 * share of one peer's datasets. The portal's harvest interval is 1 s; its clock is moved on by hand.
 */
class HarvestWorkBoundsTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    /** A statement about a resource outside the peer's base: refused, whatever the figures. */
    private static final UnaryOperator<String> OUTSIDE_BASE = nq -> nq
            + "<https://w3id.org/pravasi/id/district/201> <http://www.w3.org/2000/01/rdf-schema#label> \"Renamed\" <"
            + Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims> .\n";
    /** A line that is not N-Quads: any dataset sent with it is refused. */
    private static final UnaryOperator<String> BROKEN = nq -> nq + "<" + Nodes.BASE_A + "id/x y> <p> \"v\" .\n";

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    TamperingPeer peer;
    Federation federation;
    final AtomicReference<Duration> skew = new AtomicReference<>(Duration.ZERO);
    /** The harvest thread's CPU clock: the tests say what each check costs. */
    final AtomicLong cpu = new AtomicLong();

    final List<ChangeEvent> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peer = new TamperingPeer(vertx, Nodes.serve(vertx, source), Nodes.BASE_A);
    }

    private void startPortal(HarvestLimits limits) {
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(peer.url() + " " + Nodes.BASE_A), "local-org");
        portal.bus().subscribe(announced::add);
        federation = Federation.create(
                portal, limits, ReadersFirst.create(), () -> Instant.now().plus(skew.get()), cpu::get);
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

    private void later(Duration d) {
        skew.updateAndGet(s -> s.plus(d));
    }

    private PeerStatus harvest() {
        return federation.harvestNow(peer.url());
    }

    private static DatasetRefusal refusal(PeerStatus s) {
        assertEquals(1, s.refused().size(), () -> s.lastError() + " " + s.refused());
        return s.refused().getFirst();
    }

    private static Duration wait(DatasetRefusal r) {
        return Duration.between(Instant.parse(r.refusedAt()), Instant.parse(r.retryAfter()));
    }

    /** Publishes wage-claims (change {@code scale}) and harvests it through {@code tamper}. */
    private PeerStatus change(int scale, UnaryOperator<String> tamper) {
        peer.tamper.set(tamper);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", scale);
        return harvest();
    }

    @Test
    @DisplayName(
            "a refused dataset is not fetched again before its back-off ends, whatever newer change the peer announces")
    void refusedDatasetWaitsForItsBackOff() {
        startPortal(HarvestLimits.DEFAULTS);
        DatasetRefusal first = refusal(change(1, OUTSIDE_BASE));
        assertEquals(1, peer.graphsServed.get());
        assertTrue(Instant.parse(first.retryAfter()).isAfter(Instant.parse(first.refusedAt())), first.retryAfter());

        PeerStatus held = change(2, OUTSIDE_BASE);

        assertEquals(1, peer.graphsServed.get(), "not fetched during the back-off");
        assertEquals(first.modified(), refusal(held).modified());
        later(Duration.ofMinutes(1));
        DatasetRefusal again = refusal(harvest());
        assertEquals(2, peer.graphsServed.get(), "the change held back is fetched once the back-off ends");
        assertTrue(Instant.parse(again.modified()).isAfter(Instant.parse(first.modified())), again.modified());
    }

    @Test
    @DisplayName("a change held back and a newer change of the same dataset are fetched once when the back-off ends")
    void heldBackAndNewerChangeAreOneFetch() {
        startPortal(HarvestLimits.DEFAULTS);
        refusal(change(1, OUTSIDE_BASE));
        change(2, OUTSIDE_BASE);
        later(Duration.ofMinutes(1));

        DatasetRefusal again = refusal(change(3, OUTSIDE_BASE));

        assertEquals(2, peer.graphsServed.get(), "one fetch for the held-back change and the newer one");
        assertTrue(Instant.parse(again.retryAfter()).isAfter(Instant.parse(again.refusedAt())));
    }

    @Test
    @DisplayName("the back-off doubles with each refusal in a row, from a minute, and a success resets it")
    void backOffDoublesAndASuccessResetsIt() {
        startPortal(HarvestLimits.DEFAULTS);
        assertEquals(Duration.ofMinutes(1), wait(refusal(change(1, OUTSIDE_BASE))));
        later(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(2), wait(refusal(change(2, OUTSIDE_BASE))));
        later(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(4), wait(refusal(change(3, OUTSIDE_BASE))));
        later(Duration.ofMinutes(10));

        PeerStatus fixed = change(4, UnaryOperator.identity());

        assertEquals("ok", fixed.status(), () -> fixed.lastError() + " " + fixed.refused());
        assertEquals(Duration.ofMinutes(1), wait(refusal(change(5, OUTSIDE_BASE))));
    }

    @Test
    @DisplayName("a refused dataset is not fetched again within a minute, however short the harvest interval")
    void refusedDatasetWaitsAtLeastAMinute() {
        startPortal(HarvestLimits.DEFAULTS);
        refusal(change(1, OUTSIDE_BASE));
        later(Duration.ofSeconds(30));

        change(2, OUTSIDE_BASE);

        assertEquals(1, peer.graphsServed.get(), "not fetched 30 s after its refusal (the interval is 1 s)");
        later(Duration.ofSeconds(30));
        harvest();
        assertEquals(2, peer.graphsServed.get(), "fetched again a minute after its refusal");
    }

    @Test
    @DisplayName("a refused dataset that its peer corrects is harvested once its back-off ends")
    void correctedDatasetArrivesWhenItsBackOffEnds() {
        startPortal(HarvestLimits.DEFAULTS);
        DatasetRefusal refused = refusal(change(1, OUTSIDE_BASE));

        PeerStatus during = change(2, UnaryOperator.identity());

        assertEquals(refused.modified(), refusal(during).modified(), "the correction waits for the back-off");
        assertEquals(0, during.datasets());
        later(wait(refused));
        PeerStatus after = harvest();
        assertEquals("ok", after.status(), () -> after.lastError() + " " + after.refused());
        assertEquals(1, after.datasets(), "the corrected dataset arrived");
        assertEquals(2, peer.graphsServed.get());
    }

    @Test
    @DisplayName("a peer whose refused datasets used its CPU budget has its other changes wait until it refills")
    void refusedChecksAreBoundedByTheirCpuBudget() {
        startPortal(HarvestLimits.DEFAULTS.withRefusedCpu(Duration.ofSeconds(3)));
        peer.tamper.set(costing(Duration.ofSeconds(2), BROKEN));
        for (String slug : List.of("one-set", "two-set", "three-set")) {
            Nodes.publish(source, "mrc-alliance", slug, "Cases " + slug, 1);
        }

        PeerStatus first = harvest();

        assertEquals(2, peer.graphsServed.get(), "3 s of budget: two checks of 2 s, the second one into debt");
        assertEquals(2, first.refused().size(), first.refused()::toString);
        later(Duration.ofSeconds(10));
        harvest();
        assertEquals(2, peer.graphsServed.get(), "a 1 s debt refills at 3 s per minute: not within 10 s");
        later(Duration.ofSeconds(20));
        PeerStatus refilled = harvest();
        assertEquals(3, peer.graphsServed.get(), "fetched once the budget is positive again");
        assertEquals(3, refilled.refused().size(), refilled.refused()::toString);
    }

    @Test
    @DisplayName(
            "a peer that fails as a whole (a broken feed) has the same CPU budget as one whose datasets are refused")
    void failedHarvestsAreBoundedByTheCpuBudget() {
        startPortal(HarvestLimits.DEFAULTS.withRefusedCpu(Duration.ofSeconds(3)));
        peer.feedTamper.set(costing(Duration.ofSeconds(2), feed -> "not JSON"));

        PeerStatus first = harvest();
        harvest();
        harvest();

        assertEquals("failing", first.status(), first.lastError());
        assertEquals(2, peer.feedsServed.get(), "3 s of budget: two reads of 2 s, the second one into debt");
        later(Duration.ofSeconds(30));
        harvest();
        assertEquals(3, peer.feedsServed.get(), "read again once the budget is positive again");
    }

    @Test
    @DisplayName("the CPU taken by accepted datasets does not count against a peer's budget for refused ones")
    void acceptedChecksDoNotUseTheCpuBudget() {
        startPortal(HarvestLimits.DEFAULTS.withRefusedCpu(Duration.ofSeconds(3)));
        peer.tamper.set(costing(Duration.ofSeconds(2), UnaryOperator.identity()));
        for (String slug : List.of("one-set", "two-set", "three-set")) {
            Nodes.publish(source, "mrc-alliance", slug, "Cases " + slug, 1);
        }

        PeerStatus s = harvest();

        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        assertEquals(3, s.datasets());
    }

    /** {@code tamper}, making the check of what it sends cost {@code cpuTime} on the harvest thread's CPU clock. */
    private UnaryOperator<String> costing(Duration cpuTime, UnaryOperator<String> tamper) {
        return nq -> {
            cpu.addAndGet(cpuTime.toNanos());
            return tamper.apply(nq);
        };
    }

    @Test
    @DisplayName("the back-off stops at an hour")
    void backOffIsCapped() {
        startPortal(HarvestLimits.DEFAULTS);
        Duration last = Duration.ZERO;
        for (int i = 1; i <= 14; i++) {
            last = wait(refusal(change(i, OUTSIDE_BASE)));
            later(Duration.ofHours(2));
        }
        assertEquals(Rechecks.MAX_BACKOFF, last);
    }

    @Test
    @DisplayName("the bytes of a copy refused before are refused again without being checked again")
    void sameRefusedBytesAreNotCheckedAgain() {
        startPortal(HarvestLimits.DEFAULTS);
        AtomicReference<String> sent = new AtomicReference<>();
        UnaryOperator<String> replay = nq -> sent.updateAndGet(s -> s == null ? OUTSIDE_BASE.apply(nq) : s);
        DatasetRefusal first = refusal(change(1, replay));
        later(wait(first));

        DatasetRefusal again = refusal(change(2, replay));

        assertEquals(2, peer.graphsServed.get());
        assertTrue(again.reason().startsWith(first.reason()), again.reason());
        assertTrue(again.reason().endsWith(Harvester.SAME_BYTES), again.reason());
        assertTrue(Instant.parse(again.modified()).isAfter(Instant.parse(first.modified())));
    }

    @Test
    @DisplayName(
            "a large download parsed as it arrives and refused for its syntax keeps its digest: the same bytes again are"
                    + " refused unparsed")
    void largeBrokenBytesAreRefusedOnceParsed() {
        // Every download over 0 bytes is large: hashed and spooled as it is read, and parsed into memory meanwhile.
        startPortal(HarvestLimits.DEFAULTS.withHeld(0, 64L * 1024 * 1024));
        AtomicReference<String> sent = new AtomicReference<>();
        UnaryOperator<String> replay = nq -> sent.updateAndGet(s -> s == null ? BROKEN.apply(nq) : s);
        DatasetRefusal first = refusal(change(1, replay));
        assertTrue(log.detail(first.identifier()).contains("not valid N-Quads"), first.reason());
        later(wait(first));

        DatasetRefusal again = refusal(change(2, replay));

        assertEquals(2, peer.graphsServed.get());
        assertTrue(again.reason().startsWith(first.reason()), again.reason());
        assertTrue(again.reason().endsWith(Harvester.SAME_BYTES), again.reason());
    }

    @Test
    @DisplayName(
            "the bytes of the copy accepted before, announced as a newer change, are neither checked nor written again")
    void sameAcceptedBytesAreNotCheckedAgain() {
        startPortal(HarvestLimits.DEFAULTS);
        AtomicReference<String> sent = new AtomicReference<>();
        UnaryOperator<String> replay = nq -> sent.updateAndGet(s -> s == null ? nq : s);
        PeerStatus first = change(1, replay);
        assertEquals("ok", first.status(), first.lastError());
        int events = announced.size();
        long quads = Nodes.quads(portal);

        PeerStatus again = change(2, replay);

        assertEquals("ok", again.status(), () -> again.lastError() + " " + again.refused());
        assertEquals(2, peer.graphsServed.get());
        assertEquals(events, announced.size(), "nothing written, nothing announced");
        assertEquals(quads, Nodes.quads(portal));
        harvest();
        assertEquals(2, peer.graphsServed.get(), "that change is not fetched again");
    }

    @Test
    @DisplayName("one harvest checks at most its budget of a peer's datasets; the rest arrives with the next rounds")
    void checkingBudgetPerRound() {
        startPortal(HarvestLimits.DEFAULTS.withBudget(2, HarvestLimits.CHECK_BYTES_PER_ROUND));
        for (String slug : List.of("one-set", "two-set", "three-set")) {
            Nodes.publish(source, "mrc-alliance", slug, "Cases " + slug, 1);
        }

        assertEquals(2, harvest().datasets());
        assertEquals(3, harvest().datasets());
        assertEquals(3, peer.graphsServed.get());
    }

    @Test
    @DisplayName("a round that stops at its budget goes on at once, not after the harvest interval")
    void roundsGoOnWithoutWaitingTheInterval() throws InterruptedException {
        for (String slug : List.of("one-set", "two-set", "three-set", "four-set", "five-set")) {
            Nodes.publish(source, "mrc-alliance", slug, "Cases " + slug, 1);
        }
        // An hour between harvests, two datasets per round: the first round takes two, and the rest must not wait
        // an hour each time (before, this portal held two datasets after the first round and none more for an hour).
        portal = RegistryNode.start(org.pravasi.registry.config.NodeConfig.builder(dir.resolve("portal"))
                .baseUri(PORTAL_BASE)
                .port(0)
                .peers(List.of(peer.url() + " " + Nodes.BASE_A))
                .harvestIntervalSeconds(3600)
                .build());
        federation =
                Federation.create(portal, HarvestLimits.DEFAULTS.withBudget(2, HarvestLimits.CHECK_BYTES_PER_ROUND));

        federation.start();

        // Polls the peer's status; the limit is a bound for a stuck test, far below the interval, not a timing claim.
        long datasets = 0;
        for (int i = 0; i < 600 && datasets < 5; i++) {
            Thread.sleep(100);
            datasets = federation.status().getFirst().datasets();
        }
        assertEquals(5, datasets, () -> federation.status().toString());
        assertEquals(5, peer.graphsServed.get(), "each dataset fetched once");
    }

    @Test
    @DisplayName("one harvest reads at most its budget of a peer's bytes: the dataset that crosses it is the last")
    void byteBudgetPerRound() {
        startPortal(HarvestLimits.DEFAULTS.withBudget(100, 1));
        for (String slug : List.of("one-set", "two-set")) {
            Nodes.publish(source, "mrc-alliance", slug, "Cases " + slug, 1);
        }

        assertEquals(1, harvest().datasets());
        assertEquals(2, harvest().datasets());
    }

    @Test
    @DisplayName("one harvest fetches each dataset at most once, however often the peer re-announces it meanwhile")
    void reAnnouncedDatasetsAreFetchedOncePerHarvest() {
        startPortal(HarvestLimits.DEFAULTS.withBudget(1_000, 1024 * 1024));
        int datasets = Harvester.BATCH + 1;
        for (int i = 0; i < datasets; i++) {
            Nodes.publish(source, "mrc-alliance", "set-" + i, "Cases " + i, 1);
        }
        assertEquals(datasets, harvest().datasets());
        int fetched = peer.graphsServed.get();
        // Every read of the feed announces every dataset as changed just now, with the bytes accepted before.
        peer.renewing.set(true);

        PeerStatus again = harvest();

        assertEquals("ok", again.status(), again.lastError());
        assertEquals(datasets, peer.graphsServed.get() - fetched, "each re-announced dataset fetched once");
    }
}
