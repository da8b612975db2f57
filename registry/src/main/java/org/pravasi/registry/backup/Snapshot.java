package org.pravasi.registry.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.OwnerOnly;
import org.pravasi.registry.store.Store;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup of a node: one zip with the store as N-Quads (dumped inside one read transaction, so it is a
 * consistent snapshot while publishing goes on), the other files of the data folder (API key hashes, archived versions)
 * and a manifest with the quad count and the SHA-256 of the dump, which restore checks.
 *
 * <p>An N-Quads dump rather than a copy of the TDB2 files: a file copy during a write is not consistent, the dump does
 * not depend on TDB2's on-disk format, and restore bulk-loads it into a fresh, compact store.
 */
public final class Snapshot {
    /** Format name written into every manifest. */
    public static final String FORMAT = "pravasi-backup/1";

    static final String STORE_ENTRY = "store.nq";
    static final String MANIFEST_ENTRY = "manifest.json";
    /**
     * Parts of the data folder that are not backed up: the store (dumped instead), the rebuildable search index,
     * temporary uploads; nor are the workspace's drafts ({@link #draft}).
     */
    static final Set<String> SKIPPED = Set.of("tdb2", "index", "uploads", AdminSocket.FILE_NAME);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshot() {}

    /**
     * Refuses a backup file inside the data folder it backs up: the next backup would copy it, and each would hold
     * every earlier one (doubling in size each time, and carrying back whatever an older release put in backups).
     *
     * @throws IllegalArgumentException saying where to write it instead
     */
    public static void outsideTheData(Path dataDir, Path out) {
        Path data = dataDir.toAbsolutePath().normalize();
        if (out.toAbsolutePath().normalize().startsWith(data)) {
            throw new IllegalArgumentException("The backup "
                    + out.toAbsolutePath().normalize() + " would be inside the"
                    + " data folder " + data + ", so every later backup would hold it; nothing was written. Write it"
                    + " outside, e.g. --out /var/backups/pravasi/backup.zip.");
        }
    }

    /** The file a backup to {@code out} is written to until it is complete (then renamed to {@code out}). */
    public static Path partOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".part");
    }

    /**
     * Writes the backup of {@code store} and {@code dataDir} to {@code out} (atomically: a partial file never has the
     * final name).
     */
    public static BackupReport write(Store store, Path dataDir, Path out) {
        outsideTheData(dataDir, out);
        Path part = partOf(out);
        try {
            if (out.toAbsolutePath().getParent() != null) {
                OwnerOnly.folders(out.toAbsolutePath().getParent());
            }
            BackupReport report;
            Files.deleteIfExists(part);
            // A backup holds everything the data folder does (key hashes, archived versions): owner-only from creation.
            try (ZipOutputStream zip = new ZipOutputStream(OwnerOnly.newFile(part))) {
                report = store.read(() -> writeStore(store.dataset(), zip, out));
                List<String> files = copyFiles(dataDir, zip);
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("format", FORMAT);
                manifest.put("created", Instant.now().toString());
                manifest.put("quads", report.quads());
                manifest.put("sha256", report.sha256());
                manifest.put("files", files);
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                report = new BackupReport(out, report.quads(), files.size(), report.sha256());
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the failure below is the one to report
            }
            throw new BackupException("Cannot write the backup " + out + ": " + e.getMessage(), e);
        }
    }

    private static BackupReport writeStore(DatasetGraph dsg, ZipOutputStream zip, Path out) {
        try {
            zip.putNextEntry(new ZipEntry(STORE_ENTRY));
            MessageDigest sha = sha256();
            OutputStream body = new DigestOutputStream(OutputStream.nullOutputStream(), sha) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                    super.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    zip.write(b);
                    super.write(b);
                }

                @Override
                public void close() {
                    // the zip stays open for the next entries
                }
            };
            StreamRDF writer = StreamRDFWriter.getWriterStream(body, Lang.NQUADS);
            long quads = 0;
            writer.start();
            for (var it = dsg.find(); it.hasNext(); quads++) {
                Quad q = it.next();
                writer.quad(q);
            }
            writer.finish();
            body.flush();
            zip.closeEntry();
            return new BackupReport(out, quads, 0, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> copyFiles(Path dataDir, ZipOutputStream zip) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return names;
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = dataDir.relativize(p);
                String top = rel.getName(0).toString();
                String name = rel.toString().replace('\\', '/');
                if (SKIPPED.contains(top) || draft(rel) || name.endsWith(".tmp") || name.endsWith(".part")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("data/" + name));
                Files.copy(p, zip);
                zip.closeEntry();
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether {@code rel} lies in a workspace draft ({@code workspace/<org>/drafts/}): an upload as it came, with what
     * the officer has not yet screened or withheld, which must never reach a backup (docs/workspace.md).
     */
    static boolean draft(Path rel) {
        return rel.getNameCount() > 3
                && rel.getName(0).toString().equals("workspace")
                && rel.getName(2).toString().equals("drafts");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
