package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.CopyDSG;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Jena's online compaction ({@code DatabaseOps.compact}), with one change: the switch to the new generation waits until
 * no transaction is open on the store. Jena switches while readers are open, and a reader that makes a call after the
 * switch fails ("Not in a transaction"), its transaction on the old generation is never ended, and the compaction waits
 * for it forever. Here readers go on during the copy, on the old generation; the switch waits for a moment with none
 * open (new readers are not held up while it looks for one), and after {@link #PATIENCE_MS} it holds new readers until
 * the open ones end. Writers wait for the whole compaction: the caller holds the store's writer lock.
 */
final class OnlineCompaction {
    /**
     * How long the switch looks for a moment with no transaction open before it holds new ones back (then they wait for
     * the open ones to end, typically milliseconds). Short: writers wait meanwhile, and under a steady read load such a
     * moment may not come.
     */
    static final long PATIENCE_MS = 100;

    private OnlineCompaction() {}

    /** Compacts {@code container} into its next generation and deletes the old one; writers must be held off. */
    static void run(DatasetGraphSwitchable container) {
        Path root = container.getContainerPath();
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Location oldLocation = current.getLocation();
        Path oldDir = Path.of(oldLocation.getDirectoryPath());
        Path newDir = next(root, oldDir);
        Path tmpDir = newDir.resolveSibling(newDir.getFileName() + "-tmp");
        try {
            OwnerOnly.folders(tmpDir);
            copyConfig(oldDir, tmpDir);
            Location tmp = Location.create(tmpDir);
            copy(current, StoreConnection.connectCreate(tmp).getDatasetGraphTDB());
            StoreConnection.internalExpel(tmp, true);
            Files.move(tmpDir, newDir);
        } catch (IOException | RuntimeException e) {
            IO.deleteAll(tmpDir);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        DatasetGraphTDB compacted =
                StoreConnection.connectCreate(Location.create(newDir)).getDatasetGraphTDB();
        compacted.getContext().set(TDB2.symUnionDefaultGraph, true);
        TransactionCoordinator oldTxns = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator newTxns = compacted.getTxnSystem().getTxnMgr();
        quiesce(container);
        try {
            newTxns.execExclusive(() -> {
                newTxns.takeOverFrom(oldTxns);
                newTxns.modifyConfigDirect(() -> oldTxns.listExternals().forEach(newTxns::addExternal));
                if (!container.change(current, compacted)) {
                    throw new IllegalStateException("The store switched generation during its compaction");
                }
            });
        } finally {
            container.finishExclusiveMode();
        }
        oldTxns.startExclusiveMode(); // none open: every transaction goes through the container
        StoreConnection.release(oldLocation);
        IO.deleteAll(oldDir);
    }

    /**
     * Jena's {@code CopyDSG.copy}, with the target's quad indexes written on two threads ({@link QuadLoader}): the copy
     * is a compaction's whole cost, and writers wait for all of it.
     */
    private static void copy(DatasetGraph from, DatasetGraph to) {
        Txn.executeRead(
                from,
                () -> Txn.executeWrite(to, () -> {
                    try (QuadLoader load = QuadLoader.start(to)) {
                        from.find().forEachRemaining(q -> {
                            if (Quad.isDefaultGraph(q.getGraph())) {
                                to.add(q); // the triple table, which QuadLoader does not write
                            } else {
                                load.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                            }
                        });
                        load.finish();
                    }
                    CopyDSG.copyPrefixes(from, to);
                }));
    }

    /** Enters the container's exclusive mode: no transaction open, new ones wait until it is finished. */
    private static void quiesce(DatasetGraphSwitchable container) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        while (System.nanoTime() < deadline) {
            if (container.tryExclusiveMode(false)) {
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        container.startExclusiveMode();
    }

    private static Path next(Path root, Path oldDir) {
        String name = oldDir.getFileName().toString();
        int n = Integer.parseInt(name.substring(name.lastIndexOf(DatabaseOps.SEP) + 1));
        Path next = root.resolve(String.format("%s%s%04d", DatabaseOps.dbNameBase, DatabaseOps.SEP, n + 1));
        if (Files.exists(next)) {
            throw new IllegalStateException("Cannot compact the store: " + next + " already exists");
        }
        return next;
    }

    /** Copies the store's settings files ({@code tdb.cfg}, optimizer {@code *.opt}), as Jena's compaction does. */
    private static void copyConfig(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals("tdb.cfg") || n.endsWith(".opt");
                    })
                    .toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
