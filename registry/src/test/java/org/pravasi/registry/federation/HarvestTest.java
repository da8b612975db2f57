package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PV;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;

/** A portal node harvesting one real peer node over HTTP: new, replaced and withdrawn datasets, with provenance. */
class HarvestTest {
    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    Federation federation;
    String peerUrl;
    final List<ChangeEvent> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        source = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peerUrl = Nodes.serve(vertx, source);
        portal = Nodes.start(
                dir.resolve("portal"),
                "https://portal.example.org/pravasi/",
                List.of(peerUrl + " " + Nodes.BASE_A),
                "local-org");
        portal.bus().subscribe(announced::add);
        federation = Federation.create(portal);
    }

    @AfterEach
    void stop() {
        federation.close();
        vertx.close().await();
        source.close();
        portal.close();
    }

    @Test
    @DisplayName(
            "a dataset published at the peer is copied with its graphs, its source node and harvest time, and announced")
    void copiesAPublishedDatasetWithProvenance() {
        PublishOutcome o = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);

        PeerStatus status = federation.harvestNow(peerUrl);

        assertEquals("ok", status.status(), status.lastError());
        assertEquals(1, status.datasets());
        assertEquals(Nodes.BASE_A, status.base());
        long sourceObs = source.store()
                .read(() -> org.apache.jena.atlas.iterator.Iter.count(source.store()
                        .dataset()
                        .find(
                                NodeFactory.createURI(o.version()),
                                org.apache.jena.graph.Node.ANY,
                                org.apache.jena.graph.Node.ANY,
                                org.apache.jena.graph.Node.ANY)));
        long copiedObs = portal.store()
                .read(() -> org.apache.jena.atlas.iterator.Iter.count(portal.store()
                        .dataset()
                        .find(
                                NodeFactory.createURI(o.version()),
                                org.apache.jena.graph.Node.ANY,
                                org.apache.jena.graph.Node.ANY,
                                org.apache.jena.graph.Node.ANY)));
        assertEquals(sourceObs + 3, copiedObs, "the version graph plus three provenance statements");
        var ds = NodeFactory.createURI(o.dataset());
        assertTrue(portal.store()
                .read(() -> portal.store()
                        .dataset()
                        .contains(ds, ds, PV.sourceNode.asNode(), NodeFactory.createURI(peerUrl))));
        assertTrue(portal.store()
                .read(() -> portal.store()
                        .dataset()
                        .contains(ds, ds, HarvestWriter.GENERATED_AT_TIME, org.apache.jena.graph.Node.ANY)));
        assertTrue(announced.stream()
                .anyMatch(e -> e.kind() == ChangeEvent.Kind.HARVESTED && e.uri().equals(o.dataset())));
    }

    @Test
    @DisplayName("a second harvest with nothing new changes nothing and announces nothing")
    void harvestsIncrementally() {
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        federation.harvestNow(peerUrl);
        long quads = Nodes.quads(portal);
        int events = announced.size();

        PeerStatus again = federation.harvestNow(peerUrl);

        assertEquals("ok", again.status());
        assertEquals(quads, Nodes.quads(portal));
        assertEquals(events, announced.size());
    }

    @Test
    @DisplayName("a replacement at the peer replaces the copy; a withdrawal removes its observations")
    void replacementAndWithdrawalPropagate() {
        PublishOutcome v1 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        federation.harvestNow(peerUrl);
        PublishOutcome v2 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 2);

        federation.harvestNow(peerUrl);

        assertFalse(Nodes.hasGraph(portal, v1.version()), "the replaced version leaves the portal");
        assertTrue(Nodes.hasGraph(portal, v2.version()));

        assertTrue(source.publisher()
                .withdraw("mrc-alliance", "legal-aid", "Counted twice.")
                .withdrawn());
        PeerStatus status = federation.harvestNow(peerUrl);

        assertEquals(0, status.datasets(), "a tombstone is not a dataset held");
        assertFalse(Nodes.hasGraph(portal, v2.version()));
    }

    @Test
    @DisplayName(
            "a withdrawal at the peer drops every copied observation and keeps only the tombstone, with the reason")
    void withdrawalKeepsOnlyTheTombstone() throws Exception {
        PublishOutcome v1 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        federation.harvestNow(peerUrl);
        assertTrue(Nodes.hasGraph(portal, v1.version()));
        assertTrue(source.publisher()
                .withdraw("mrc-alliance", "legal-aid", "Two quarters were counted twice.")
                .withdrawn());

        String graphs = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(peerUrl + "api/datasets/mrc-alliance/legal-aid/graphs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertFalse(graphs.contains(v1.version() + "/obs/"), "the source hands out no withdrawn observation");
        assertFalse(
                graphs.contains("<" + org.pravasi.ontology.QB.dataSet.getURI() + ">"),
                "the source hands out no withdrawn observation");
        federation.harvestNow(peerUrl);

        assertFalse(Nodes.hasGraph(portal, v1.version()));
        assertEquals(
                0L,
                portal.store()
                        .read(() -> org.apache.jena.atlas.iterator.Iter.count(portal.store()
                                .dataset()
                                .find(
                                        org.apache.jena.graph.Node.ANY,
                                        org.apache.jena.graph.Node.ANY,
                                        org.pravasi.ontology.QB.dataSet.asNode(),
                                        org.apache.jena.graph.Node.ANY))),
                "no observation of the withdrawn dataset is left");
        var ds = NodeFactory.createURI(v1.dataset());
        assertTrue(
                portal.store()
                        .read(() -> portal.store()
                                .dataset()
                                .contains(
                                        ds,
                                        ds,
                                        PV.withdrawn.asNode(),
                                        NodeFactory.createLiteralDT(
                                                "true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))),
                "the tombstone");
        assertTrue(
                portal.store()
                        .read(() -> portal.store()
                                .dataset()
                                .contains(
                                        ds,
                                        org.apache.jena.graph.Node.ANY,
                                        org.apache.jena.graph.Node.ANY,
                                        NodeFactory.createLiteralString("Two quarters were counted twice."))),
                "the reason");
        assertEquals(0, federation.harvestNow(peerUrl).datasets(), "a second harvest leaves the tombstone as it is");
        assertTrue(Nodes.hasGraph(portal, v1.dataset()));
    }

    @Test
    @DisplayName(
            "a peer that cannot be reached is marked failing and retried with growing back-off; the store is untouched")
    void unreachablePeerIsFailingWithBackoff() {
        Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        federation.harvestNow(peerUrl);
        long quads = Nodes.quads(portal);
        vertx.close().await();

        PeerStatus first = federation.harvestNow(peerUrl);
        PeerStatus second = federation.harvestNow(peerUrl);

        assertEquals("failing", second.status());
        assertTrue(second.lastError().contains("cannot be reached"), second.lastError());
        assertEquals(2, second.failures());
        assertEquals(1, second.datasets(), "the last good copy stays");
        assertEquals(quads, Nodes.quads(portal));
        assertTrue(first.lastSuccess().equals(second.lastSuccess()));
        assertEquals(java.time.Duration.ofSeconds(2), federation.backoff(2));
        assertEquals(Federation.MAX_BACKOFF, federation.backoff(40));
        vertx = Vertx.vertx();
    }
}
