package org.pravasi.registry.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads a TDB2 store's quad indexes directly, by node id, for the map's aggregates: the distinct objects of a predicate
 * in a graph (a skip scan of the GPOS index: one B+tree descent per distinct value, however many quads carry it), the
 * subjects with a given predicate and object (one GPOS range) and those subjects' own quads (GSPO, read sequentially
 * where they are dense). Node ids are decoded only where the caller asks. Obtain and use it inside one read
 * transaction.
 *
 * <p>This is the registry's fast index path: readers outside the registry use its {@link Node}-level methods (or the
 * figures built on it in {@code registry.catalog.figures}) and never import TDB2 or DBOE themselves.
 */
public final class QuadIndex {
    private static final int ID = NodeId.SIZE;
    private static final byte[] LOW = new byte[ID];
    private static final byte[] HIGH = filled((byte) 0xFF);

    private final NodeTable nodes;
    private final RangeIndex gpos;
    private final RangeIndex gspo;
    private final boolean reading;

    private QuadIndex(NodeTable nodes, RangeIndex gpos, RangeIndex gspo, boolean reading) {
        this.nodes = nodes;
        this.gpos = gpos;
        this.gspo = gspo;
        this.reading = reading;
    }

    /** The indexes of the TDB2 database behind {@code dsg}; fails if it is not TDB2 or lacks GPOS/GSPO indexes. */
    public static QuadIndex of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.requireStorage(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        return new QuadIndex(
                quads.getNodeTable(),
                range(quads.getTupleTable().getIndexes(), "GPOS"),
                range(quads.getTupleTable().getIndexes(), "GSPO"),
                dsg.isInTransaction() && dsg.transactionMode() == ReadWrite.READ);
    }

