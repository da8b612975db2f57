package org.pravasi.registry.store;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads to a TDB2 store inside the caller's write transaction, writing the six quad indexes on two threads:
 * the calling thread allocates node ids and fills some indexes, a helper thread fills the others from batches of the
 * same tuples. It is what {@code dsg.add(quad)} does, split over two cores. On a dataset that is not TDB2 (an in-memory
 * one) it is just {@code dsg.add}.
 *
 * <p>Both threads write in the caller's one transaction: the helper borrows the transaction state of its own indexes
 * (each a B+tree of its own files, which no other thread touches until the helper is done), and the caller commits or
 * aborts every index together as before. A failure on either thread, or {@link #close()} before {@link #finish()},
 * stops the helper and waits for it before the exception reaches the caller, so the caller's abort never races a write.
 * The helper is never interrupted: an interrupt during file I/O would close the store's file channels.
 *
 * <p>Use it as a resource: {@code try (QuadLoader load = QuadLoader.start(dsg)) { load.add(...); load.finish(); }}.
 */
public final class QuadLoader implements AutoCloseable {
    /**
     * The indexes the helper writes. The calling thread also allocates node ids, which costs about as much as two
     * indexes, so it keeps GSPO and SPOG, nearly appends for a new graph; so split, both threads spend about the same
     * CPU time on a 100k-observation version (with a fifth index the helper became the slower one;
     * bench/results/2026-12-04-ingest.md).
     */
    static final Set<String> HELPER_INDEXES = Set.of("GPOS", "GOSP", "POSG", "OSPG");

    private static final int BATCH = 4_096;
    /** Most nodes whose ids are kept by identity (predicates and URI objects: classes, code values). */
    private static final int KEPT_IDS = 65_536;

    private static final List<Tuple<NodeId>> END = new ArrayList<>(0);

    private final DatasetGraph plain;
    private final NodeTable nodes;
    private final TupleIndex[] own;
    private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(8);
    private final Thread helper;
    private volatile Throwable failure;
    private volatile boolean stopping;
    /** The helper's CPU time, written as it ends. */
    private volatile long helperCpu;

    private final Map<Node, NodeId> kept = new IdentityHashMap<>();
    private Node lastGraph;
    private NodeId lastGraphId;
    private Node lastSubject;
    private NodeId lastSubjectId;
    private List<Tuple<NodeId>> batch = new ArrayList<>(BATCH);
    private long added;
    private boolean done;

    private QuadLoader(DatasetGraph plain, NodeTable nodes, TupleIndex[] own, Thread helper) {
        this.plain = plain;
        this.nodes = nodes;
        this.own = own;
        this.helper = helper;
    }

    /**
     * Starts loading into the store behind {@code dsg}; call inside a write transaction of this thread.
     *
     * @throws IllegalStateException outside a write transaction, or if a TDB2 store's quad indexes are not B+trees
     */
    public static QuadLoader start(DatasetGraph dsg) {
        if (!dsg.isInTransaction() || dsg.transactionMode() != ReadWrite.WRITE) {
            throw new IllegalStateException("QuadLoader.start needs a write transaction on the calling thread");
        }
        // The store's switchable container, or one generation itself (a compaction's new one): TDBInternal.isTDB2 says
        // false for the latter.
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) {
            return new QuadLoader(dsg, null, null, null);
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        List<TupleIndex> own = new ArrayList<>();
        List<TupleIndex> theirs = new ArrayList<>();
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            (HELPER_INDEXES.contains(index.getName()) ? theirs : own).add(index);
        }
        List<BorrowedIndex> borrowed = theirs.stream().map(BorrowedIndex::of).toList();
        QuadLoader[] self = new QuadLoader[1];
        // The helper runs at the caller's priority: a harvest's (the lowest) or a publish's.
        Thread helper = Thread.ofPlatform()
                .name("store-index-writer")
                .daemon()
                .priority(Thread.currentThread().getPriority())
                .unstarted(() -> self[0].help(borrowed));
        self[0] = new QuadLoader(null, quads.getNodeTable(), own.toArray(TupleIndex[]::new), helper);
        helper.start();
        return self[0];
    }

    /** Adds one quad (a named graph's; the default graph is TDB2's triple table, which this does not write). */
    public void add(Node graph, Node subject, Node predicate, Node object) {
        if (done) {
            throw new IllegalStateException("This QuadLoader has finished");
        }
        added++;
        if (plain != null) {
            plain.add(graph, subject, predicate, object);
            return;
        }
        if (graph != lastGraph) {
            lastGraphId = nodes.getAllocateNodeId(graph);
            lastGraph = graph;
        }
        if (subject != lastSubject) {
            lastSubjectId = nodes.getAllocateNodeId(subject);
            lastSubject = subject;
        }
        Tuple<NodeId> t = TupleFactory.create4(
                lastGraphId,
                lastSubjectId,
                id(predicate),
                object.isURI() ? id(object) : nodes.getAllocateNodeId(object));
        for (TupleIndex index : own) {
            index.add(t);
        }
        batch.add(t);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /**
     * The id of a node passed again as the same object, without asking the node table: callers pass a graph's repeated
     * nodes (its predicates, classes and code values) as the same objects.
     */
    private NodeId id(Node node) {
        NodeId id = kept.get(node);
        if (id == null) {
            id = nodes.getAllocateNodeId(node);
            if (kept.size() < KEPT_IDS) {
                kept.put(node, id);
            }
        }
        return id;
    }

    /**
     * Waits until the helper has written every quad added; the caller may then commit. Returns the number of quads
     * added.
     *
     * @throws IllegalStateException if the helper failed (the caller's transaction must then abort)
     */
    public long finish() {
        if (done) {
            throw new IllegalStateException("This QuadLoader has finished");
        }
        if (plain == null && !batch.isEmpty()) {
            hand(batch); // may throw: then close() stops the helper
            batch = new ArrayList<>(0);
        }
        done = true;
        if (plain == null) {
            put(END);
            join();
            rethrow();
        }
        return added;
    }

    /** Stops the helper without finishing and waits for it: the caller's transaction must then abort. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        if (plain != null) {
            return;
        }
        stopping = true;
        queue.clear();
        put(END);
        join();
    }

    /**
     * The CPU time the helper thread took, in nanoseconds, once {@link #finish()} or {@link #close()} returned (0
     * before, and for a store that is not TDB2): work done for the caller on another thread, which a caller that bounds
     * its CPU time counts as its own.
     */
    public long helperCpuNanos() {
        return helperCpu;
    }

    private void hand(List<Tuple<NodeId>> tuples) {
        rethrow();
        put(tuples);
    }

    private void put(List<Tuple<NodeId>> tuples) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(tuples);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the helper drains the queue whatever happens, so put always returns
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // never leave while the helper may still write into the transaction
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("Writing the quad indexes failed: " + f.getMessage(), f);
        }
    }

    /** The helper's loop: writes each batch into its indexes; after a failure or a stop it only drains the queue. */
    private void help(List<BorrowedIndex> borrowed) {
        List<ComponentState<?>> before = new ArrayList<>();
        for (BorrowedIndex b : borrowed) {
            before.add(b.lend());
        }
        try {
            while (true) {
                List<Tuple<NodeId>> tuples = take();
                if (tuples == END) {
                    return;
                }
                if (failure != null || stopping) {
                    continue;
                }
                try {
                    for (Tuple<NodeId> t : tuples) {
                        if (stopping) {
                            break;
                        }
                        for (BorrowedIndex b : borrowed) {
                            b.index().add(t);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } finally {
            for (int i = 0; i < borrowed.size(); i++) {
                borrowed.get(i).giveBack(before.get(i));
            }
            helperCpu = ThreadCpu.now();
        }
    }

    private List<Tuple<NodeId>> take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts the helper; if something does, keep going until the end marker.
            }
        }
    }
}
