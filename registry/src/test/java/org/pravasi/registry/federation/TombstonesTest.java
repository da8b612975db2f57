package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.DatasetVersion;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;

/**
 * What a portal keeps of a peer's record of a dataset the peer withdrew: the withdrawal (flag, reason, time, the
 * version it invalidated) on its own checked copy of the record, and nothing else the peer states there. A tombstone is
 * public (SPARQL, the dump, the 410 answer) but is not a bundle, so none of the bundle checks ran on it.
 */
class TombstonesTest {
    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    private static final String REASON = "Two quarters were counted twice.";
    /** The SHA-256 of a raw upload: with it, anyone can try every table the published totals allow. */
    private static final String UPLOAD_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final String INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>";
    private static final Pattern ACTIVITY =
            Pattern.compile("<" + Pattern.quote(PROV.wasInvalidatedBy.getURI()) + "> <([^>]+)>");

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
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(peer.url() + " " + Nodes.BASE_A), "local-org");
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
            "a tombstone keeps the withdrawal and none of the counts, digests or other statements the peer adds to it")
    void keepsTheWithdrawalAndNothingElseThePeerStates() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        String ds = "<" + v1.dataset() + ">";
        String version = "<" + v1.version() + ">";
        String obs = "<" + v1.version() + "/obs/7>";
        String term = "<" + Nodes.BASE_A + "def#trafficking>";
        peer.tamper.set(nq -> nq
                // The raw upload's hash on the withdrawn version: every withheld cell, by trying the few thousand
                // tables the published totals allow.
                + version + " <" + PV.sourceSha256.getURI() + "> \"" + UPLOAD_HASH + "\" " + ds + " .\n"
                // A withheld cell outright, with its label.
                + obs + " <" + PV.cases.getURI() + "> \"3\"" + INTEGER + " " + ds + " .\n"
                + obs + " <" + RDFS.label.getURI() + "> \"Katihar female 2024-Q1\" " + ds + " .\n"
                // A term of the peer's own vocabulary holding a count.
                + term + " <" + RDFS.label.getURI() + "> \"3\" " + ds + " .\n"
                // Properties no withdrawal writes, on the dataset and on the withdrawal activity.
                + ds + " <" + PV.cases.getURI() + "> \"3\"" + INTEGER + " " + ds + " .\n"
                + ds + " <" + RDFS.comment.getURI() + "> \"Katihar female 2024-Q1\" " + ds + " .\n"
                + ds + " <" + PV.sourceSha256.getURI() + "> \"" + UPLOAD_HASH + "\" " + ds + " .\n"
                + "<" + activity(nq) + "> <" + RDFS.label.getURI() + "> \"Katihar female 2024-Q1\" " + ds + " .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(
                storedAny(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains(UPLOAD_HASH)),
                "no raw-upload hash");
        assertFalse(
                storedAny(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains("Katihar female")),
                "no label of a withheld cell");
        assertFalse(
                storedAny(q -> q.getSubject().getURI() != null
                        && (q.getSubject().getURI().startsWith(v1.version() + "/obs/")
                                || q.getSubject().getURI().startsWith(Nodes.BASE_A + "def#"))),
                "nothing about an observation or a term of the peer's");
        assertFalse(storedAny(q -> q.getPredicate().equals(PV.cases.asNode())), "no count");
        assertWithdrawnWithItsReason(v1);
    }

    @Test
    @DisplayName(
            "an honest peer's withdrawal shows here as the node's own does: title, date, reason, version invalidated")
    void anHonestWithdrawalShowsAsTheNodesOwn() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertWithdrawnWithItsReason(v1);
        CatalogView view = CatalogView.over(portal.store(), portal.uris());
        DatasetRecord r = view.record(v1.dataset()).orElseThrow();
        assertEquals(Nodes.BASE_A + "id/org/mrc-alliance", r.publisher());
        assertFalse(r.modified().isEmpty(), "the withdrawal's date");
        assertEquals("Legal aid cases", view.labels("en").label(NodeFactory.createURI(v1.dataset())));
        DatasetVersion last = view.versions(v1.dataset()).getFirst();
        assertEquals(v1.version(), last.ref().uri());
        assertTrue(last.invalidated(), "the withdrawn version is marked so");
        assertFalse(storedAny(q -> q.getPredicate().equals(PV.tableSha256.asNode())), "no table hash");
    }

    @Test
    @DisplayName("a withdrawal reason that is nothing but a small count is not kept")
    void aReasonThatIsACountIsNotKept() {
        assertReasonNotKept("3");
    }

    @Test
    @DisplayName("a withdrawal reason carrying a digest is not kept")
    void aReasonCarryingADigestIsNotKept() {
        assertReasonNotKept("Recounted; the upload was " + UPLOAD_HASH + ".");
    }

    @Test
    @DisplayName("a withdrawal reason longer than any text a peer may send is not kept")
    void aReasonLongerThanAnyTextIsNotKept() {
        assertReasonNotKept("Counted twice. ".repeat(2_000));
    }

    @Test
    @DisplayName("a withdrawal stating two reasons keeps neither: which one readers saw would be the store's order")
    void aWithdrawalWithTwoReasonsKeepsNeither() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        peer.tamper.set(nq -> nq + "<" + activity(nq) + "> <" + DCTerms.description.getURI()
                + "> \"Nothing was wrong.\" <" + v1.dataset() + "> .\n");

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertTrue(withdrawnHere(v1), "the withdrawal");
        assertEquals(
                "",
                CatalogView.over(portal.store(), portal.uris())
                        .withdrawalReason(v1.dataset())
                        .orElse(""),
                "no reason shown");
        assertFalse(storedAny(q -> q.getObject().isLiteral()
                && List.of(REASON, "Nothing was wrong.").contains(q.getObject().getLiteralLexicalForm())));
    }

    @Test
    @DisplayName("a withdrawal said to be another organisation's than the dataset's publisher names no agent here")
    void aWithdrawalByAnotherAgentNamesNone() {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        String agent = "<" + PROV.wasAssociatedWith.getURI() + "> ";
        String other = Nodes.BASE_A + "id/org/someone-else";
        peer.tamper.set(
                nq -> nq.replace(agent + "<" + Nodes.BASE_A + "id/org/mrc-alliance>", agent + "<" + other + ">"));

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(
                storedAny(q -> q.getObject().isURI() && q.getObject().getURI().equals(other)), "no other agent");
        assertWithdrawnWithItsReason(v1);
    }

    private void assertReasonNotKept(String reason) {
        PublishOutcome v1 = harvestedThenWithdrawnAtTheSource();
        peer.tamper.set(nq -> nq.replace(REASON, reason));

        PeerStatus s = federation.harvestNow(peer.url());

        assertEquals("ok", s.status(), s.lastError());
        assertFalse(Nodes.hasGraph(portal, v1.version()), "the observations go");
        assertTrue(withdrawnHere(v1), "the portal's own copy of the record, withdrawn");
        assertFalse(
                storedAny(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().equals(reason)),
                "the reason is not kept");
        assertEquals(
                Optional.empty(),
                CatalogView.over(portal.store(), portal.uris()).withdrawalReason(v1.dataset()));
    }

    private void assertWithdrawnWithItsReason(PublishOutcome v1) {
        assertFalse(Nodes.hasGraph(portal, v1.version()), "the observations go");
        assertTrue(withdrawnHere(v1), "the withdrawn flag");
        CatalogView view = CatalogView.over(portal.store(), portal.uris());
        assertTrue(view.record(v1.dataset()).map(DatasetRecord::isTombstone).orElse(false), "shown as withdrawn");
        assertEquals(Optional.of(REASON), view.withdrawalReason(v1.dataset()));
        assertEquals(Optional.empty(), view.currentCube(v1.dataset()));
    }

    /** A dataset published at the source, harvested here, then withdrawn at the source (not yet harvested again). */
    private PublishOutcome harvestedThenWithdrawnAtTheSource() {
        PublishOutcome v1 = Nodes.publish(source, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PeerStatus first = federation.harvestNow(peer.url());
        assertEquals("ok", first.status(), () -> first.lastError() + " " + first.refused());
        assertTrue(
                source.publisher().withdraw("mrc-alliance", "legal-aid", REASON).withdrawn());
        return v1;
    }

    /** The withdrawal activity a withdrawn record's N-Quads name. */
    private static String activity(String nq) {
        Matcher m = ACTIVITY.matcher(nq);
        assertTrue(m.find(), "the record names its withdrawal");
        return m.group(1);
    }

    private boolean withdrawnHere(PublishOutcome v1) {
        Node ds = NodeFactory.createURI(v1.dataset());
        return portal.store()
                .read(() -> portal.store().dataset().contains(ds, ds, PV.withdrawn.asNode(), HarvestWriter.TRUE));
    }

    /** Whether the portal's store holds a statement that {@code match} accepts. */
    private boolean storedAny(Predicate<Quad> match) {
        return portal.store()
                .read(() -> Iter.asStream(portal.store().dataset().find()).anyMatch(match));
    }
}
