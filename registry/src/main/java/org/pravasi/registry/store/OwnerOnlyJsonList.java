package org.pravasi.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private long loadedStamp;

    /** The list in {@code file}; {@code what} names its content in error messages ("API keys"). */
    public OwnerOnlyJsonList(Path file, TypeReference<List<T>> type, String what) {
        this.file = file;
        this.type = type;
        this.what = what;
    }

    /** A copy of the list as last saved by anyone; the caller may change it and {@link #save} it. */
    public List<T> current() {
        long now = stamp();
        if (items == null || now != loadedStamp) {
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

    private long stamp() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() ^ Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
