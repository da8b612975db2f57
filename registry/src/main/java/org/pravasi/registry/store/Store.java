package org.pravasi.registry.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/** The node's TDB2 store on disk; every read and write goes through a transaction. */
public interface Store extends AutoCloseable {

    /** Opens (or creates) the TDB2 store in {@code dataDir/tdb2}; the default graph is the union of named graphs. */
    static Store open(Path dataDir) {
        return open(dataDir, Compaction.DEFAULT);
    }

    /** Opens (or creates) the store, which compacts itself online when {@code compaction} says so. */
    static Store open(Path dataDir, Compaction compaction) {
        return Tdb2Store.open(dataDir.resolve("tdb2"), compaction);
    }

    /** The underlying dataset, for SPARQL engines that manage their own transactions. */
    DatasetGraph dataset();

    /** Runs {@code action} in a read transaction. */
    <T> T read(Supplier<T> action);

    /** Runs {@code action} in one write transaction: it commits whole or not at all. */
    <T> T write(Supplier<T> action);

    /** Bytes the store takes on disk (as `du` counts them), every generation included. */
    long sizeOnDisk();

    /**
     * Compacts the store online into a new generation and deletes the old one: readers go on meanwhile, writers wait
     * until it is done. Call it outside a transaction.
     */
    CompactionReport compact();

    /** Where the store lives. */
    Path location();

    /** Closes the store and releases its lock, so the next start opens it without repair. */
    @Override
    void close();
}
