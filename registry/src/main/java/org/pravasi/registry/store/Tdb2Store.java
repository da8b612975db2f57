package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A TDB2 database in one folder. */
final class Tdb2Store implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);

    private final Path dir;
    private final DatasetGraph dsg;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    static Tdb2Store open(Path dir) {
        try {
            OwnerOnly.folders(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        LOG.info("Store open at {}", dir.toAbsolutePath());
        return new Tdb2Store(dir, dsg);
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
        return Txn.calculateWrite(dsg, action);
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
            TDBInternal.expel(dsg);
            removeOwnLocks();
            LOG.info("Store closed at {}", dir.toAbsolutePath());
        }
    }
}
