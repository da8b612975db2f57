package org.pravasi.registry.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders of the data folder, readable by the node's user only: folders are created {@code rwx------} and
 * files {@code rw-------}, with the permissions given at creation (never widened by the umask, never set after a window
 * in which others could open them). On file systems without POSIX permissions the same calls create ordinary files and
 * folders. The data folder holds unsuppressed uploads, archived versions, backups and key hashes, so nothing in it is
 * for other users of the machine.
 */
public final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    /** Permissions of folders. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** Permissions of files. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Whether the file system of {@code p} has POSIX permissions. */
    public static boolean posix(Path p) {
        return p.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} and its missing parents, each owner-only from creation; returns {@code dir}. */
    public static Path folders(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return dir;
        }
        if (abs.getParent() != null) {
            folders(abs.getParent());
        }
        try {
            if (posix(abs)) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) {
                throw e;
            }
        }
        return dir;
    }

    /** Creates a new file (refusing to reuse an existing one, whose permissions could be wider) for writing. */
    public static OutputStream newFile(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attrs = posix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file, options, attrs));
    }

    /** Replaces {@code file} with {@code bytes} atomically: written to a fresh owner-only sibling, then moved. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        if (file.getParent() != null) {
            folders(file.getParent());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (OutputStream out = newFile(tmp)) {
            out.write(bytes);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Makes everything under {@code root} owner-only: for data folders of earlier releases, and for files that
     * libraries (TDB2, Lucene) create inside an owner-only folder with the process umask.
     */
    public static void tighten(Path root) {
        if (!Files.exists(root) || !posix(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    if (Files.isSymbolicLink(p)) {
                        return;
                    }
                    Set<PosixFilePermission> want = Files.isDirectory(p) ? FOLDER : FILE;
                    if (!Files.getPosixFilePermissions(p).equals(want)) {
                        Files.setPosixFilePermissions(p, want);
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // deleted meanwhile (an upload at the end of its request): nothing to protect
                } catch (IOException e) {
                    // Not ours to change (another owner, a read-only mount): say so, and keep the node running.
                    LOG.warn(
                            "Cannot make {} readable by its owner only ({}); other users of this machine may read it",
                            p,
                            e.toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data folder " + root + ": " + e.getMessage(), e);
        }
    }
}