    /** The id of a node, or {@code null} if the store has never held it (so no quad can match it). */
    public NodeId id(Node node) {
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The node of an id: inline values (small integers, dates) without touching the node table. */
    public Node node(NodeId id) {
        return NodeId.isInline(id) ? NodeId.extract(id) : nodes.getNodeForNodeId(id);
    }

    /** The node of a raw id, as {@link #subjects} gives them. */
    public Node node(long raw) {
        byte[] b = new byte[ID];
        putBits(b, 0, raw);
        return node(NodeIdFactory.get(b, 0));
    }

    /**
     * The node of a raw id read past the node table's caches: for a pass that decodes each of a million nodes once (a
     * version's observation URIs), which would otherwise fill the caches with them and evict what other readers use. In
     * a write transaction, whose new nodes only the caches may hold yet, it reads through them as {@link #node} does.
     */
    public Node nodeOnce(long raw) {
        byte[] b = new byte[ID];
        putBits(b, 0, raw);
        NodeId id = NodeIdFactory.get(b, 0);
        if (NodeId.isInline(id)) {
            return NodeId.extract(id);
        }
        return reading ? nodes.baseNodeTable().getNodeForNodeId(id) : nodes.getNodeForNodeId(id);
    }

    /**
     * The distinct objects of {@code predicate} in {@code graph}, decoded, in index order: one B+tree descent per
     * distinct value. Empty when the store has never held the graph or the predicate.
     */
    public List<Node> distinctObjects(Node graph, Node predicate) {
        NodeId g = id(graph);
        NodeId p = id(predicate);
        if (g == null || p == null) {
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (NodeId o : distinctObjects(g, p)) {
            out.add(node(o));
        }
        return out;
    }

    /** The distinct objects of {@code predicate} in {@code graph}, in index order. */
    public List<NodeId> distinctObjects(NodeId graph, NodeId predicate) {
        List<NodeId> out = new ArrayList<>();
        byte[] max = key(gpos, graph, predicate, null, null, HIGH);
        byte[] from = key(gpos, graph, predicate, null, null, LOW);
        while (true) {
            NodeId object = first(gpos, from, max, 2);
            if (object == null) {
                return out;
            }
            out.add(object);
            // Past every quad with this object: the subject slot at its highest.
            from = key(gpos, graph, predicate, object, null, HIGH);
        }
    }

    /**
     * The subjects that have {@code predicate} {@code object} in {@code graph}, as raw ids in index order (ascending),
     * for {@link #quadsOf}.
     */
    public long[] subjects(NodeId graph, NodeId predicate, NodeId object) {
        LongList out = new LongList();
        scan(
                gpos,
                key(gpos, graph, predicate, object, null, LOW),
                key(gpos, graph, predicate, object, null, HIGH),
                r -> out.add(bits(r.getKey(), 3 * ID)));
        return out.toArray();
    }

    /**
     * Like {@link #subjects(NodeId, NodeId, NodeId)}, but stops reading after {@code atMost} subjects: {@code null}
     * when there are more, so that a caller choosing the narrowest of several ranges never reads more than it can use.
     */
    public long[] subjects(NodeId graph, NodeId predicate, NodeId object, long atMost) {
        RecordFactory f = gpos.getRecordFactory();
        Iterator<Record> it = gpos.iterator(
                f.create(key(gpos, graph, predicate, object, null, LOW)),
                f.create(key(gpos, graph, predicate, object, null, HIGH)));
        LongList out = new LongList();
        try {
            while (it.hasNext()) {
                if (out.size == atMost) {
                    return null;
                }
                out.add(bits(it.next().getKey(), 3 * ID));
            }
        } finally {
            Iter.close(it);
        }
        return out.toArray();
    }

    /**
     * The distinct objects of {@code predicate} in {@code graph}, each with the lowest raw id of a subject that has it,
     * in index order: one B+tree descent per distinct value, as {@link #distinctObjects(NodeId, NodeId)}.
     */
    public Map<NodeId, Long> firstSubjects(NodeId graph, NodeId predicate) {
        Map<NodeId, Long> out = new LinkedHashMap<>();
        byte[] max = key(gpos, graph, predicate, null, null, HIGH);
        byte[] from = key(gpos, graph, predicate, null, null, LOW);
        RecordFactory f = gpos.getRecordFactory();
        while (true) {
            byte[] k;
            Iterator<Record> it = gpos.iterator(f.create(from), f.create(max));
            try {
                if (!it.hasNext()) {
                    return out;
                }
                k = it.next().getKey();
            } finally {
                Iter.close(it);
            }
            NodeId object = NodeIdFactory.get(k, 2 * ID);
            out.put(object, bits(k, 3 * ID));
            from = key(gpos, graph, predicate, object, null, HIGH);
        }
    }

    /**
     * Visits the quads in {@code graph} of each subject of {@code subjects} (raw ids, ascending, as {@link #subjects}
     * gives them). Subjects that sit close together in the GSPO index are read in one sequential pass; after
     * {@link #SKIP_AFTER} quads of subjects not asked for, the scan jumps to the next subject asked for with a new
     * descent. So the cost is one pass where the subjects are dense and one descent each where they are scattered.
     */
    public void quadsOf(NodeId graph, long[] subjects, SubjectVisitor visitor) {
        byte[] max = key(gspo, graph, null, null, null, HIGH);
        RecordFactory f = gspo.getRecordFactory();
        int next = 0;
        while (next < subjects.length) {
            byte[] min = key(gspo, graph, null, null, null, LOW);
            putBits(min, ID, subjects[next]);
            Iterator<Record> it = gspo.iterator(f.create(min), f.create(max));
            long open = 0;
            boolean inSubject = false;
            boolean jump = false;
            int skipped = 0;
            try {
                while (it.hasNext() && next < subjects.length) {
                    byte[] k = it.next().getKey();
                    long subject = bits(k, ID);
                    if (inSubject && subject != open) {
                        visitor.end();
                        inSubject = false;
                        next++;
                    }
                    while (next < subjects.length && Long.compareUnsigned(subjects[next], subject) < 0) {
                        next++;
                    }
                    if (next < subjects.length && subjects[next] == subject) {
                        if (!inSubject) {
                            visitor.start();
                            inSubject = true;
                            open = subject;
                            skipped = 0;
                        }
                        visitor.quad(NodeIdFactory.get(k, 2 * ID), NodeIdFactory.get(k, 3 * ID));
                    } else if (++skipped > SKIP_AFTER) {
                        jump = true;
                        break;
                    }
                }
            } finally {
                Iter.close(it);
            }
            if (inSubject) {
                visitor.end();
                next++;
            }
            if (!jump) {
                return;
            }
        }
    }

    /** How many quads of other subjects a {@link #quadsOf} pass reads before it jumps ahead with a new descent. */
    public static final int SKIP_AFTER = 32;

    /** Receives the quads of one subject at a time. */
    public interface SubjectVisitor {
        /** A subject's quads begin. */
        void start();

        /** One quad of the current subject. */
        void quad(NodeId predicate, NodeId object);

        /** The current subject's quads are over. */
        void end();
    }

    private static void scan(RangeIndex index, byte[] min, byte[] max, Consumer<Record> action) {
        RecordFactory f = index.getRecordFactory();
        Iterator<Record> it = index.iterator(f.create(min), f.create(max));
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }

    private static long bits(byte[] key, int offset) {
        long v = 0;
        for (int i = 0; i < ID; i++) {
            v = (v << 8) | (key[offset + i] & 0xFF);
        }
        return v;
    }

    private static void putBits(byte[] key, int offset, long v) {
        for (int i = ID - 1; i >= 0; i--) {
            key[offset + i] = (byte) v;
            v >>>= 8;
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static NodeId first(RangeIndex index, byte[] min, byte[] max, int slot) {
        RecordFactory f = index.getRecordFactory();
        Iterator<Record> it = index.iterator(f.create(min), f.create(max));
        try {
            return it.hasNext() ? NodeIdFactory.get(it.next().getKey(), slot * ID) : null;
        } finally {
            Iter.close(it);
        }
    }

    /** A four-slot key; unset slots (null) are filled with {@code fill}. */
    private static byte[] key(RangeIndex index, NodeId a, NodeId b, NodeId c, NodeId d, byte[] fill) {
        byte[] key = new byte[index.getRecordFactory().keyLength()];
        NodeId[] slots = {a, b, c, d};
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                System.arraycopy(fill, 0, key, i * ID, ID);
            } else {
                NodeIdFactory.set(slots[i], key, i * ID);
            }
        }
        return key;
    }

    private static RangeIndex range(TupleIndex[] indexes, String name) {
        return Arrays.stream(indexes)
                .map(TupleIndex::baseTupleIndex)
                .filter(i -> i.getName().equalsIgnoreCase(name) && i instanceof TupleIndexRecord)
                .map(i -> ((TupleIndexRecord) i).getRangeIndex())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The TDB2 store has no " + name + " quad index"));
    }

    private static byte[] filled(byte b) {
        byte[] out = new byte[ID];
        Arrays.fill(out, b);
        return out;
    }
}
