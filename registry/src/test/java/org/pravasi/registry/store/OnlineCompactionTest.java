package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store compacts itself online: readers go on, writers wait, nothing is lost, the old generation goes. */
class OnlineCompactionTest {
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aReaderOpenAcrossTheCompactionFinishesOnTheDataItStartedWith() throws Exception {
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            fill(store, "g", 200);
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            Future<long[]> reader = pool.submit(() -> store.read(() -> {
                long first = store.dataset().stream().count();
                reading.countDown();
                await(goOn);
                return new long[] {first, store.dataset().stream().count()};
            }));
            reading.await();
            Future<CompactionReport> compaction = pool.submit(store::compact);
            Thread.sleep(300); // the compaction copies meanwhile, then waits for the reader
            goOn.countDown();
            assertEquals(200, reader.get(30, TimeUnit.SECONDS)[1], "the reader's second look, after the copy");
            compaction.get(60, TimeUnit.SECONDS);
            assertEquals(List.of("Data-0002"), generations(store), "the old generation is deleted");
            assertEquals(200L, store.read(() -> store.dataset().stream().count()));
        }
    }

    @Test
    void readersKeepBeingServedWhileTheStoreCompacts() throws Exception {
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            fill(store, "g", 2_000);
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int wrong = 0;
                    while (!done.get() || reads.get() < 10) {
                        if (sparqlCount(store) != 2_000) {
                            wrong++;
                        }
                        reads.incrementAndGet();
                    }
                    return wrong;
                }));
            }
            for (int i = 0; i < 3; i++) {
                store.compact();
            }
            done.set(true);
            for (Future<Integer> r : readers) {
                assertEquals(0, r.get(60, TimeUnit.SECONDS), "no reader failed or saw other data");
            }
            assertTrue(reads.get() > 0);
            assertEquals(List.of("Data-0004"), generations(store));
        }
    }

    @Test
    void aWriteDuringTheCompactionWaitsAndIsKept() throws Exception {
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            fill(store, "g", 2_000);
            Future<CompactionReport> compaction = pool.submit(store::compact);
            Future<?> writer = pool.submit(() -> fill(store, "h", 10));
            compaction.get(60, TimeUnit.SECONDS);
            writer.get(60, TimeUnit.SECONDS);
            assertEquals(2_010L, store.read(() -> store.dataset().stream().count()));
        }
        try (Store reopened = Store.open(dir, Compaction.NEVER)) {
            assertEquals(2_010L, reopened.read(() -> reopened.dataset().stream().count()), "after a restart too");
        }
    }

    @Test
    void theStoreCompactsItselfOncePastItsRatio() throws Exception {
        try (Store store = Store.open(dir, new Compaction(2, 0))) {
            for (int i = 0; i < 12; i++) {
                int round = i;
                store.write(() -> {
                    Node g = NodeFactory.createURI("https://example.org/g");
                    store.dataset().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    add(store, g, 300, round);
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (generations(store).equals(List.of("Data-0001")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(!generations(store).contains("Data-0001"), "compacted: " + generations(store));
            assertEquals(300L, store.read(() -> store.dataset().stream().count()));
            assertEquals(300, sparqlCount(store), "the default graph is still the union of the named graphs");
        }
    }

    @Test
    void aCompactionQueuedBehindOneAskedForDirectlyFindsNothingToDo() throws Exception {
        long empty;
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            empty = store.sizeOnDisk();
        }
        // Due after the first write (a store never compacted, above its minimum), not at opening.
        try (Store store = Store.open(dir, new Compaction(2, empty + 1))) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<?> writer = pool.submit(() -> store.write(() -> {
                add(store, NodeFactory.createURI("https://example.org/g"), 2_000, 0);
                written.countDown();
                await(commit);
                return null;
            }));
            await(written);
            // A compaction asked for while the write holds the writers' lock waits for it ...
            Thread[] asker = new Thread[1];
            Future<CompactionReport> asked = pool.submit(() -> {
                asker[0] = Thread.currentThread();
                return store.compact();
            });
            while (asker[0] == null || asker[0].getState() != Thread.State.WAITING) {
                Thread.sleep(5);
            }
            // ... and runs first once the write ends; the write's own check then queues the automatic one behind it.
            commit.countDown();
            writer.get(60, TimeUnit.SECONDS);
            asked.get(60, TimeUnit.SECONDS);
        }
        // Closing waited for the queued compaction, which found the store compacted and copied nothing again.
        try (Stream<Path> dirs = Files.list(dir.resolve("tdb2"))) {
            assertEquals(
                    List.of("Data-0002"),
                    dirs.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString())
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aCompactionKeepsEveryStatementAsItWas() {
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            Node g = NodeFactory.createURI("https://example.org/g");
            Node s = NodeFactory.createURI("https://example.org/s");
            store.write(() -> {
                DatasetGraph dsg = store.dataset();
                dsg.add(g, s, P, NodeFactory.createLiteralLang("ज़िला", "hi"));
                dsg.add(g, s, P, NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger));
                dsg.add(g, s, P, NodeFactory.createBlankNode("b1"));
                dsg.add(g, NodeFactory.createBlankNode("b1"), P, NodeFactory.createURI("https://example.org/o"));
                dsg.add(Quad.defaultGraphIRI, s, P, NodeFactory.createLiteralString("in the default graph"));
                dsg.prefixes().add("ex", "https://example.org/");
                return null;
            });
            fill(store, "h", 50);
            Set<Quad> before =
                    store.read(() -> Set.copyOf(Iter.toList(store.dataset().find())));

            store.compact();

            assertEquals(
                    before,
                    store.read(() -> Set.copyOf(Iter.toList(store.dataset().find()))));
            assertEquals(55, before.size(), "four in g, one in the default graph, fifty in h");
            assertEquals(
                    "https://example.org/",
                    store.read(() -> store.dataset().prefixes().get("ex")));
        }
    }

    @Test
    void aCompactionKeepsWhatItLearnedOfTheGrowthForTheNextStart() throws Exception {
        CompactionReport second;
        try (Store store = Store.open(dir, Compaction.NEVER)) {
            fill(store, "a", 200);
            store.compact(); // the first: its growth includes the first load, so nothing is learned
            for (int i = 0; i < 5; i++) {
                fill(store, "b" + i, 200); // new data, in five transactions
            }
            second = store.compact();
        }
        LastCompaction kept =
                LastCompaction.parse(Files.readString(dir.resolve("tdb2").resolve(Tdb2Store.COMPACTED_SIZE_FILE)));
        assertEquals(second.bytesAfter(), kept.size());
        assertTrue(kept.garbageShare() < 1, "the growth was mostly new data: " + kept);
        assertTrue(
                kept.garbageShare() > 0,
                "five transactions copied index blocks: " + kept + ", " + second.bytesBefore() + " -> "
                        + second.bytesAfter());
    }

    @Test
    void aStoreBelowItsMinimumSizeIsLeftAlone() {
        try (Store store = Store.open(dir, new Compaction(2, Long.MAX_VALUE))) {
            for (int i = 0; i < 20; i++) {
                fill(store, "g" + i, 10);
            }
            assertEquals(List.of("Data-0001"), generations(store));
        }
    }

    static int sparqlCount(Store store) {
        try (var qe = QueryExecutionFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", DatasetFactory.wrap(store.dataset()))) {
            return store.read(() -> qe.execSelect().next().getLiteral("n").getInt());
        }
    }

    static List<String> generations(Store store) {
        try (Stream<Path> dirs = Files.list(store.location())) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fill(Store store, String graph, int n) {
        store.write(() -> {
            add(store, NodeFactory.createURI("https://example.org/" + graph), n, 0);
            return null;
        });
    }

    private static void add(Store store, Node g, int n, int round) {
        for (int i = 0; i < n; i++) {
            store.dataset()
                    .add(new Quad(
                            g,
                            NodeFactory.createURI("https://example.org/s/" + i),
                            P,
                            NodeFactory.createLiteralString("value " + round + " " + i)));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
