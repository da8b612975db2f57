package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of records kept as JSON in one owner-only file, replaced atomically on every save and read again when another
 * process (the command line, while the node runs) changed it. Not thread-safe: its owner synchronises.
 *
 * @param <T> the record type
 */
public final class OwnerOnlyJsonList<T> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final TypeReference<List<T>> type;
    private final String what;
    private List<T> items;
    private Stamp loadedStamp;

    /**
     * What tells one version of the file from another without reading it: its modification time, size and file key (an
     * atomic replace makes a new file). File systems keep the time coarsely (ext4 to the kernel's tick), so two saves
     * of the same size in one tick can share a time, and a freed file key can come back: a stamp taken within
     * {@link #RACY} of the file's time is not trusted, and the file is read again (as git treats a racily clean index).
     */
    private record Stamp(FileTime modified, long size, Object key, long takenMillis) {
        boolean sameFileAs(Stamp other) {
            return modified.equals(other.modified) && size == other.size && java.util.Objects.equals(key, other.key);
        }

        boolean racy() {
            return takenMillis - modified.toMillis() < RACY.toMillis();
        }
    }

    private static final java.time.Duration RACY = java.time.Duration.ofSeconds(2);
    private static final Stamp ABSENT = new Stamp(FileTime.fromMillis(0), -1, null, Long.MAX_VALUE);

    /** The list in {@code file}; {@code what} names its content in error messages ("API keys"). */
    public OwnerOnlyJsonList(Path file, TypeReference<List<T>> type, String what) {
        this.file = file;
        this.type = type;
        this.what = what;
    }

    /** A copy of the list as last saved by anyone; the caller may change it and {@link #save} it. */
    public List<T> current() {
        Stamp now = stamp();
        if (items == null || !now.sameFileAs(loadedStamp) || loadedStamp.racy()) {
            items = read();
            loadedStamp = now;
        }
        return new ArrayList<>(items);
    }

    /** Replaces the file's content with {@code list}. */
    public void save(List<T> list) {
        try {
            OwnerOnly.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(list));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what + " to " + file + ": " + e.getMessage(), e);
        }
        items = new ArrayList<>(list);
        loadedStamp = stamp();
    }

    private List<T> read() {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(JSON.readValue(Files.readAllBytes(file), type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " from " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new UncheckedIOException(
                    "Cannot read " + what + " from " + file + " (not the JSON list this node writes): "
                            + e.getOriginalMessage(),
                    new IOException(e));
        }
    }

    /** Taken before the file is read, so a save after it makes the next stamp differ or stay racy. */
    private Stamp stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey(), System.currentTimeMillis());
        } catch (IOException e) {
            return ABSENT;
        }
    }
}
