package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large download parsed into memory within a share of the held memory, in two halves on two threads. */
class MemoryParseTest {
    private static final Peer PEER = new Peer("http://127.0.0.1:9/");
    private static final long PLENTY = 64L * MemoryParse.CHUNK;

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a document whose parsed graphs would not fit the share is not held: the caller parses it into the store")
    void documentOverTheBudgetIsNotHeld() throws IOException {
        HeldMemory memory = new HeldMemory(MemoryParse.CHUNK);
        // 20,000 statements of distinct IRIs: about 9 MB once parsed, far over the 1 MiB budget.
        try (HeldMemory.Share share = memory.open()) {
            Optional<DatasetGraph> parsed =
                    MemoryParse.parse(PEER, "org/slug", file(distinct(20_000)), share, cpu -> {});

            assertTrue(parsed.isEmpty());
            assertEquals(MemoryParse.CHUNK, share.held(), "what it took until it stopped, kept until closed");
        }
        assertEquals(MemoryParse.CHUNK, memory.free());
    }

    @Test
    @DisplayName("a document that fits is parsed whole, and its share holds at least the estimate of its graphs")
    void documentWithinTheBudgetIsHeld() throws IOException {
        HeldMemory memory = new HeldMemory(PLENTY);
        try (HeldMemory.Share share = memory.open()) {
            Optional<DatasetGraph> parsed =
                    MemoryParse.parse(PEER, "org/slug", file(distinct(20_000)), share, cpu -> {});

            assertEquals(20_000, parsed.orElseThrow().stream().count());
            // Two new IRIs of about 25 characters a statement: 110 + 2 × (140 + 2 × 25) bytes at least.
            assertTrue(share.held() >= 20_000L * 490, () -> "held " + share.held());
        }
    }

    @Test
    @DisplayName(
            "parsed in two halves, a document gives the same graphs, a blank node used in both halves being one node")
    void halvesGiveTheSameGraphs() throws IOException {
        StringBuilder nq = new StringBuilder(distinct(2_000));
        nq.insert(0, "_:shared <https://a.example/p> \"first half\" <https://a.example/g> .\n");
        nq.append("_:shared <https://a.example/p> \"second half\" <https://a.example/g> .\n");
        Path file = file(nq.toString());

        DatasetGraph whole = parse(file, Long.MAX_VALUE);
        DatasetGraph halves = parse(file, 1_024);

        assertEquals(2_002, halves.stream().count());
        assertEquals(whole.stream().count(), halves.stream().count());
        Node g = NodeFactory.createURI("https://a.example/g");
        Node p = NodeFactory.createURI("https://a.example/p");
        assertEquals(
                1,
                halves.stream(g, Node.ANY, p, Node.ANY)
                        .filter(q -> q.getSubject().isBlank())
                        .map(q -> q.getSubject())
                        .distinct()
                        .count(),
                "one blank node for the label _:shared");
    }

    @Test
    @DisplayName("the second half's CPU time is handed to the caller, which counts it as its own")
    void secondHalfsCpuIsHandedToTheCaller() throws IOException {
        Path file = file(distinct(20_000));
        long[] helpers = {0};

        try (HeldMemory.Share share = new HeldMemory(PLENTY).open()) {
            MemoryParse.parse(PEER, "org/slug", file, share, cpu -> helpers[0] += cpu, 1_024);
        }

        assertTrue(helpers[0] > 0, "the second thread parsed 10,000 statements: " + helpers[0] + " ns");
    }

    @Test
    @DisplayName("an error in the second half names its line in the whole document, as one parse of it would")
    void errorInTheSecondHalfNamesItsLine() throws IOException {
        Path file = file(
                distinct(2_000) + "<https://a.example/s> <https://a.example/p> \"broken <https://a.example/g> .\n");

        HarvestException halves = assertThrows(HarvestException.class, () -> parse(file, 1_024));
        HarvestException whole = assertThrows(HarvestException.class, () -> parse(file, Long.MAX_VALUE));

        assertTrue(whole.getMessage().contains("[line: 2002, col: 1 ]"), whole.getMessage());
        assertEquals(whole.getMessage(), halves.getMessage());
    }

    @Test
    @DisplayName("a statement outside a named graph refuses the document, as when it is held as bytes")
    void statementOutsideGraphsIsRefused() throws IOException {
        Path file = file(distinct(2_000) + "<https://a.example/s> <https://a.example/p> \"x\" .\n");

        HarvestException x = assertThrows(HarvestException.class, () -> parse(file, 1_024));

        assertTrue(x.getMessage().contains("outside any named graph"), x.getMessage());
    }

    private static DatasetGraph parse(Path file, long split) {
        try (HeldMemory.Share share = new HeldMemory(PLENTY).open()) {
            return MemoryParse.parse(PEER, "org/slug", file, share, cpu -> {}, split)
                    .orElseThrow();
        }
    }

    private Path file(String nquads) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "bundle", ".nq"), nquads);
    }

    private static String distinct(int statements) {
        StringBuilder nq = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            nq.append("<https://a.example/s/")
                    .append(i)
                    .append("> <https://a.example/p> <https://a.example/o/")
                    .append(i)
                    .append("> <https://a.example/g> .\n");
        }
        return nq.toString();
    }
}
