package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The peers' harvest states file")
class PeerStatesTest {
    private static final Peer PEER = new Peer("http://127.0.0.1:1/");
    private static final String DATASET = "https://peer.example.org/pravasi/id/dataset/org/one";

    @TempDir
    Path data;

    private Path file() {
        return data.resolve("federation").resolve("peers.json");
    }

    @Test
    @DisplayName("a change is written at once and read back by the next run")
    void keepsAChangeAcrossRuns() {
        new PeerStates(data)
                .update(PEER, s -> s.advanced("https://peer.example.org/pravasi/", Optional.of(Instant.EPOCH)));

        PeerState read = new PeerStates(data).get(PEER);

        assertEquals("https://peer.example.org/pravasi/", read.base());
        assertEquals(Optional.of(Instant.EPOCH), read.cursorInstant());
    }

    @Test
    @DisplayName("a refusal stored by an earlier release, with the check's text naming cells, is read back as its rule")
    void aRefusalStoredWithItsDetailIsReadBackWithoutIt() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                [{"url": "http://127.0.0.1:1/", "base": "", "cursor": "", "lastAttempt": "", "lastSuccess": "",
                  "lastError": "", "failures": 0,
                  "refused": [{"dataset": "%s", "identifier": "org/one", "modified": "2026-12-07T00:00:00Z",
                    "reason": "withheld cell(s) (214, 2024), (203, 2024) add up to less than 10",
                    "refusedAt": "2026-12-07T00:00:00Z", "retryAfter": "2026-12-07T01:00:00Z"}]}]
                """.formatted(DATASET));

        DatasetRefusal read = new PeerStates(data).get(PEER).refused().getFirst();

        assertFalse(read.reason().contains("214") || read.reason().contains("less than"), read.reason());
        assertEquals(java.util.List.of("other"), read.rules());
        assertEquals("org/one", read.identifier());
        assertEquals("2026-12-07T01:00:00Z", read.retryAfter());
    }

    @Test
    @DisplayName("accepting a dataset that was never refused rewrites nothing; one that was refused is written")
    void rewritesOnlyWhatChanged() throws IOException {
        PeerStates states = new PeerStates(data);
        states.update(PEER, s -> s.advanced("https://peer.example.org/pravasi/", Optional.of(Instant.EPOCH)));
        FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file(), before);

        states.update(PEER, s -> s.accepting(DATASET));

        assertEquals(before, Files.getLastModifiedTime(file()), "nothing changed, nothing written");

        states.update(
                PEER,
                s -> s.refusing(new DatasetRefusal(
                        DATASET,
                        "org/one",
                        "2026-12-07T00:00:00Z",
                        "a reason",
                        "2026-12-07T00:00:00Z",
                        "2026-12-07T01:00:00Z")));
        assertTrue(Files.readString(file()).contains("a reason"));
        states.update(PEER, s -> s.accepting(DATASET));

        assertFalse(Files.readString(file()).contains("a reason"), "the refusal's end is written");
    }

    @Test
    @DisplayName(
            "texts a peer sent, kept whole by an earlier release, are read back bounded and without direction controls")
    void unboundedTextsOfAnEarlierReleaseAreReadBackBounded() throws IOException {
        Files.createDirectories(file().getParent());
        String pad = "x".repeat(100_000);
        Files.writeString(file(), """
                [{"url": "http://127.0.0.1:1/", "base": "", "cursor": "", "lastAttempt": "", "lastSuccess": "",
                  "lastError": "Peer sent '\\u202E%s'", "failures": 1,
                  "refused": [{"dataset": "https://peer.example.org/%s", "identifier": "org/\\u202E%s",
                    "modified": "2026-12-07T00:00:00Z", "reason": "r", "refusedAt": "2026-12-07T00:00:00Z",
                    "retryAfter": "", "rules": ["feed"]}]}]
                """.formatted(pad, pad, pad));

        PeerState read = new PeerStates(data).get(PEER);

        DatasetRefusal r = read.refused().getFirst();
        assertEquals("(invalid identifier, 100005 characters)", r.identifier());
        assertEquals("", r.dataset());
        assertTrue(
                read.lastError().length() <= PeerTexts.MAX_ERROR + 1,
                read.lastError().length() + " characters");
        assertFalse(read.lastError().contains("\u202E"), "no direction control");
    }

    @Test
    @DisplayName("a state file over its cap is not read: the peers are harvested from the start")
    void aFileOverItsCapIsNotRead() {
        new PeerStates(data)
                .update(PEER, s -> s.advanced("https://peer.example.org/pravasi/", Optional.of(Instant.EPOCH)));

        PeerState read = new PeerStates(data, 64).get(PEER);

        assertEquals("", read.base());
        assertEquals(Optional.empty(), read.cursorInstant());
    }
}
