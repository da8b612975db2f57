package org.pravasi.registry.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.store.Store;
import tools.jackson.core.type.TypeReference;

/**
 * Restores a backup made by {@link Snapshot} into a data folder: loads the N-Quads into a fresh TDB2 store in a staging
 * folder beside the target, checks the quad count and SHA-256 against the manifest, and only then moves the staging
 * folder into place. A non-empty target is refused unless forced; when forced, it is moved aside (never deleted), so a
 * restore can always be undone.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Restore() {}

    /**
     * Restores {@code backup} into {@code dataDir}; returns what was restored and, when forced, where the old folder
     * went.
     */
    public static Result restore(Path backup, Path dataDir, boolean force) {
        return restore(backup, dataDir, force, bytes -> {});
    }

    /** As {@link #restore(Path, Path, boolean)}, telling {@code bytesRead} how much of the backup file was read. */
    public static Result restore(Path backup, Path dataDir, boolean force, LongConsumer bytesRead) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("No backup file at " + backup.toAbsolutePath()
                    + ": name the file written by 'pravasi-registry backup'.");
        }
        Path target = dataDir.toAbsolutePath().normalize();
        boolean occupied = nonEmpty(target);
        if (occupied && !force) {
            throw new BackupException("The data folder " + target
                    + " is not empty. Restore into a new folder, or add --force to move the "
                    + "current contents aside (to a sibling folder named " + target.getFileName()
                    + ".before-restore-TIMESTAMP) first.");
        }
        if (occupied && AdminSocket.answers(target)) {
            throw new BackupException(
                    "A node is running on " + target + ": stop it before restoring into its data folder.");
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path staging = target.resolveSibling(target.getFileName() + ".restoring-" + stamp);
        try {
            BackupReport report = load(backup, staging, bytesRead);
            Path aside = null;
            if (Files.exists(target)) {
                if (occupied) {
                    aside = target.resolveSibling(target.getFileName() + ".before-restore-" + stamp);
                    Files.move(target, aside);
                } else {
                    Files.delete(target);
                }
            }
            OwnerOnly.tighten(staging); // the store files TDB2 created inside the owner-only staging folder
            Files.move(staging, target);
            return new Result(new BackupReport(backup, report.quads(), report.files(), report.sha256()), aside);
        } catch (IOException e) {
            throw new BackupException("Cannot restore into " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** What a restore did: the report, and where the previous contents were moved (null if the target was empty). */
    public record Result(BackupReport report, Path movedAside) {}

    private static BackupReport load(Path backup, Path staging, LongConsumer bytesRead) throws IOException {
        OwnerOnly.folders(staging);
        Map<String, Object> manifest = null;
        long loaded = -1;
        String sha = null;
        int files = 0;
        try (Store store = Store.open(staging);
                ZipInputStream zip = new ZipInputStream(new Counting(Files.newInputStream(backup), bytesRead))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals(Snapshot.MANIFEST_ENTRY)) {
                    manifest = Snapshot.JSON.readValue(zip.readAllBytes(), new TypeReference<Map<String, Object>>() {});
                } else if (name.equals(Snapshot.STORE_ENTRY)) {
                    MessageDigest digest = Snapshot.sha256();
                    DataLoader loader = LoaderFactory.basicLoader(store.dataset(), (fmt, args) -> {});
                    loader.startBulk();
                    try {
                        loader.loadFromInputStream(
                                Snapshot.STORE_ENTRY, new DigestInputStream(unclosable(zip), digest), Lang.NQUADS);
                        loader.finishBulk();
                    } catch (RuntimeException ex) {
                        loader.finishException(ex);
                        throw new BackupException(
                                "The store snapshot in " + backup + " is damaged: " + ex.getMessage(), ex);
                    }
                    sha = HexFormat.of().formatHex(digest.digest());
                    loaded = store.read(() -> Iter.count(store.dataset().find()));
                } else if (name.startsWith("data/") && !e.isDirectory()) {
                    Path to = staging.resolve(name.substring(5)).normalize();
                    if (!to.startsWith(staging)
                            || Snapshot.SKIPPED.contains(
                                    staging.relativize(to).getName(0).toString())) {
                        throw new BackupException("The backup " + backup + " holds an entry outside the data folder ("
                                + name + "): refused.");
                    }
                    OwnerOnly.folders(to.getParent());
                    try (java.io.OutputStream copy = OwnerOnly.newFile(to)) {
                        zip.transferTo(copy);
                    }
                    files++;
                }
            }
        }
        if (manifest == null || !Snapshot.FORMAT.equals(manifest.get("format"))) {
            throw new BackupException(backup + " is not a Pravasi backup (no " + Snapshot.FORMAT + " manifest).");
        }
        long expected = ((Number) manifest.get("quads")).longValue();
        if (loaded != expected || !String.valueOf(manifest.get("sha256")).equals(sha)) {
            throw new BackupException("The backup " + backup + " does not verify: the manifest records " + expected
                    + " quads (SHA-256 " + manifest.get("sha256") + "), the file holds " + loaded + " (SHA-256 " + sha
                    + "). Use another backup.");
        }
        return new BackupReport(backup, loaded, files, sha);
    }

    private static InputStream unclosable(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream stays open for the next entries
            }
        };
    }

    private static boolean nonEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new BackupException(dir + " exists and is not a folder.");
            }
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new BackupException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover staging folder is named as such and harmless
        }
    }

    /** Tells a listener how many bytes went through. */
    private static final class Counting extends java.io.FilterInputStream {
        private final LongConsumer listener;
        private long count;

        Counting(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
