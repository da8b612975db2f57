package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading a graph with the quad indexes written on two threads, in one transaction")
class QuadLoaderTest {
    /** More than several of the loader's batches, and not a whole number of them. */
    static final int SUBJECTS = 5_003;

    static final Node G = uri("version/2");
    static final Node EARLIER = uri("version/1");
    static final Node TYPE = uri("type");
    static final Node AREA = uri("area");
    static final Node COUNT = uri("count");
    static final Node NOTE = uri("note");

    @TempDir
    Path dir;

    static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    /** Subject i of a graph: a type, one of 40 areas, a count, and a note for every seventh. */
    static List<Quad> graph(Node g, int subjects) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            Node s = NodeFactory.createURI(g.getURI() + "/obs/" + i);
            quads.add(Quad.create(g, s, TYPE, uri("Observation")));
            quads.add(Quad.create(g, s, AREA, uri("area/" + i % 40)));
            quads.add(
                    Quad.create(g, s, COUNT, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            if (i % 7 == 0) {
                quads.add(Quad.create(g, s, NOTE, NodeFactory.createLiteralString("note " + i)));
            }
        }
        return quads;
    }

    static void load(Store store, List<Quad> quads) {
        store.write(() -> {
            try (QuadLoader load = QuadLoader.start(store.dataset())) {
                quads.forEach(q -> load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                return load.finish();
            }
        });
    }

    /** Every quad index of the store, by name, decoded: each must hold the same quads. */
    static Map<String, Set<Quad>> indexes(Store store) {
        return store.read(() -> {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(store.dataset())
                    .getQuadTable()
                    .getNodeTupleTable();
            NodeTable nodes = quads.getNodeTable();
            Map<String, Set<Quad>> byIndex = new LinkedHashMap<>();
            for (TupleIndex index : quads.getTupleTable().getIndexes()) {
                Set<Quad> content = new HashSet<>();
                index.all().forEachRemaining(t -> content.add(quad(nodes, t)));
                byIndex.put(index.getName(), content);
            }
            return byIndex;
        });
    }

    static Quad quad(NodeTable nodes, Tuple<NodeId> t) {
        return Quad.create(
                nodes.getNodeForNodeId(t.get(0)),
                nodes.getNodeForNodeId(t.get(1)),
                nodes.getNodeForNodeId(t.get(2)),
                nodes.getNodeForNodeId(t.get(3)));
    }

    static void assertEveryIndexHolds(Set<Quad> expected, Store store, String when) {
        Map<String, Set<Quad>> byIndex = indexes(store);
        assertEquals(6, byIndex.size(), "a TDB2 store keeps six quad indexes");
        byIndex.forEach((name, content) -> assertEquals(expected, content, when + ": index " + name));
    }

    @Test
    void everyIndexHoldsExactlyWhatWasLoadedBesideWhatWasThereAndKeepsItAfterARestart() {
        List<Quad> earlier = graph(EARLIER, 300);
        List<Quad> loaded = graph(G, SUBJECTS);
        Set<Quad> expected = new HashSet<>(earlier);
        expected.addAll(loaded);
        try (Store store = Store.open(dir)) {
            store.write(() -> {
                earlier.forEach(store.dataset()::add);
                return null;
            });
            load(store, loaded);
            assertEveryIndexHolds(expected, store, "after commit");
            assertEquals(
                    (long) loaded.size(),
                    store.read(() -> (long) store.dataset().getGraph(G).size()),
                    "the graph as readers see it");
        }
        try (Store store = Store.open(dir)) {
            assertEveryIndexHolds(expected, store, "after a restart");
        }
    }

    @Test
    void aFailureInTheMiddleOfALoadLeavesNothingVisibleAndNothingBehindAfterARestart() {
        List<Quad> earlier = graph(EARLIER, 300);
        List<Quad> loaded = graph(G, SUBJECTS);
        try (Store store = Store.open(dir)) {
            store.write(() -> {
                earlier.forEach(store.dataset()::add);
                return null;
            });
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> store.write(() -> {
                        try (QuadLoader load = QuadLoader.start(store.dataset())) {
                            for (int i = 0; i < loaded.size(); i++) {
                                Quad q = loaded.get(i);
                                load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                                if (i == loaded.size() * 2 / 3) {
                                    // A check or a write failing after two thirds of the graph went to the indexes.
                                    throw new IllegalStateException("failed midway");
                                }
                            }
                            return load.finish();
                        }
                    }));
            assertEquals("failed midway", failure.getMessage());
            assertEveryIndexHolds(new HashSet<>(earlier), store, "after the failed load");
            assertNoHelperLeft();
            load(store, loaded);
            Set<Quad> both = new HashSet<>(earlier);
            both.addAll(loaded);
            assertEveryIndexHolds(both, store, "a load after the failed one");
        }
        try (Store store = Store.open(dir)) {
            Set<Quad> both = new HashSet<>(earlier);
            both.addAll(loaded);
            assertEveryIndexHolds(both, store, "after a restart");
        }
    }

