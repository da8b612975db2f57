package org.pravasi.registry.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.store.OwnerOnly;

/**
 * Earlier versions of datasets, kept as gzipped N-Triples files outside the store, so the store's default graph (the
 * union of its named graphs) holds current data only and never counts a figure twice.
 */
public final class VersionArchive {
    private final Path dir;

    /** An archive in {@code dataDir/archive}. */
    public VersionArchive(Path dataDir) {
        this.dir = dataDir.resolve("archive");
    }

    /**
     * Writes the version graph to the archive, then removes it from the store (inside the caller's write transaction).
     */
    void moveOut(DatasetGraph dsg, Node version) {
        Path file = file(version);
        try {
            OwnerOnly.folders(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try (OutputStream out = new GZIPOutputStream(OwnerOnly.newFile(tmp))) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                stream.start();
                dsg.find(version, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stream.triple(q.asTriple()));
                stream.finish();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot archive " + version.getURI() + " to " + file + ": " + e.getMessage(), e);
        }
        dsg.deleteAny(version, Node.ANY, Node.ANY, Node.ANY);
    }

    /** The archived N-Triples (gzipped) of an earlier version, if it was archived. */
    public Optional<Path> find(String versionUri) {
        Path f = file(org.apache.jena.graph.NodeFactory.createURI(versionUri));
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    private Path file(Node version) {
        String u = version.getURI();
        int i = u.indexOf("/id/dataset/");
        String rel = i >= 0 ? u.substring(i + "/id/dataset/".length()) : Integer.toHexString(u.hashCode());
        return dir.resolve(rel.replaceAll("[^A-Za-z0-9/_-]", "_") + ".nt.gz");
    }
}
