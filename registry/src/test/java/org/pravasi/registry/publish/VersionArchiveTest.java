package org.pravasi.registry.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive reads only files inside it, for versions of the node's own datasets. */
class VersionArchiveTest {
    private static final String BASE = "https://w3id.org/pravasi/";

    @TempDir
    Path data;

    private Path put(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {1});
    }

    @Test
    void findsAVersionOfTheNodesOwnDatasets() throws Exception {
        Path f = put(data.resolve("archive/labour/migrants/v1.nt.gz"));
        VersionArchive archive = new VersionArchive(data, new InstanceUris(BASE));
        assertEquals(Optional.of(f.toAbsolutePath().normalize()), archive.find(BASE + "id/dataset/labour/migrants/v1"));
    }

    @Test
    void aVersionOfAnotherBaseIsNeverReadAsOurs() throws Exception {
        // A peer's dataset of the same organisation and slug named the same file: its tombstone read our archived
        // version as its own.
        put(data.resolve("archive/labour/migrants/v1.nt.gz"));
        VersionArchive archive = new VersionArchive(data, new InstanceUris(BASE));
        assertEquals(Optional.empty(), archive.find("https://peer.example.org/pravasi/id/dataset/labour/migrants/v1"));
    }

    @Test
    void aUriWithAnEmptySegmentNamesNoFileOutsideTheArchive() throws Exception {
        Path outside = put(data.resolve("outside/x/v1.nt.gz"));
        VersionArchive archive = new VersionArchive(data, new InstanceUris(BASE));
        String absolute = outside.toAbsolutePath().toString();
        assertTrue(absolute.startsWith("/"));
        String uri = BASE + "id/dataset/" + absolute.substring(0, absolute.length() - ".nt.gz".length());
        assertEquals(Optional.empty(), archive.find(uri), uri);
    }
}
