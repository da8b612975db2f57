package org.pravasi.ontology.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The reference geography folder given by the build ({@code pravasi.test.geo}); tests that need it skip without it. */
final class GeoFolder {
    private GeoFolder() {}

    static Path require() {
        String dir = System.getProperty("pravasi.test.geo");
        Assumptions.assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir)),
                "no reference geography: set -Dpravasi.test.geo to a folder with the raw files (see shared/data/README.md)");
        Path path = Path.of(dir);
        for (RawFile file : RawFile.values()) {
            Assumptions.assumeTrue(
                    Files.isRegularFile(path.resolve(file.fileName())), file.fileName() + " is not in " + path);
        }
        return path;
    }
}
