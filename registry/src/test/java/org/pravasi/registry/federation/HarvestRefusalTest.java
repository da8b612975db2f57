package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;

/**
 * What a portal refuses from a peer, and that a refusal changes nothing: the store keeps its last good copies, nothing
 * is announced, and the peer's status lists the refused dataset and why. Once the peer publishes a fixed change, the
 * next harvest catches up.
 */
class HarvestRefusalTest {
    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    private static final String INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>";

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    TamperingPeer peer;
    String realUrl;
    Federation federation;
    final List<ChangeEvent> announced = new CopyOnWriteArrayList<>();
    /** How far the portal's clock is ahead: moved on past a refusal's back-off. */
    final AtomicReference<Duration> skew = new AtomicReference<>(Duration.ZERO);

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        realUrl = Nodes.serve(vertx, source);
        peer = new TamperingPeer(vertx, realUrl, Nodes.BASE_A);
    }

    private void startPortal(List<String> peers) {
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, peers, "local-org");
        portal.bus().subscribe(announced::add);
        federation = Federation.create(
                portal,
                HarvestLimits.DEFAULTS,
                ReadersFirst.create(),
                () -> Instant.now().plus(skew.get()));
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

    /** Harvests one good dataset, then publishes a second at the source and harvests it through {@code tamper}. */
    private PeerStatus refusedAfterOneGoodHarvest(UnaryOperator<String> tamper) {
        startPortal(List.of(peer.url() + " " + Nodes.BASE_A));
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PeerStatus good = federation.harvestNow(peer.url());
        assertEquals("ok", good.status(), good.lastError());
        long quads = Nodes.quads(portal);
        int events = announced.size();

        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 2);
        peer.tamper.set(tamper);
        PeerStatus refused = federation.harvestNow(peer.url());

        assertEquals("partial", refused.status(), refused.lastError());
        assertEquals(quads, Nodes.quads(portal), "nothing stored changed");
        assertEquals(events, announced.size(), "nothing announced");
        assertEquals(1, refused.datasets());
        assertEquals(
                List.of("mrc-alliance/wage-claims"),
                refused.refused().stream().map(DatasetRefusal::identifier).toList());
        return refused;
    }

    /** What the operator's log says of the refusal: the detail, which the public status leaves out. */
    private String reason(PeerStatus s) {
        return log.detail(s.refused().getFirst().identifier());
    }

    @Test
    @DisplayName("statements about a subject outside the peer's declared base are refused")
    void refusesSubjectsOutsideTheBase() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq
                + "<https://w3id.org/pravasi/id/district/201> <http://www.w3.org/2000/01/rdf-schema#label> \"Renamed\" <"
                + Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims> .\n");
        assertTrue(reason(s).contains("outside the peer's declared base"), reason(s));
    }

    @Test
    @DisplayName("a refusal, shown on the public peers page, never repeats personal data the peer put in an IRI")
    void refusalsDoNotRepeatPersonalData() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq
                + "<https://elsewhere.example.org/worker/ramesh-9876543210> <http://www.w3.org/2000/01/rdf-schema#label>"
                + " \"Renamed\" <" + Nodes.BASE_A + "id/dataset/mrc-alliance/wage-claims> .\n");
        assertTrue(reason(s).contains("outside the peer's declared base"), reason(s));
        assertFalse(reason(s).replaceAll("[^0-9]", "").contains("9876543210"), reason(s));
    }

    @Test
    @DisplayName("a table on a dimension of the peer's own is refused: no code list says what its totals are")
    void refusesADimensionTheVocabularyDoesNotDefine() {
        // A "place" dimension could hold a state beside its districts: the state minus the published districts gives
        // the withheld ones, and no check knows the state is their total.
        String refArea = "http://purl.org/linked-data/sdmx/2009/dimension#refArea";
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq.replace(refArea, Nodes.BASE_A + "def#place"));
        assertTrue(reason(s).contains("not dimensions or measures of this registry's vocabulary"), reason(s));
        assertTrue(reason(s).contains(Nodes.BASE_A + "def#place"), reason(s));
    }

    @Test
    @DisplayName("a title longer than any list can show is refused")
    void refusesATitleOfMegabytes() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq.replace("Wage claims", "Wage claims ".repeat(50)));
        assertTrue(reason(s).contains("a text is too long"), reason(s));
        assertTrue(reason(s).contains("at most 500 are accepted for a name, title, label or keyword"), reason(s));
    }

    @Test
    @DisplayName("N-Quads that do not parse are refused whole")
    void refusesMalformedRdf() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq + "<https://node-a.example.org/pravasi/x> <broken\n");
        assertTrue(reason(s).contains("not valid N-Quads"), reason(s));
    }

    @Test
    @DisplayName("a published count between 1 and k-1 is refused")
    void refusesSmallCounts() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq.replace("\"40\"" + INTEGER, "\"3\"" + INTEGER));
        assertTrue(reason(s).contains("below this portal's disclosure threshold 10"), reason(s));
    }

    @Test
    @DisplayName("a version that breaks the Data Cube shapes is refused")
    void refusesShapeViolations() {
        PeerStatus s = refusedAfterOneGoodHarvest(nq -> nq.replace("\"quarter\"", "\"fortnight\""));
        assertTrue(reason(s).contains("Data Cube shapes"), reason(s));
        assertTrue(reason(s).contains("pv:granularity"), reason(s));
    }

    @Test
    @DisplayName(
            "a refused dataset is fetched again once the peer publishes a newer change of it and the back-off ends, and then arrives")
    void refusedDatasetArrivesWithTheNextChange() {
        refusedAfterOneGoodHarvest(nq -> nq + "<broken\n");
        peer.tamper.set(UnaryOperator.identity());
        Nodes.publish(source, "mrc-alliance", "wage-claims", "Wage claims", 3);
        skew.set(Duration.ofMinutes(1));

        PeerStatus fixed = federation.harvestNow(peer.url());

        assertEquals("ok", fixed.status(), fixed.lastError());
        assertEquals(2, fixed.datasets());
        assertEquals(List.of(), fixed.refused());
    }

    @Test
    @DisplayName("a peer that declares another peer's base cannot overwrite that peer's datasets")
    void peerCannotClaimAnotherPeersBase() {
        startPortal(List.of(realUrl + " " + Nodes.BASE_A, peer.url() + " " + Nodes.BASE_A));
        PublishOutcome o = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PeerStatus real = federation.harvestNow(realUrl);
        assertEquals("ok", real.status(), () -> real.lastError() + " " + real.refused());
        long quads = Nodes.quads(portal);
        peer.tamper.set(nq -> nq.replace("Legal aid cases", "Forged title"));

        PeerStatus impostor = federation.harvestNow(peer.url());

        assertEquals("failing", impostor.status());
        assertTrue(impostor.lastError().contains("overlaps peer " + realUrl), impostor.lastError());
        assertEquals(quads, Nodes.quads(portal));
        assertTrue(Nodes.hasGraph(portal, o.dataset()));
    }

    @Test
    @DisplayName("a peer may not claim the portal's own namespace or the vocabulary's")
    void peerCannotClaimThePortalsNamespace() {
        peer.declaredBase.set(PORTAL_BASE);
        startPortal(List.of(peer.url() + " " + Nodes.BASE_A));
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        long quads = Nodes.quads(portal);

        PeerStatus s = federation.harvestNow(peer.url());

        assertTrue(s.lastError().contains("this portal's namespace"), s.lastError());
        assertEquals(quads, Nodes.quads(portal));
        peer.declaredBase.set("https://w3id.org/pravasi/");
        assertTrue(federation.harvestNow(peer.url()).lastError().contains("vocabulary's"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Ask Ramesh Kumar on 9876543210.", "In March 2024, 3 women from Barsoi block were trafficked."})
    @DisplayName(
            "a tombstone whose reason holds personal data is not copied; the observations go and the portal's record stays, withdrawn")
    void personalDataInATombstoneIsNotCopied(String reason) {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        peer.tamper.set(nq -> nq.replace("Two quarters were counted twice.", reason));

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(Nodes.hasGraph(portal, v1.version()), "the observations go");
        org.apache.jena.graph.Node ds = org.apache.jena.graph.NodeFactory.createURI(v1.dataset());
        assertTrue(withdrawnHere(ds), "the tombstone");
        assertFalse(
                storedAny(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains(reason)),
                "no personal data copied");
    }

    @Test
    @DisplayName(
            "a withdrawn dataset's record longer than any record is not read; the observations go and the portal's record stays, withdrawn")
    void anOversizedTombstoneIsNotRead() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        // 2 MiB of statements in the record graph about resources under the peer's base: once parsed whole into
        // memory (up to 256 MiB per withdrawal) and kept in the portal's store as the tombstone.
        StringBuilder padding = new StringBuilder();
        for (int i = 0; padding.length() < 2 * 1024 * 1024; i++) {
            padding.append('<')
                    .append(Nodes.BASE_A)
                    .append("padding/")
                    .append(i)
                    .append("> <http://example.org/p> \"x\" <")
                    .append(v1.dataset())
                    .append("> .\n");
        }
        peer.tamper.set(nq -> nq + padding);

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(Nodes.hasGraph(portal, v1.version()), "the observations go");
        org.apache.jena.graph.Node ds = org.apache.jena.graph.NodeFactory.createURI(v1.dataset());
        assertTrue(withdrawnHere(ds), "the portal's own record, withdrawn");
        assertFalse(
                portal.store()
                        .read(() -> portal.store()
                                .dataset()
                                .contains(
                                        org.apache.jena.graph.Node.ANY,
                                        org.apache.jena.graph.NodeFactory.createURI(Nodes.BASE_A + "padding/0"),
                                        org.apache.jena.graph.Node.ANY,
                                        org.apache.jena.graph.Node.ANY)),
                "nothing of the oversized record kept");
    }

    @Test
    @DisplayName("a tombstone's links to this portal's own organisation and versions are not kept")
    void aTombstoneLinksToNothingOfThisPortal() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        // Claims this portal's organisation as its publisher, and a version of this portal's own: the portal's checks
        // of that organisation's tables would read the archived version as the peer's.
        String ours = "<" + PORTAL_BASE + "id/org/local-org>";
        String version = "<" + PORTAL_BASE + "id/dataset/local-org/cases/v1>";
        String graph = "<" + v1.dataset() + ">";
        peer.tamper.set(nq -> nq + graph + " <http://purl.org/dc/terms/publisher> " + ours + " " + graph + " .\n"
                + graph + " <http://www.w3.org/ns/dcat#hasVersion> " + version + " " + graph + " .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(
                storedAny(q -> q.getObject().isURI()
                        && q.getObject().getURI().startsWith(PORTAL_BASE + "id/")
                        && q.getSubject().getURI().startsWith(Nodes.BASE_A)),
                "nothing of the peer's points at this portal's own resources");
    }

    @Test
    @DisplayName("a tombstone that states a time no clock can show is not kept")
    void aTombstoneFromTheYear9999IsNotKept() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        // The harvest writes the feed's time as the record's dct:modified; any other time the tombstone states would
        // still reach every reader that takes the latest dct:modified in the store (the search index's fingerprint).
        String graph = "<" + v1.dataset() + ">";
        String activity = "<" + Nodes.BASE_A + "id/activity/from-the-future>";
        peer.tamper.set(nq -> nq + activity + " <http://purl.org/dc/terms/modified> "
                + "\"9999-12-31T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> " + graph + " .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        org.apache.jena.graph.Node ds = org.apache.jena.graph.NodeFactory.createURI(v1.dataset());
        assertTrue(withdrawnHere(ds), "the portal's own record, withdrawn");
        assertFalse(
                storedAny(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().startsWith("9999")),
                "no time from the year 9999 kept");
        assertFalse(
                storedAny(q -> q.getPredicate().equals(org.pravasi.ontology.PV.tableSha256.asNode())),
                "no hash of the withdrawn table kept either");
    }

    /** Whether the portal's store holds a statement that {@code match} accepts. */
    @Test
    @DisplayName("a peer's hash of a version it replaced is not kept")
    void aReplacedVersionsTableHashFromAPeerIsNotKept() {
        // Only a current version's table hash is public (docs/disclosure.md): with a replaced version's hash and the
        // current table, small changes to each count can be tried until the hash matches.
        startPortal(List.of(peer.url() + " " + Nodes.BASE_A));
        PublishOutcome v1 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 2);
        org.apache.jena.graph.Node hash = org.pravasi.ontology.PV.tableSha256.asNode();
        peer.tamper.set(nq -> nq + "<" + v1.version() + "> <" + hash.getURI() + "> \"" + "0".repeat(64) + "\" <"
                + v1.dataset() + "> .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), () -> s.lastError() + " " + s.refused());
        assertFalse(
                storedAny(q ->
                        q.getPredicate().equals(hash) && q.getSubject().getURI().equals(v1.version())),
                "no hash of the replaced version");
        assertTrue(storedAny(q -> q.getPredicate().equals(hash)), "the current version's hash is kept");
    }

    private boolean storedAny(java.util.function.Predicate<org.apache.jena.sparql.core.Quad> match) {
        return portal.store()
                .read(() -> org.apache.jena.atlas.iterator.Iter.asStream(
                                portal.store().dataset().find())
                        .anyMatch(match));
    }

    /** A dataset published at the source, harvested here, then withdrawn at the source (not yet harvested again). */
    private PublishOutcome harvestedThenWithdrawnAtTheSource() {
        startPortal(List.of(peer.url() + " " + Nodes.BASE_A));
        PublishOutcome v1 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PeerStatus first = federation.harvestNow(peer.url());
        assertEquals("ok", first.status(), () -> first.lastError() + " " + first.refused());
        assertTrue(source.publisher()
                .withdraw("mrc-alliance", "legal-aid", "Two quarters were counted twice.")
                .withdrawn());
        return v1;
    }

    /** Whether the portal's record of {@code ds} says it is withdrawn. */
    private boolean withdrawnHere(org.apache.jena.graph.Node ds) {
        return portal.store()
                .read(() -> portal.store()
                        .dataset()
                        .contains(
                                ds,
                                ds,
                                org.pravasi.ontology.PV.withdrawn.asNode(),
                                org.apache.jena.graph.NodeFactory.createLiteralDT(
                                        "true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
    }
}
