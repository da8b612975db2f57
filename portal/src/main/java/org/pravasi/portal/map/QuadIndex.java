package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
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
 * Reads a TDB2 store's quad indexes directly, by node id, for the map's aggregates: the distinct objects of a
 * predicate in a graph (a skip scan of the GPOS index: one B+tree descent per distinct value, however many quads
 * carry it), the subjects with a given predicate and object (one GPOS range) and a subject's own quads (one GSPO
 * range). Node ids are decoded only where the caller asks. Obtain and use it inside one read transaction.
 */
final class QuadIndex {
    private static final int ID = NodeId.SIZE;
    private static final byte[] LOW = new byte[ID];
    private static final byte[] HIGH = filled((byte) 0xFF);

    private final NodeTable nodes;
    private final RangeIndex gpos;
    private final RangeIndex gspo;

    private QuadIndex(NodeTable nodes, RangeIndex gpos, RangeIndex gspo) {
        this.nodes = nodes;
        this.gpos = gpos;
        this.gspo = gspo;
    }

    /** The indexes of the TDB2 database behind {@code dsg}; fails if it is not TDB2 or lacks GPOS/GSPO indexes. */
    static QuadIndex of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.requireStorage(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        return new QuadIndex(quads.getNodeTable(), range(quads.getTupleTable().getIndexes(), "GPOS"),
                range(quads.getTupleTable().getIndexes(), "GSPO"));
    }

    /** The id of a node, or {@code null} if the store has never held it (so no quad can match it). */
    NodeId id(Node node) {
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The node of an id: inline values (small integers, dates) without touching the node table. */
    Node node(NodeId id) {
        return NodeId.isInline(id) ? NodeId.extract(id) : nodes.getNodeForNodeId(id);
    }

    /** The distinct objects of {@code predicate} in {@code graph}, in index order. */
    List<NodeId> distinctObjects(NodeId graph, NodeId predicate) {
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

    /** Calls {@code action} with every subject that has {@code predicate} {@code object} in {@code graph}. */
    void subjects(NodeId graph, NodeId predicate, NodeId object, Consumer<NodeId> action) {
        scan(gpos, key(gpos, graph, predicate, object, null, LOW), key(gpos, graph, predicate, object, null, HIGH),
                r -> action.accept(NodeIdFactory.get(r.getKey(), 3 * ID)));
    }

    /** Calls {@code action} with the predicate and object of every quad of {@code subject} in {@code graph}. */
    void predicateObjects(NodeId graph, NodeId subject, PredicateObject action) {
        scan(gspo, key(gspo, graph, subject, null, null, LOW), key(gspo, graph, subject, null, null, HIGH),
                r -> action.accept(NodeIdFactory.get(r.getKey(), 2 * ID), NodeIdFactory.get(r.getKey(), 3 * ID)));
    }

    /** Receives one quad's predicate and object ids. */
    @FunctionalInterface
    interface PredicateObject {
        /** One quad. */
        void accept(NodeId predicate, NodeId object);
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
        return Arrays.stream(indexes).map(TupleIndex::baseTupleIndex)
                .filter(i -> i.getName().equalsIgnoreCase(name) && i instanceof TupleIndexRecord)
                .map(i -> ((TupleIndexRecord) i).getRangeIndex()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The TDB2 store has no " + name + " quad index"));
    }

    private static byte[] filled(byte b) {
        byte[] out = new byte[ID];
        Arrays.fill(out, b);
        return out;
    }
}
