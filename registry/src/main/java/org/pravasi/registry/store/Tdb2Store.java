package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TDB2 database in one folder. Writers go one at a time through a lock of ours, which a compaction holds while it
 * copies; it compacts itself on a background thread when its {@link Compaction} policy says so, checked after each
 * write.
 */
final class Tdb2Store implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    /** The store's last compaction ({@link LastCompaction#format()}), kept beside the generations. */
    static final String COMPACTED_SIZE_FILE = "compacted-size";

    private final Path dir;
    private final DatasetGraphSwitchable dsg;
    private final Compaction policy;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock writers = new ReentrantLock(true);
    private final ExecutorService compactor;
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private volatile LastCompaction last;

    private Tdb2Store(Path dir, DatasetGraphSwitchable dsg, Compaction policy) {
        this.dir = dir;
        this.dsg = dsg;
        this.policy = policy;
        this.last = readLast(dir);
        this.compactor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("store-compaction").daemon().factory());
    }

    static Tdb2Store open(Path dir, Compaction policy) {
        try {
            OwnerOnly.folders(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        LOG.info("Store open at {}", dir.toAbsolutePath());
        Tdb2Store store = new Tdb2Store(dir, (DatasetGraphSwitchable) dsg, policy);
        store.compactIfDue();
        return store;
    }

    @Override
    public DatasetGraph dataset() {
        return dsg;
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    @Override
    public <T> T write(Supplier<T> action) {
        writers.lock();
        try {
            return Txn.calculateWrite(dsg, action);
        } finally {
            writers.unlock();
            compactIfDue();
        }
    }

    @Override
    public long sizeOnDisk() {
        return StoreSize.of(dir);
    }

    @Override
    public CompactionReport compact() {
        if (dsg.isInTransaction()) {
            throw new IllegalStateException("Compact the store outside a transaction");
        }
        writers.lock();
        try {
            long before = sizeOnDisk();
            long start = System.nanoTime();
            OnlineCompaction.run(dsg);
            long after = sizeOnDisk();
            boolean learns = last.size() > 0;
            last = last.next(before, after);
            writeLast(last);
            CompactionReport report =
                    new CompactionReport(before, after, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            LOG.info(
                    "Store compacted: {} KiB -> {} KiB in {} ms{}",
                    before >> 10,
                    after >> 10,
                    report.millis(),
                    learns
                            ? " (" + Math.round(100 * last.garbageShare())
                                    + " % of the growth since the last compaction was garbage)"
                            : "");
            return report;
        } finally {
            writers.unlock();
        }
    }

    /** Queues a compaction if the policy says the store is due and none is queued or running. */
    private void compactIfDue() {
        if (closed.get() || !policy.due(sizeOnDisk(), last) || !compactionQueued.compareAndSet(false, true)) {
            return;
        }
        compactor.execute(() -> {
            // Decided again under the writers' lock: a compaction that ran while this one waited (one asked for
            // directly) leaves nothing to do, and copying the store again would hold every writer for nothing.
            writers.lock();
            try {
                if (!closed.get() && policy.due(sizeOnDisk(), last)) {
                    compact();
                }
            } catch (RuntimeException e) {
                // Not again after every write (a full disk would make each one wait for a failing copy): only once
                // the store has grown by the ratio again.
                last = new LastCompaction(sizeOnDisk(), last.garbageShare());
                LOG.error(
                        "Compaction of the store at {} failed; the store is unchanged. It needs free disk space about"
                                + " the size of its live data; next attempt once it has grown {} times (or {} times if"
                                + " its growth is mostly garbage)",
                        dir,
                        policy.ratio() * policy.ratio(),
                        policy.ratio(),
                        e);
            } finally {
                writers.unlock();
                compactionQueued.set(false);
            }
        });
    }

    private static LastCompaction readLast(Path dir) {
        try {
            Path f = dir.resolve(COMPACTED_SIZE_FILE);
            // Unknown: the first check compacts once the store is above the policy's minimum.
            return Files.exists(f) ? LastCompaction.parse(Files.readString(f)) : LastCompaction.UNKNOWN;
        } catch (IOException e) {
            return LastCompaction.UNKNOWN;
        }
    }

    private void writeLast(LastCompaction compaction) {
        try {
            Path tmp = dir.resolve(COMPACTED_SIZE_FILE + ".tmp");
            Files.writeString(tmp, compaction.format());
            Files.move(tmp, dir.resolve(COMPACTED_SIZE_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot record the compacted size of the store at {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public Path location() {
        return dir;
    }

    /** Jena leaves its lock files (holding our PID) behind after a clean close; remove ours so none is left. */
    private void removeOwnLocks() {
        String pid = Long.toString(ProcessHandle.current().pid());
        try (var files = Files.walk(dir, 2)) {
            for (Path lock : files.filter(p -> p.getFileName().toString().equals("tdb.lock"))
                    .toList()) {
                if (Files.readString(lock).strip().equals(pid)) {
                    Files.delete(lock);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove lock files in {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            compactor.shutdown();
            try {
                if (!compactor.awaitTermination(10, TimeUnit.MINUTES)) {
                    LOG.warn("A compaction of {} is still running at close", dir);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TDBInternal.expel(dsg);
            removeOwnLocks();
            LOG.info("Store closed at {}", dir.toAbsolutePath());
        }
    }
}
