package org.pravasi.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;

/**
 * A data folder with the reference geography already installed, made once per test JVM and copied into each test's
 * folder: the import itself is tested once, and every other test starts in a fraction of the time.
 */
final class GeoTemplate {
    private static Path template;

    private GeoTemplate() {}

    static synchronized void copyInto(Path geo, Path target) {
        try {
            if (template == null) {
                Path t = Files.createTempDirectory("pravasi-geo-template");
                RegistryNode.start(NodeConfig.builder(t).port(0).geoDir(geo).build())
                        .close();
                t.toFile().deleteOnExit();
                template = t;
            }
            try (Stream<Path> files = Files.walk(template)) {
                for (Path p : files.toList()) {
                    Path to = target.resolve(template.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.copy(p, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
