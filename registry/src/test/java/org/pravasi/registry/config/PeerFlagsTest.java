package org.pravasi.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peers are configured with the base each must declare, from flags, the environment or a peers file. */
class PeerFlagsTest {
    private static final String A = "http://node-a.example.org:8080/ https://data.node-a.example.org/pravasi/";
    private static final String B = "http://node-b.example.org:8080/=https://data.node-b.example.org/pravasi/";

    @TempDir
    Path dir;

    @Test
    @DisplayName("--peer is repeatable, each 'URL BASE' or URL=BASE")
    void peerFlags() {
        NodeConfig c = new ConfigReader(Map.of()).read(List.of("--peer", A, "--peer", B));

        assertEquals(List.of(A, B), c.peers());
    }

    @Test
    @DisplayName("PRAVASI_PEER holds comma-separated peers, each with its base")
    void peerVariable() {
        NodeConfig c = new ConfigReader(Map.of("PRAVASI_PEER", A + ", " + B)).read(List.of());

        assertEquals(List.of(A, B), c.peers());
    }

    @Test
    @DisplayName("a peers file holds one 'URL BASE' a line; blank lines and comments are skipped")
    void peersFile() throws Exception {
        Path file = dir.resolve("peers.txt");
        Files.writeString(file, "# partner nodes\n" + A + "\n\n  " + B + "  \n");

        NodeConfig c =
                new ConfigReader(Map.of()).read(List.of("--peers-file", file.toString(), "--data", dir.toString()));

        assertEquals(List.of(A, B), c.peers());
    }
}
