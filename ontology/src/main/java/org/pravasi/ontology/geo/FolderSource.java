package org.pravasi.ontology.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** Raw files read from a folder, each checked against a SHA-256 when one is given for it. */
record FolderSource(Path dir, Map<RawFile, String> sha256) implements GeographySource {

    FolderSource {
        Objects.requireNonNull(dir, "dir");
        sha256 = Map.copyOf(sha256);
    }

    @Override
    public byte[] read(RawFile file) {
        Path path = dir.resolve(file.fileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new GeographyException(
                    file.fileName() + " is missing from " + dir.toAbsolutePath() + ": expected the "
                            + file.description() + ". Download it from " + file.url() + " into that folder.",
                    e);
        } catch (IOException e) {
            throw new GeographyException(
                    "cannot read " + path.toAbsolutePath() + " (the " + file.description() + "): " + e.getMessage()
                            + ". Check that the file is readable.",
                    e);
        }
        String expected = sha256.get(file);
        if (expected != null) {
            Sha256.verify(file, path.toAbsolutePath().toString(), bytes, expected);
        }
        return bytes;
    }

    @Override
    public String location(RawFile file) {
        return dir.resolve(file.fileName()).toAbsolutePath().toString();
    }
}
