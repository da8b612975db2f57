package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A large download parsed into memory as it is read, within a share of the held memory, in pieces on two threads. */
class MemoryParseTest {
    private static final Peer PEER = new Peer("http://127.0.0.1:9/");
    private static final long PLENTY = 64L * MemoryParse.CHUNK;
    /** A piece larger than each document here: the document is parsed in one piece. */
    private static final int WHOLE = 1 << 20;

    @Test
    @DisplayName(
            "a document whose parsed graphs would not fit the share is not held: the caller parses it into the store")
    void documentOverTheBudgetIsNotHeld() throws IOException {
        HeldMemory memory = new HeldMemory(MemoryParse.CHUNK);
        // 20,000 statements of distinct IRIs: about 9 MB once parsed, far over the 1 MiB budget.
        try (HeldMemory.Share share = memory.open()) {
            Optional<DatasetGraph> parsed =
                    MemoryParse.parse(PEER, "org/slug", stream(distinct(20_000)), share, cpu -> {});

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
                    MemoryParse.parse(PEER, "org/slug", stream(distinct(20_000)), share, cpu -> {});

            assertEquals(20_000, parsed.orElseThrow().stream().count());
            // Two new IRIs of about 25 characters a statement: 110 + 2 × (140 + 2 × 25) bytes at least.
            assertTrue(share.held() >= 20_000L * 490, () -> "held " + share.held());
        }
    }

    @Test
    @DisplayName(
            "parsed in pieces, a document gives the same graphs, a blank node used in several pieces being one node")
    void piecesGiveTheSameGraphs() throws IOException {
        StringBuilder nq = new StringBuilder(distinct(2_000));
        nq.insert(0, "_:shared <https://a.example/p> \"first piece\" <https://a.example/g> .\n");
        nq.append("_:shared <https://a.example/p> \"last piece\" <https://a.example/g> .\n");
        String document = nq.toString();

        DatasetGraph whole = parse(document, WHOLE);
        DatasetGraph pieces = parse(document, 1_024);

        assertEquals(2_002, pieces.stream().count());
        assertTrue(whole.stream().allMatch(q -> q.getSubject().isBlank() || pieces.contains(q)));
        Node g = NodeFactory.createURI("https://a.example/g");
        Node p = NodeFactory.createURI("https://a.example/p");
        assertEquals(
                1,
                pieces.stream(g, Node.ANY, p, Node.ANY)
                        .filter(q -> q.getSubject().isBlank())
                        .map(q -> q.getSubject())
                        .distinct()
                        .count(),
                "one blank node for the label _:shared");
    }

    @Test
    @DisplayName("the parser threads' CPU time is handed to the caller, which counts it as its own")
    void parsersCpuIsHandedToTheCaller() throws IOException {
        long[] helpers = {0};

        try (HeldMemory.Share share = new HeldMemory(PLENTY).open()) {
            MemoryParse.parse(
                    PEER, "org/slug", stream(distinct(20_000)), share, cpu -> helpers[0] += cpu, 1_024, WHOLE);
        }

        assertTrue(helpers[0] > 0, "the parser threads parsed 20,000 statements: " + helpers[0] + " ns");
    }

    @Test
    @DisplayName("an error in a later piece names its line in the whole document, as one parse of it would")
    void errorInALaterPieceNamesItsLine() throws IOException {
        String document =
                distinct(2_000) + "<https://a.example/s> <https://a.example/p> \"broken <https://a.example/g> .\n";

        HarvestException pieces = assertThrows(HarvestException.class, () -> parse(document, 1_024));
        HarvestException whole = assertThrows(HarvestException.class, () -> parse(document, WHOLE));

        assertTrue(whole.getMessage().contains("[line: 2002, col: 1 ]"), whole.getMessage());
        assertEquals(whole.getMessage(), pieces.getMessage());
    }

    @Test
    @DisplayName("of two errors in different pieces, the first in the document is the one named")
    void theFirstErrorInTheDocumentIsNamed() throws IOException {
        String broken = "<https://a.example/s> <https://a.example/p> \"broken <https://a.example/g> .\n";
        String document = distinct(500) + broken + distinct(5_000) + broken;

        for (int run = 0; run < 20; run++) {
            HarvestException x = assertThrows(HarvestException.class, () -> parse(document, 1_024));
            // The string left open at the end of line 501 is found broken where line 502 begins, as in one parse.
            assertTrue(x.getMessage().contains("[line: 502, col: 1 ]"), x.getMessage());
        }
    }

    @Test
    @DisplayName("a line longer than a piece is read whole, not cut")
    void aLineLongerThanAPieceIsReadWhole() throws IOException {
        String literal = "x".repeat(5_000);
        String document = distinct(10) + "<https://a.example/s> <https://a.example/p> \"" + literal
                + "\" <https://a.example/g> .\n" + distinct(10).replace("/s/", "/t/");

        DatasetGraph parsed = parse(document, 1_024);

        assertEquals(21, parsed.stream().count(), "ten statements before it, itself, ten after it");
        assertTrue(parsed.stream()
                .anyMatch(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().equals(literal)));
    }

    @Test
    @DisplayName("a line longer than the longest statement read is refused, naming its line, before it is all read")
    void aLineLongerThanTheLongestStatementIsRefused() {
        String document = distinct(10) + "<https://a.example/s> <https://a.example/p> \"" + "x".repeat(10_000)
                + "\" <https://a.example/g> .\n" + distinct(10).replace("/s/", "/t/");
        long[] read = {0};
        InputStream counted = new java.io.FilterInputStream(stream(document)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(0, n);
                return n;
            }
        };

        HarvestException x;
        try (HeldMemory.Share share = new HeldMemory(PLENTY).open()) {
            x = assertThrows(
                    HarvestException.class,
                    () -> MemoryParse.parse(PEER, "org/slug", counted, share, cpu -> {}, 1_024, 4_096));
        }

        assertTrue(x.getMessage().contains("longer than 4096 bytes (line 11)"), x.getMessage());
        assertTrue(read[0] < document.length(), "stopped at " + read[0] + " of " + document.length() + " bytes");
    }

    @Test
    @DisplayName("a statement outside a named graph refuses the document, as when it is held as bytes")
    void statementOutsideGraphsIsRefused() throws IOException {
        String document = distinct(2_000) + "<https://a.example/s> <https://a.example/p> \"x\" .\n";

        HarvestException x = assertThrows(HarvestException.class, () -> parse(document, 1_024));

        assertTrue(x.getMessage().contains("outside any named graph"), x.getMessage());
    }

    private static DatasetGraph parse(String document, int piece) {
        try (HeldMemory.Share share = new HeldMemory(PLENTY).open()) {
            return MemoryParse.parse(PEER, "org/slug", stream(document), share, cpu -> {}, piece, WHOLE)
                    .orElseThrow();
        }
    }

    private static InputStream stream(String nquads) {
        return new ByteArrayInputStream(nquads.getBytes(StandardCharsets.UTF_8));
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
