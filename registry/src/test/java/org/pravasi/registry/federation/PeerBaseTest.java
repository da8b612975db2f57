package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.node.RegistryNode;

/**
 * Who may claim what (issue 18, point 9: a node declaring {@code https://w3id.org/pravasi/official/} with an
 * organisation "ministry-of-labour" looked official): the operator names the base each peer publishes under, a peer
 * declaring another is refused, and nobody may publish in the project's namespace or this portal's, however the base is
 * spelled.
 */
class PeerBaseTest {
    private static final String PORTAL_BASE = "https://portal.example.org/pravasi/";
    private static final String OFFICIAL = "https://w3id.org/pravasi/official/";

    @TempDir
    Path dir;

    Vertx vertx;
    RegistryNode source;
    RegistryNode portal;
    Federation federation;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        if (federation != null) {
            federation.close();
        }
        vertx.close().await();
        if (source != null) {
            source.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    /**
     * A real node running with {@code --base-uri base}, with organisation ministry-of-labour and one dataset; its URL.
     */
    private String peerWithBase(String base) {
        source = Nodes.start(dir.resolve("a"), base, List.of(), "ministry-of-labour");
        Nodes.publish(source, "ministry-of-labour", "wage-claims", "Wage claims", 1);
        return Nodes.serve(vertx, source);
    }

    /** Harvests the peer at {@code url} configured as {@code spec}: refused, with nothing stored; its status. */
    private PeerStatus refused(String url, String spec) {
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(spec), "local-org");
        federation = Federation.create(portal);
        long quads = Nodes.quads(portal);
        PeerStatus s = federation.harvestNow(url);
        assertEquals(quads, Nodes.quads(portal), "nothing stored");
        assertEquals(0, s.datasets());
        assertEquals("failing", s.status());
        return s;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                OFFICIAL,
                "http://W3ID.org/pravasi/official/",
                "https://w3id.org:443/%70ravasi/official/",
                "https://w3id.org./pravasi/official/",
                "https://w3id.org/"
            })
    @DisplayName(
            "a node publishing anywhere in the project's namespace is refused, even when the operator configured it so")
    void projectNamespaceIsReservedWhole(String base) {
        String url = peerWithBase(base);

        PeerStatus s = refused(url, url + " " + base);

        assertTrue(s.lastError().contains("the project's namespace"), s.lastError());
    }

    @Test
    @DisplayName("a node publishing anywhere under this portal's own base is refused")
    void portalBaseIsReservedWhole() {
        String base = PORTAL_BASE + "catalogue/";
        String url = peerWithBase(base);

        PeerStatus s = refused(url, url + " " + base);

        assertTrue(s.lastError().contains("this portal's namespace"), s.lastError());
    }

    @Test
    @DisplayName("a peer declaring another base than the one configured for it is refused")
    void declaredBaseMustBeTheConfiguredOne() {
        String url = peerWithBase(Nodes.BASE_B);

        PeerStatus s = refused(url, url + " " + Nodes.BASE_A);

        assertTrue(
                s.lastError()
                        .contains("declares base <" + Nodes.BASE_B
                                + ">, but this portal is configured to harvest it under <" + Nodes.BASE_A + ">"),
                s.lastError());
    }

    @Test
    @DisplayName("a peer configured without a base is refused, with a message saying how to configure one")
    void peerWithoutConfiguredBaseIsRefused() {
        String url = peerWithBase(Nodes.BASE_A);

        PeerStatus s = refused(url, url);

        assertTrue(s.lastError().contains("no base URI is configured"), s.lastError());
        assertTrue(s.lastError().contains(url + " BASE' in --peers-file"), s.lastError());
    }

    @Test
    @DisplayName("a peer declaring the base configured for it is harvested")
    void configuredBaseIsHarvested() {
        String url = peerWithBase(Nodes.BASE_A);
        portal = Nodes.start(dir.resolve("portal"), PORTAL_BASE, List.of(url + " " + Nodes.BASE_A), "local-org");
        federation = Federation.create(portal);

        PeerStatus s = federation.harvestNow(url);

        assertEquals("ok", s.status(), s.lastError());
        assertEquals(1, s.datasets());
    }

    @Test
    @DisplayName("a configured peer reads as URL BASE or URL=BASE; a malformed base fails at start with the syntax")
    void peerSpecificationSyntax() {
        assertEquals(new Peer("http://n:8080/", Nodes.BASE_A), Peer.parse("http://n:8080  " + Nodes.BASE_A));
        assertEquals(new Peer("http://n:8080/", Nodes.BASE_A), Peer.parse("http://n:8080/=" + Nodes.BASE_A));
        assertEquals(new Peer("http://n:8080/", ""), Peer.parse("http://n:8080/"));
        ConfigException e =
                assertThrows(ConfigException.class, () -> Peer.parse("http://n:8080/ https://a.example.org/no-slash"));
        assertTrue(e.getMessage().contains("URL BASE"), e.getMessage());
    }
}
