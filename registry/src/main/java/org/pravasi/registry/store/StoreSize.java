package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bytes a TDB2 store takes on disk, as {@code du} counts them. Its index files are sparse and grow by 8 MiB at a
 * time, so their lengths overstate an empty store about 500 times; each index's state file ({@code X.bpt}: root, node
 * blocks in use, record blocks in use) says how many of its blocks are written.
 */
final class StoreSize {
    /** TDB2's block size (its default; the node never changes it). */
    static final long BLOCK = 8192;

    private StoreSize() {}

    /** Bytes in use under {@code dir}, every generation included. */
    static long of(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreSize::used).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the folder changed while counting (a generation deleted): the next check counts again
        }
    }

    private static long used(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".dat") || name.endsWith(".idn")) {
                Path state = file.resolveSibling(name.substring(0, name.length() - 4) + ".bpt");
                if (Files.exists(state)) {
                    return 0; // counted from the state file
                }
            }
            if (name.endsWith(".bpt") && Files.size(file) >= 24) {
                ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
                return Files.size(file) + (b.getLong(8) + b.getLong(16)) * BLOCK;
            }
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
