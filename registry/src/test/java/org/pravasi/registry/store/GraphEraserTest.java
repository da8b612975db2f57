package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.registry.store.QuadLoaderTest.EARLIER;
import static org.pravasi.registry.store.QuadLoaderTest.G;
import static org.pravasi.registry.store.QuadLoaderTest.SUBJECTS;
import static org.pravasi.registry.store.QuadLoaderTest.TYPE;
import static org.pravasi.registry.store.QuadLoaderTest.assertEveryIndexHolds;
import static org.pravasi.registry.store.QuadLoaderTest.graph;
import static org.pravasi.registry.store.QuadLoaderTest.load;
import static org.pravasi.registry.store.QuadLoaderTest.uri;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Erasing a named graph from every quad index at once, inside the caller's transaction")
class GraphEraserTest {
    /**
     * A small chunk, so that a graph of a few thousand subjects takes many chunks and a last partial one, each of them
     * large enough for the helper thread.
     */
    static final int CHUNK = 2_003;

    static final Node OTHER = uri("other");

    @TempDir
    Path dir;

    /**
     * The store of every test: an earlier version, the graph to erase, and another graph whose quads share the erased
     * graph's subjects, predicates and objects (so every index holds them next to the erased ones).
     */
    private static Set<Quad> fill(Store store) {
        List<Quad> earlier = graph(EARLIER, 300);
        List<Quad> other = graph(G, 50).stream()
                .map(q -> Quad.create(OTHER, q.getSubject(), q.getPredicate(), q.getObject()))
                .toList();
        store.write(() -> {
            earlier.forEach(store.dataset()::add);
            other.forEach(store.dataset()::add);
            return null;
        });
        load(store, graph(G, SUBJECTS));
        Set<Quad> kept = new HashSet<>(earlier);
        kept.addAll(other);
        return kept;
    }

    @Test
    void everyIndexLosesExactlyTheGraphsQuadsAcrossManyChunksAndStaysSoAfterARestart() {
        Set<Quad> kept;
        try (Store store = Store.open(dir)) {
            kept = fill(store);
            long erased = store.write(() -> GraphEraser.erase(store.dataset(), G, CHUNK));
            assertEquals(graph(G, SUBJECTS).size(), erased, "every quad of the graph, counted once");
            assertEveryIndexHolds(kept, store, "after the erase");
            assertEquals(
                    0L, store.read(() -> (long) store.dataset().getGraph(G).size()), "the graph as readers see it");
        }
        try (Store store = Store.open(dir)) {
            assertEveryIndexHolds(kept, store, "after a restart");
        }
    }

    @Test
    void aGraphSmallerThanTheHelpersShareIsErasedFromEveryIndexOnTheCallingThread() {
        try (Store store = Store.open(dir)) {
            Set<Quad> kept = fill(store);
            List<Quad> earlier = graph(EARLIER, 300);
            assertTrue(earlier.size() < GraphEraser.ALONE_BELOW, "the earlier version is a small graph");
            kept.removeAll(earlier);
            kept.addAll(graph(G, SUBJECTS));
            assertEquals((long) earlier.size(), store.write(() -> GraphEraser.erase(store.dataset(), EARLIER)));
            assertEveryIndexHolds(kept, store, "after erasing the small graph");
        }
    }

    @Test
    void aFailureAfterTheEraseInTheSameTransactionLeavesTheGraphWhole() {
        try (Store store = Store.open(dir)) {
            Set<Quad> all = fill(store);
            all.addAll(graph(G, SUBJECTS));
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> store.write(() -> {
                        GraphEraser.erase(store.dataset(), G, CHUNK);
                        // A check or a write failing after the earlier version was erased.
                        throw new IllegalStateException("refused after the erase");
                    }));
            assertEquals("refused after the erase", failure.getMessage());
            assertEveryIndexHolds(all, store, "after the aborted erase");
            assertFalse(
                    Thread.getAllStackTraces().keySet().stream()
                            .anyMatch(t -> t.getName().equals("store-index-eraser") && t.isAlive()),
                    "no helper thread is left writing into the aborted transaction");
        }
    }

    @Test
    void aGraphThatHoldsNothingErasesNothing() {
        try (Store store = Store.open(dir)) {
            Set<Quad> kept = fill(store);
            kept.addAll(graph(G, SUBJECTS));
            assertEquals(0L, store.write(() -> GraphEraser.erase(store.dataset(), uri("never-stored"))));
            // A node the store knows as an object (a type), never as a graph.
            assertEquals(0L, store.write(() -> GraphEraser.erase(store.dataset(), uri("Observation"))));
            assertEquals(0L, store.write(() -> GraphEraser.erase(store.dataset(), TYPE)));
            assertEveryIndexHolds(kept, store, "after erasing graphs that hold nothing");
        }
    }

    @Test
    void onAnInMemoryDatasetItDeletesPlainly() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> {
            graph(G, 10).forEach(mem::add);
            graph(EARLIER, 10).forEach(mem::add);
        });
        assertEquals(-1L, Txn.calculateWrite(mem, () -> GraphEraser.erase(mem, G)));
        assertEquals(new HashSet<>(graph(EARLIER, 10)), Txn.calculateRead(mem, () -> {
            Set<Quad> s = new HashSet<>();
            mem.find().forEachRemaining(s::add);
            return s;
        }));
    }

    @Test
    void outsideAWriteTransactionItRefuses() {
        try (Store store = Store.open(dir)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> store.read(() -> GraphEraser.erase(store.dataset(), G)));
            assertTrue(e.getMessage().contains("write transaction"), e.getMessage());
        }
    }
}
