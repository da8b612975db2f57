package org.pravasi.registry.store;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * A quad index that a helper thread writes inside the calling thread's write transaction: the index, its B+tree, and
 * the calling thread's transaction state of that tree, which the helper takes on ({@link #lend()}) and gives back
 * ({@link #giveBack(ComponentState)}). Each index is a B+tree of its own files, which no other thread touches while the
 * helper has it; the caller commits or aborts every index together.
 */
record BorrowedIndex(TupleIndex index, BPlusTree tree, ComponentState<?> state) {

    /**
     * Takes the calling thread's transaction state of {@code index}'s tree.
     *
     * @throws IllegalStateException if the index is not a TDB2 B+tree index
     */
    static BorrowedIndex of(TupleIndex index) {
        if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree tree)) {
            throw new IllegalStateException("The quad index " + index.getName()
                    + " is not a TDB2 B+tree index; only TDB2 stores are supported");
        }
        return new BorrowedIndex(index, tree, tree.getComponentState());
    }

    /** On the helper thread: gives it the caller's transaction state of the tree; returns what it had before. */
    ComponentState<?> lend() {
        ComponentState<?> before = tree.getComponentState();
        attach(tree, state);
        return before;
    }

    /** On the helper thread, when it is done: puts back the state {@link #lend()} returned. */
    void giveBack(ComponentState<?> before) {
        attach(tree, before);
    }

    /** Gives this thread a B+tree's transaction state (its type, {@code BptTxnState}, is private to DBOE). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void attach(BPlusTree tree, ComponentState state) {
        tree.setComponentState(state);
    }
}
