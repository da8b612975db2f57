package org.pravasi.portal.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the demo datasets: a configured folder, else {@code ./datasets}, else the copy bundled in the jar. */
public final class DemoFolder {
    private static final String BUNDLED = "pravasi-demo/README.md";

    private DemoFolder() {}

    /** The folder to seed from, if any. */
    public static Optional<Path> locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            if (!Files.isDirectory(configured.get())) {
                throw new IllegalArgumentException("--datasets " + configured.get() + " is not a folder");
            }
            return configured;
        }
        Path local = Path.of("datasets");
        if (Files.isRegularFile(local.resolve("README.md"))) {
            return Optional.of(local);
        }
        return bundled();
    }

    private static Optional<Path> bundled() {
        URL url = DemoFolder.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return Optional.of(fs.getPath("/pravasi-demo"));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
