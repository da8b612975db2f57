package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.registry.node.RegistryNode;

/**
 * A version too large to hold as bytes: parsed into memory while it fits the held memory, else straight into the
 * store's write transaction, checked there, and committed, or discarded whole when any check refuses it.
 */
class HarvestStreamingTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    /** Held memory enough for the versions these tests send (a few hundred kilobytes parsed). */
    private static final long HELD = 64L * 1024 * 1024;

    private static final String VERSION_2 = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v2";

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    TamperingPeer peer;
    Federation federation;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peer = new TamperingPeer(vertx, Nodes.serve(vertx, source), Nodes.BASE_A);
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

    /** A portal that holds no version in memory: every download is streamed into the store. */
    private void startStreamingPortal() {
        startPortal(0);
    }

    /** A portal that parses large downloads into memory while they fit {@code memory} bytes, else into the store. */
    private void startPortal(long memory) {
        startPortal(HarvestLimits.DEFAULTS.withHeld(0, memory));
    }

    private void startPortal(HarvestLimits limits) {
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(peer.url() + " " + Nodes.BASE_A), "local-org");
        federation = Federation.create(portal, limits);
    }

    @ParameterizedTest(name = "held memory of {0} bytes")
    @ValueSource(longs = {0, HELD})
    @DisplayName("a version with more observations than the portal checks is refused, saying so, and nothing is stored;"
            + " one at the limit is harvested")
    void versionWithMoreObservationsThanTheLimitIsRefused(long memory) {
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        Node v1 = NodeFactory.createURI(Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v1");
        long observations = source.store()
                .read(() -> source.store()
                        .dataset()
                        .getGraph(v1)
                        .find(Node.ANY, org.pravasi.ontology.QB.dataSet.asNode(), v1)
                        .toList()
                        .size());
        assertTrue(observations >= 2, "a table of some size: " + observations);
        startPortal(HarvestLimits.DEFAULTS.withHeld(0, memory).withMaxObservations(observations - 1));

        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        String reason = log.detail(refused.refused().getFirst().identifier());
        assertTrue(
                reason.contains("more than " + (observations - 1) + " observations")
                        && reason.contains("split the table"),
                reason);
        assertFalse(Nodes.hasGraph(portal, v1.getURI()), "no statement of the refused version");
        federation.close();
        portal.close();

        java.nio.file.Path again = dir.resolve("portal-at-the-limit");
        portal = Nodes.start(again, PORTAL_BASE, List.of(peer.url() + " " + Nodes.BASE_A), "local-org");
        federation = Federation.create(
                portal, HarvestLimits.DEFAULTS.withHeld(0, memory).withMaxObservations(observations));
        PeerStatus s = federation.harvestNow(peer.url());
        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        assertTrue(Nodes.hasGraph(portal, v1.getURI()));
    }

    @ParameterizedTest(name = "held memory of {0} bytes")
    @ValueSource(longs = {0, HELD})
    @DisplayName(
            "a large version is checked and stored whole, with its provenance, whether parsed into memory or the store")
    void largeVersionIsStoredWhole(long memory) {
        startPortal(memory);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        assertEquals(1, s.datasets());
        Node v1 = NodeFactory.createURI(Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v1");
        long sent =
                source.store().read(() -> source.store().dataset().getGraph(v1).size());
        long held =
                portal.store().read(() -> portal.store().dataset().getGraph(v1).size());
        assertEquals(sent + 3, held, "every statement of the version, and its source, copy and time");
        assertTrue(
                portal.store().read(() -> portal.store().dataset().contains(v1, v1, PV.sourceNode.asNode(), Node.ANY)));
    }

    @ParameterizedTest(name = "held memory of {0} bytes")
    @ValueSource(longs = {0, HELD})
    @DisplayName(
            "a version's harvest time is the portal's alone, whether parsed into memory or streamed into the store")
    void aPeersOwnGenerationTimesAreNotKept(long memory) {
        startPortal(memory);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        String v1 = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v1";
        // A time in the past: one from the future is refused (HarvestedContentTest).
        peer.tamper.set(nq -> nq + "<" + v1 + "> <" + PROV.generatedAtTime.getURI()
                + "> \"2021-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> <" + v1 + "> .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        Node v = NodeFactory.createURI(v1);
        List<Quad> times = portal.store()
                .read(() -> org.apache.jena.atlas.iterator.Iter.toList(
                        portal.store().dataset().find(v, v, PROV.generatedAtTime.asNode(), Node.ANY)));
        assertEquals(1, times.size(), () -> "the portal's time alone: " + times);
        assertTrue(!times.getFirst().getObject().getLiteralLexicalForm().startsWith("2021"), times::toString);
    }

    @ParameterizedTest(name = "held memory of {0} bytes")
    @ValueSource(longs = {0, HELD})
    @DisplayName("a statement longer than 16 MiB is refused, whether the version is parsed into memory or the store")
    void statementLongerThanTheLongestReadIsRefused(long memory) {
        startPortal(memory);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        String v1 = Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v1";
        // One literal of 17 MiB at the end of the download, in the version's graph: a parser would hold all of it.
        peer.tamper.set(nq -> nq + "<" + v1 + "> <http://purl.org/dc/terms/description> \""
                + "x".repeat(StatementLength.MAX + 1024 * 1024) + "\" <" + v1 + "> .\n");

        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertTrue(
                log.detail(refused.refused().getFirst().identifier()).contains("with a statement longer than 16 MiB"),
                refused.refused()::toString);
        assertEquals(0, refused.datasets());
        assertFalse(Nodes.hasGraph(portal, v1), "nothing of the version stored");
    }

    @Test
    @DisplayName(
            "a changed copy of a version already held, too large for the held memory, is refused and changes nothing")
    void changedCopyOfAHeldVersionIsRefusedWhenItDoesNotFitMemory() {
        startPortal(0);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        assertEquals("ok", federation.harvestNow(peer.url()).status());
        long quads = Nodes.quads(portal);

        // The same version announced again, with other bytes: it cannot be parsed into the store beside itself.
        peer.renewing.set(true);
        peer.tamper.set(nq -> nq.replace("\"Wage claims\"@en", "\"Wage claims, corrected\"@en"));
        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertTrue(
                log.detail(refused.refused().getFirst().identifier()).contains("too large to check in memory"),
                refused.refused()::toString);
        assertEquals(quads, Nodes.quads(portal), "nothing stored changed");
    }

    @Test
    @DisplayName(
            "a large download whose feed entry names no version of the form <dataset>/vN is refused before it is parsed")
    void feedEntryOfAMalformedVersionIsRefused() {
        startPortal(0);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        peer.feedTamper.set(feed -> feed.replace("wage-claims/v1\"", "wage-claims/latest\""));

        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertTrue(
                log.detail(refused.refused().getFirst().identifier()).contains("is not of the form"),
                refused.refused()::toString);
        assertEquals(0, refused.datasets());
        assertEquals(0, peer.graphsServed.get(), "nothing fetched");
    }

    @Test
    @DisplayName("a changed copy of a version already held replaces it when it fits the held memory")
    void changedCopyOfAHeldVersionReplacesItInMemory() {
        startPortal(HELD);
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        assertEquals("ok", federation.harvestNow(peer.url()).status());

        peer.renewing.set(true);
        peer.tamper.set(nq -> nq.replace("\"Wage claims\"@en", "\"Wage claims, corrected\"@en"));
        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        Node ds = NodeFactory.createURI(Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims");
        assertTrue(portal.store()
                .read(() -> portal.store()
                        .dataset()
                        .contains(
                                ds,
                                ds,
                                DCTerms.title.asNode(),
                                NodeFactory.createLiteralLang("Wage claims, corrected", "en"))));
    }

    @Test
    @DisplayName("a streamed version that fails a check leaves nothing stored: the version held before stays")
    void refusedStreamedVersionLeavesNothingStored() {
        startStreamingPortal();
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        assertEquals("ok", federation.harvestNow(peer.url()).status());
        long quads = Nodes.quads(portal);

        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 2);
        // A count of 4, below the portal's threshold of 10, in the second version's graph.
        peer.tamper.set(nq -> nq.replace(
                "\"40\"^^<http://www.w3.org/2001/XMLSchema#integer> <" + VERSION_2 + ">",
                "\"4\"^^<http://www.w3.org/2001/XMLSchema#integer> <" + VERSION_2 + ">"));
        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertTrue(
                log.detail(refused.refused().getFirst().identifier())
                        .contains("below this portal's disclosure threshold"),
                log.detail(refused.refused().getFirst().identifier()));
        assertEquals(quads, Nodes.quads(portal), "nothing stored changed");
        assertFalse(Nodes.hasGraph(portal, VERSION_2), "no statement of the refused version");
        assertTrue(Nodes.hasGraph(portal, Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims/v1"));
    }

    @Test
    @DisplayName(
            "a streamed version whose numbers are not in canonical form is refused, as the store would rewrite them")
    void nonCanonicalNumbersAreRefusedBeforeTheStoreRewritesThem() {
        startStreamingPortal();
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        peer.tamper.set(nq -> nq.replace(
                "\"40\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "\"040\"^^<http://www.w3.org/2001/XMLSchema#integer>"));

        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertTrue(
                log.detail(refused.refused().getFirst().identifier()).contains("canonical form"),
                refused.refused()::toString);
        assertEquals(0, refused.datasets());
    }

    /**
     * Held in memory, a version of 100,000 observations took about 85 MB of live heap beside the node's own 38 MB, and
     * this harvest ran out of memory; streamed into the store, the checks' bookkeeping of such a version takes about 35
     * MB (bench/results/2026-12-04-stream.md). A 96 MB heap now admits a third of itself at 600 bytes an observation
     * (about 56,000; {@link HarvestLimits#MAX_OBSERVATIONS}): a version of exactly that many is harvested in it, and
     * one more is refused before the checks fill the heap ({@link #versionWithMoreObservationsThanTheLimitIsRefused}).
     */
    @Test
    @DisplayName("the largest version a 96 MB heap admits is harvested by a portal whose whole heap is 96 MB")
    void largeVersionIsHarvestedInABoundedHeap() throws IOException, InterruptedException {
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 1);
        String export = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(peer.url() + "api/datasets/mrc-alliance/wage-claims/graphs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Path template = Files.writeString(dir.resolve("template.nq"), export, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                // The serial collector, as the test JVMs use (pom.xml): G1 in a 96 MB heap marks concurrently almost
                // throughout (173 cycles in one run), about 11 s more CPU on the two cores the suite shares.
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                LargeVersionHarvest.class.getName(),
                dir.resolve("large").toString(),
                template.toString(),
                "cap"));
        Path log = dir.resolve("large.log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "the harvest ended");
        String out = Files.readString(log);
        assertEquals(
                0,
                p.exitValue(),
                () -> out.lines()
                        .filter(l -> l.contains("HARVESTED") || l.contains("OutOfMemory") || l.contains("ERROR"))
                        .toList()
                        .toString());
        assertTrue(out.contains("HARVESTED ok 1"), out::toString);
        int admitted = Integer.parseInt(out.lines()
                .filter(l -> l.startsWith("OBSERVATIONS "))
                .findFirst()
                .orElseThrow()
                .substring("OBSERVATIONS ".length()));
        assertTrue(admitted > 40_000, "a 96 MB heap admits a version of some size: " + admitted);
    }
}
