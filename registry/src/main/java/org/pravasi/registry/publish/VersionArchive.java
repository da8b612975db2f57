package org.pravasi.registry.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.registry.store.GraphEraser;
import org.pravasi.registry.store.OwnerOnly;

/**
 * Earlier versions of datasets, kept as gzipped N-Triples files outside the store, so the store's default graph (the
 * union of its named graphs) holds current data only and never counts a figure twice.
 */
public final class VersionArchive {
    private final Path dir;
    private final String datasets;

    /**
     * An archive in {@code dataDir/archive} of the versions of this node's own datasets, whose URIs begin with
     * {@code uris}' base: the file of a version is named from the part after {@code id/dataset/}, so a version of
     * another base (a peer's, as a harvested record names it) is never looked up, lest it be read as ours.
     */
    public VersionArchive(Path dataDir, InstanceUris uris) {
        this.dir = dataDir.resolve("archive").toAbsolutePath().normalize();
        this.datasets = uris.base() + "id/dataset/";
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
            try (OutputStream out = fastGzip(OwnerOnly.newFile(tmp))) {
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
        GraphEraser.erase(dsg, version);
    }

    /**
     * Gzip at its fastest level: the archive is written inside the publishing transaction, which holds the store's one
     * writer. For a 100,000-observation version the default level took 2.3–3.0 s, the fastest 1.9 s, for a somewhat
     * larger file.
     */
    private static OutputStream fastGzip(OutputStream file) throws IOException {
        return new GZIPOutputStream(file, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /**
     * The archived N-Triples (gzipped) of an earlier version of one of this node's datasets, if it was archived; empty
     * for a URI of another base.
     */
    public Optional<Path> find(String versionUri) {
        if (!versionUri.startsWith(datasets)) {
            return Optional.empty();
        }
        Path f = file(org.apache.jena.graph.NodeFactory.createURI(versionUri));
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** The file of {@code version}: its path after {@code id/dataset/}, as a relative path inside the archive. */
    private Path file(Node version) {
        String u = version.getURI();
        if (!u.startsWith(datasets)) {
            throw new IllegalArgumentException("<" + u + "> is not a version of this node's datasets (" + datasets
                    + "...); only those are archived here.");
        }
        String rel = u.substring(datasets.length()).replaceAll("[^A-Za-z0-9/_-]", "_");
        // No empty segment: a leading or doubled slash would make the name absolute or another folder's.
        rel = String.join(
                "/",
                java.util.Arrays.stream(rel.split("/"))
                        .filter(p -> !p.isEmpty())
                        .toList());
        Path f = dir.resolve(rel + ".nt.gz").normalize();
        if (rel.isEmpty() || !f.startsWith(dir)) {
            throw new IllegalArgumentException("<" + u + "> names no file inside the archive.");
        }
        return f;
    }
}
