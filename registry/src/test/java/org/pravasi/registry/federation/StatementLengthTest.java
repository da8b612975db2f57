package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The longest line a harvest reads from a peer's download. */
class StatementLengthTest {
    private static final Peer PEER = new Peer("http://127.0.0.1:9/");

    @Test
    @DisplayName("lines up to the longest pass through unchanged")
    void linesUpToTheLongestPass() throws IOException {
        String text = "a".repeat(16) + "\n" + "b".repeat(16) + "\n" + "c".repeat(16);

        try (InputStream in = StatementLength.capped(stream(text), PEER, "org/slug", 16)) {
            assertEquals(text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("a longer line stops the read, naming its line and the limit")
    void aLongerLineStopsTheRead() {
        String text = "short\n" + "x".repeat(17) + "\n";
        InputStream in = StatementLength.capped(stream(text), PEER, "org/slug", 16);

        HarvestException x = assertThrows(HarvestException.class, in::readAllBytes);

        assertTrue(x.getMessage().contains("org/slug with a statement longer than 16 bytes (line 2)"), x.getMessage());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
