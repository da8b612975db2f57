package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The portal reads the store through the registry, never through TDB2 internals")
class StoreBoundaryTest {

    @Test
    @DisplayName("no portal source imports org.apache.jena.tdb2 or org.apache.jena.dboe")
    void noPortalClassImportsTdb2OrDboe() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(StoreBoundaryTest::reachesIn)
                    .map(Path::toString)
                    .sorted()
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean reachesIn(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("org.apache.jena.tdb2") || text.contains("org.apache.jena.dboe");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
