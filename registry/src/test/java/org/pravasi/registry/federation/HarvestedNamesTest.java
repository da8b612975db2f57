package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;

/**
 * A peer's organisation cannot take a name held here: not a local organisation's, not one another peer's organisation
 * holds, not a look-alike of either. The refusal names the clash, and nothing stored changes; an organisation harvested
 * again under its own name, or named in Hindi as a local one is in English, passes.
 */
class HarvestedNamesTest {
    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";

    /** The operator's log, which alone holds the detail of each refusal. */
    private final RefusalLog log = RefusalLog.open();

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode a;
    RegistryNode b;
    RegistryNode portal;
    TamperingPeer peerA;
    String peerB;
    Federation federation;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        a = Nodes.start(dir.resolve("a"), Nodes.BASE_A, List.of(), "mrc-alliance");
        peerA = new TamperingPeer(vertx, Nodes.serve(vertx, a), Nodes.BASE_A);
        b = Nodes.start(dir.resolve("b"), Nodes.BASE_B, List.of(), "b-trust");
        peerB = Nodes.serve(vertx, b);
        portal = Nodes.start(
                dir.resolve("portal"),
                PORTAL_BASE,
                List.of(peerA.url() + " " + Nodes.BASE_A, peerB + " " + Nodes.BASE_B),
                "jan-sahas");
        portal.organisations().upsert(Organisation.named("jan-sahas", "Jan Sahas"));
        federation = Federation.create(portal);
    }

    @AfterEach
    void stop() {
        log.close();
        federation.close();
        vertx.close().await();
        a.close();
        b.close();
        portal.close();
    }

    /**
     * Harvests {@code peer}, asserts that only {@code identifier} was refused, publicly for its publisher's name, and
     * that nothing stored changed; returns the detail, which only the operator's log holds.
     */
    private String refused(String peer, String identifier) {
        long quads = Nodes.quads(portal);
        PeerStatus s = federation.harvestNow(peer);
        assertEquals(quads, Nodes.quads(portal), "nothing stored changed");
        assertEquals(
                List.of(identifier),
                s.refused().stream().map(DatasetRefusal::identifier).toList(),
                s::toString);
        assertEquals(List.of("publisher-name"), s.refused().getFirst().rules(), s::toString);
        return log.detail(identifier);
    }

    @Test
    @DisplayName("a peer's organisation named as a local one, whatever its case and spacing, is refused")
    void refusesALocalOrganisationsName() {
        a.organisations().upsert(Organisation.named("mrc-alliance", "JAN  SAHAS"));
        Nodes.publish(a, "mrc-alliance", "legal-aid", "Legal aid cases", 1);

        String reason = refused(peerA.url(), "mrc-alliance/legal-aid");

        assertTrue(
                reason.contains("organisation <" + Nodes.BASE_A + "id/org/mrc-alliance> is refused: The name"
                        + " 'JAN  SAHAS' reads as 'Jan Sahas', the name of organisation 'jan-sahas' of this portal"),
                reason);
        assertTrue(reason.contains("the peer must rename it"), reason);
    }

    @Test
    @DisplayName("a hostile peer's Cyrillic look-alike of a local organisation's name is refused")
    void refusesALookAlikeAHostilePeerSends() {
        a.organisations().upsert(Organisation.named("mrc-alliance", "Jan Sahaz"));
        Nodes.publish(a, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        peerA.tamper.set(nq -> nq.replace("\"Jan Sahaz\"", "\"J\u0430n Sahas\""));

        long quads = Nodes.quads(portal);
        PeerStatus s = federation.harvestNow(peerA.url());

        // The personal-data screen refuses a word of mixed scripts (review 41) before the names are compared.
        assertEquals(quads, Nodes.quads(portal), "nothing stored changed");
        assertEquals(
                List.of("mrc-alliance/legal-aid"),
                s.refused().stream().map(DatasetRefusal::identifier).toList(),
                s::toString);
        assertEquals(List.of("content"), s.refused().getFirst().rules(), s::toString);
        String reason = log.detail("mrc-alliance/legal-aid");
        assertTrue(reason.contains("look-alike letters of another script"), reason);
    }

    @Test
    @DisplayName("a peer's organisation may not take a name another peer's holds; each keeps its own on re-harvest")
    void refusesANameAnotherPeerHolds() {
        a.organisations().upsert(Organisation.named("mrc-alliance", "Prayas Centre"));
        Nodes.publish(a, "mrc-alliance", "legal-aid", "Legal aid cases", 1);
        PeerStatus first = federation.harvestNow(peerA.url());
        assertEquals("ok", first.status(), first.lastError());

        b.organisations().upsert(Organisation.named("b-trust", "Prayas  centre"));
        Nodes.publish(b, "b-trust", "wage-claims", "Wage claims", 1);
        String reason = refused(peerB, "b-trust/wage-claims");
        assertTrue(reason.contains("harvested from " + peerA.url()), reason);

        Nodes.publish(a, "mrc-alliance", "wage-claims", "Wage claims", 2);
        PeerStatus again = federation.harvestNow(peerA.url());
        assertEquals("ok", again.status(), again.lastError());
        assertEquals(2, again.datasets());
    }

    @Test
    @DisplayName("a peer's organisation named in Hindi as a local one is named in English passes")
    void passesAHindiNameBesideALocalEnglishOne() {
        a.organisations().upsert(Organisation.named("mrc-alliance", "जन साहस"));
        Nodes.publish(a, "mrc-alliance", "legal-aid", "Legal aid cases", 1);

        PeerStatus s = federation.harvestNow(peerA.url());

        assertEquals("ok", s.status(), s.lastError());
        assertEquals(1, s.datasets());
    }
}
