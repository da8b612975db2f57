package org.pravasi.registry.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a peers file: one peer a line, {@code URL BASE} (the node's address and the base URI it must declare); blank
 * lines and lines starting with '#' are ignored. The federation checks each line when it starts.
 */
final class PeersFile {
    private PeersFile() {}

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new ConfigException("--peers-file " + file + " cannot be read: " + e.getMessage());
        }
    }
}