    @Test
    void aLoadAbandonedBeforeItsFirstBatchLeavesNothing() {
        try (Store store = Store.open(dir)) {
            assertThrows(
                    IllegalStateException.class,
                    () -> store.write(() -> {
                        try (QuadLoader load = QuadLoader.start(store.dataset())) {
                            load.add(G, uri("s"), TYPE, uri("Observation"));
                            throw new IllegalStateException("refused");
                        }
                    }));
            assertEveryIndexHolds(Set.of(), store, "after the abandoned load");
        }
    }

    @Test
    void readersSeeTheGraphWhollyOrNotAtAllWhileItLoads() throws Exception {
        List<Quad> loaded = graph(G, SUBJECTS);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Store store = Store.open(dir)) {
            long seenMidway = store.write(() -> {
                try (QuadLoader load = QuadLoader.start(store.dataset())) {
                    long seen = -1;
                    for (int i = 0; i < loaded.size(); i++) {
                        Quad q = loaded.get(i);
                        load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                        if (i == loaded.size() / 2) {
                            seen = reader.submit(() -> store.read(() ->
                                            (long) store.dataset().getGraph(G).size()))
                                    .get();
                        }
                    }
                    load.finish();
                    return seen;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(0, seenMidway, "a reader during the load sees the store as it was before");
            assertEquals(
                    (long) loaded.size(),
                    reader.submit(() -> store.read(
                                    () -> (long) store.dataset().getGraph(G).size()))
                            .get(),
                    "and after the commit, all of it");
        } finally {
            reader.shutdown();
        }
    }

    @Test
    void theHelpersCpuTimeIsReportedForACallerThatBoundsItsOwn() {
        try (Store store = Store.open(dir)) {
            long cpu = store.write(() -> {
                try (QuadLoader load = QuadLoader.start(store.dataset())) {
                    assertEquals(0, load.helperCpuNanos(), "nothing before the helper ended");
                    graph(G, SUBJECTS)
                            .forEach(q -> load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                    load.finish();
                    return load.helperCpuNanos();
                }
            });
            assertTrue(cpu > 0, "the helper wrote four indexes: " + cpu + " ns");
        }
    }

    @Test
    void onOneGenerationItselfTheHelperWritesTooAsACompactionNeeds() {
        DatasetGraphTDB generation = StoreConnection.connectCreate(Location.create(dir.resolve("Data-0001")))
                .getDatasetGraphTDB();
        try {
            long cpu = Txn.calculateWrite(generation, () -> {
                try (QuadLoader load = QuadLoader.start(generation)) {
                    graph(G, SUBJECTS)
                            .forEach(q -> load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                    load.finish();
                    return load.helperCpuNanos();
                }
            });
            assertTrue(cpu > 0, "the helper wrote four indexes of the generation: " + cpu + " ns");
            assertEquals(
                    (long) graph(G, SUBJECTS).size(),
                    Txn.calculateRead(generation, () -> generation.stream().count()));
        } finally {
            StoreConnection.release(generation.getLocation());
        }
    }

    @Test
    void outsideAWriteTransactionItRefusesToStart() {
        try (Store store = Store.open(dir)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> store.read(() -> QuadLoader.start(store.dataset())));
            assertTrue(e.getMessage().contains("write transaction"), e.getMessage());
        }
    }

    @Test
    void onAnInMemoryDatasetItAddsPlainly() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        List<Quad> quads = graph(G, 10);
        long added = Txn.calculateWrite(mem, () -> {
            try (QuadLoader load = QuadLoader.start(mem)) {
                quads.forEach(q -> load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                return load.finish();
            }
        });
        assertEquals(quads.size(), added);
        assertEquals(new HashSet<>(quads), Txn.calculateRead(mem, () -> {
            Set<Quad> s = new HashSet<>();
            mem.find().forEachRemaining(s::add);
            return s;
        }));
    }

    private static void assertNoHelperLeft() {
        assertFalse(
                Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("store-index-writer") && t.isAlive()),
                "the helper thread has ended before the transaction aborted");
    }
}
