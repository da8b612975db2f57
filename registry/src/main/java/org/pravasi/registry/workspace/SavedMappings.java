package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.pravasi.registry.store.OwnerOnly;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each organisation's earlier choices (value as written → our identifier, per scope such as {@code district} or
 * {@code code:violation-type}), kept privately on the node's disk in {@code <folder>/<org>/mappings.json}, owner-only,
 * never in the public store. A save reads, merges and replaces the file under one lock per file for the whole JVM, so
 * two saves at the same moment both count, whichever instance they go through; a reader sees the file before or after a
 * save, never half of one (it is replaced atomically).
 */
public final class SavedMappings {
    private static final Pattern ORG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() {};
    /**
     * The lock of each mappings file, by absolute path, shared by every instance: a lock held by one instance alone let
     * two instances over the same folder (the portal's screens and the node's API) each read the file, merge their own
     * choices and replace it, losing the other's. The JVM-wide set of held locks follows Lucene's
     * {@code NativeFSLockFactory}; an entry per organisation's file, so it stays small.
     */
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /** Most saved choices an organisation keeps, over every scope; a save that would pass it is refused whole. */
    public static final int MAX_ENTRIES = 10_000;

    private final Path folder;
    /** How many times a mappings file was read, for tests that count the work of a preview. */
    private final AtomicLong reads = new AtomicLong();

    private SavedMappings(Path folder) {
        this.folder = folder;
    }

    /** Mappings kept under {@code folder} (for a node, {@code data/workspace}). */
    public static SavedMappings in(Path folder) {
        return new SavedMappings(folder);
    }

    /** The saved identifier for {@code value} in {@code scope}, if the organisation chose one before. */
    public Optional<String> find(String org, String scope, String value) {
        return snapshot(org).find(scope, value);
    }

    /** The organisation's saved choices as they are now, read once: a preview looks up many values in them. */
    public Snapshot snapshot(String org) {
        return new Snapshot(read(org));
    }

    /**
     * Saves the choices (scope → value → identifier), adding to and overriding what the organisation saved before.
     *
     * @return false, with nothing saved, when the organisation would then keep more than {@link #MAX_ENTRIES} choices
     *     and more than before
     */
    public boolean save(String org, Map<String, Map<String, String>> choices) {
        Path file = file(org);
        ReentrantLock lock = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        lock.lock();
        try {
            Map<String, Map<String, String>> all = read(org);
            long before = entries(all);
            choices.forEach((scope, values) -> values.forEach((value, id) ->
                    all.computeIfAbsent(scope, k -> new TreeMap<>()).put(NameKey.of(value), id)));
            long after = entries(all);
            // Past the cap only by growing: an organisation over it from before the cap may still override a choice.
            if (after > MAX_ENTRIES && after > before) {
                return false;
            }
            OwnerOnly.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the workspace mappings of " + org + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static long entries(Map<String, Map<String, String>> all) {
        return all.values().stream().mapToLong(Map::size).sum();
    }

    /** How many times this instance read a mappings file. */
    long reads() {
        return reads.get();
    }

    private Map<String, Map<String, String>> read(String org) {
        Path f = file(org);
        if (!Files.isRegularFile(f)) {
            return new LinkedHashMap<>();
        }
        try {
            reads.incrementAndGet();
            Map<String, Map<String, String>> m = JSON.readValue(Files.readAllBytes(f), TYPE);
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private Path file(String org) {
        if (org == null || !ORG.matcher(org).matches()) {
            throw new IllegalArgumentException("not an organisation slug: " + org);
        }
        return folder.resolve(org).resolve("mappings.json");
    }

    /** An organisation's saved choices as read once (scope → normalised value → identifier). */
    public record Snapshot(Map<String, Map<String, String>> byScope) {
        /** No saved choices. */
        public static final Snapshot EMPTY = new Snapshot(Map.of());

        /** Keeps an unmodifiable copy. */
        public Snapshot {
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            byScope.forEach((scope, values) -> copy.put(scope, Map.copyOf(values)));
            byScope = java.util.Collections.unmodifiableMap(copy);
        }

        /** The saved identifier for {@code value} in {@code scope}, if the organisation chose one before. */
        public Optional<String> find(String scope, String value) {
            return Optional.ofNullable(byScope.getOrDefault(scope, Map.of()).get(NameKey.of(value)));
        }
    }
}
