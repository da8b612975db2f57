package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pravasi.registry.store.OwnerOnly;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each organisation's earlier choices (value as written → our identifier, per scope such as {@code district} or
 * {@code code:violation-type}), kept privately on the node's disk in {@code <folder>/<org>/mappings.json}, owner-only,
 * never in the public store.
 */
public final class SavedMappings {
    private static final Pattern ORG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() {};

    private final Path folder;

    private SavedMappings(Path folder) {
        this.folder = folder;
    }

    /** Mappings kept under {@code folder} (for a node, {@code data/workspace}). */
    public static SavedMappings in(Path folder) {
        return new SavedMappings(folder);
    }

    /** The saved identifier for {@code value} in {@code scope}, if the organisation chose one before. */
    public synchronized Optional<String> find(String org, String scope, String value) {
        return Optional.ofNullable(read(org).getOrDefault(scope, Map.of()).get(NameKey.of(value)));
    }

    /** Saves the choices (scope → value → identifier), adding to and overriding what the organisation saved before. */
    public synchronized void save(String org, Map<String, Map<String, String>> choices) {
        Map<String, Map<String, String>> all = read(org);
        choices.forEach((scope, values) -> values.forEach(
                (value, id) -> all.computeIfAbsent(scope, k -> new TreeMap<>()).put(NameKey.of(value), id)));
        try {
            OwnerOnly.replace(file(org), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the workspace mappings of " + org + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Map<String, String>> read(String org) {
        Path f = file(org);
        if (!Files.isRegularFile(f)) {
            return new LinkedHashMap<>();
        }
        try {
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
}
