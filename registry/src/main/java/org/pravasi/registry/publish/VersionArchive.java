package org.pravasi.registry.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.QB;
import org.pravasi.ontology.SDMX;
import org.pravasi.registry.store.GraphEraser;
import org.pravasi.registry.store.OwnerOnly;

/**
 * Earlier versions of datasets, kept as gzipped N-Triples files outside the store, so the store's default graph (the
 * union of its named graphs) holds current data only and never counts a figure twice. A harvesting portal also keeps
 * here the published tables of its peers' versions that it served and removed ({@link #keepHarvested}), apart from its
 * own versions and never served.
 */
public final class VersionArchive {
    private final Path dir;
    private final Path harvested;
    private final String datasets;

    /**
     * An archive in {@code dataDir/archive} of the versions of this node's own datasets, whose URIs begin with
     * {@code uris}' base: the file of a version is named from the part after {@code id/dataset/}, so a version of
     * another base (a peer's, as a harvested record names it) is never looked up, lest it be read as ours.
     */
    public VersionArchive(Path dataDir, InstanceUris uris) {
        this.dir = dataDir.resolve("archive").toAbsolutePath().normalize();
        this.harvested = dataDir.resolve("archive-harvested").toAbsolutePath().normalize();
        this.datasets = uris.base() + "id/dataset/";
    }

    /** Whether {@code dataset} is one of this node's own datasets (else a peer's, as a harvest holds it). */
    boolean isOwn(Node dataset) {
        return dataset.isURI() && dataset.getURI().startsWith(datasets);
    }

    /**
     * Keeps the published table of a harvested version that this portal served and is about to remove from the store
     * (replaced or withdrawn at its peer), so that the versions harvested later are read together with it, as a node
     * reads its own replaced versions (docs/disclosure.md, "What a harvesting portal does"). Only what the table shows
     * is kept: the measure and dimensions, and each observation's key, count or withheld status; no label, hash or
     * provenance. The files lie apart from this node's own archive ({@code archive-harvested}, by a digest of the
     * dataset URI), are never served, and a version already kept is never written again: a version URI names one table,
     * and what was served first stays. Call inside the write transaction that removes the graph.
     */
    public void keepHarvested(DatasetGraph dsg, Node version) {
        Optional<Path> at = harvestedFile(version);
        if (at.isEmpty() || Files.isRegularFile(at.get())) {
            return;
        }
        Path file = at.get();
        java.util.Set<Node> kept = new java.util.HashSet<>(List.of(
                QB.dimension.asNode(),
                QB.measure.asNode(),
                QB.order.asNode(),
                QB.dataSet.asNode(),
                SDMX.obsStatus.asNode()));
        dsg.find(version, Node.ANY, QB.dimension.asNode(), Node.ANY).forEachRemaining(q -> kept.add(q.getObject()));
        dsg.find(version, Node.ANY, QB.measure.asNode(), Node.ANY).forEachRemaining(q -> kept.add(q.getObject()));
        write(dsg, version, file, kept::contains, "Cannot keep the harvested version " + version.getURI() + " in ");
    }

    /** The kept table of a harvested version ({@link #keepHarvested}), if this portal kept it. */
    Optional<Path> findHarvested(Node version) {
        return harvestedFile(version).filter(Files::isRegularFile);
    }

    /**
     * The numbers of the versions of a harvested {@code dataset} that this portal kept ({@link #keepHarvested}): what
     * it served, whatever the peer's record now lists.
     */
    java.util.SortedSet<Integer> harvestedNumbers(Node dataset) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        if (!dataset.isURI()) {
            return out;
        }
        Path folder = harvested.resolve(digest(dataset.getURI()));
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .map(HARVESTED_FILE::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .forEach(m -> out.add(Integer.parseInt(m.group(1))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the kept versions in " + folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static final java.util.regex.Pattern HARVESTED_FILE =
            java.util.regex.Pattern.compile("v(" + VersionNumbers.DIGITS + ")\\.nt\\.gz");

    /**
     * The file of a harvested version {@code <dataset>/vN}: {@code vN.nt.gz} in a folder named by the SHA-256 of the
     * dataset URI (one folder per dataset, whatever characters its URI has); empty for any other URI.
     */
    private Optional<Path> harvestedFile(Node version) {
        if (!version.isURI()) {
            return Optional.empty();
        }
        String u = version.getURI();
        int at = u.lastIndexOf("/v");
        if (at <= 0 || !VersionNumbers.isVersionOf(u.substring(0, at), u)) {
            return Optional.empty();
        }
        return Optional.of(harvested.resolve(digest(u.substring(0, at))).resolve("v" + u.substring(at + 2) + ".nt.gz"));
    }

    private static String digest(String uri) {
        return java.util.HexFormat.of()
                .formatHex(TableDigest.sha256().digest(uri.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Writes the version graph to the archive, then removes it from the store (inside the caller's write transaction).
     */
    void moveOut(DatasetGraph dsg, Node version) {
        write(dsg, version, file(version), p -> true, "Cannot archive " + version.getURI() + " to ");
        GraphEraser.erase(dsg, version);
    }

    /**
     * Writes the statements of graph {@code version} whose predicate {@code keeps} admits to {@code file}, gzipped
     * N-Triples, through a temporary file moved into place: a reader finds the whole file or none. {@code failure}
     * begins the message of the error, which ends with the file and the cause.
     */
    private static void write(
            DatasetGraph dsg, Node version, Path file, java.util.function.Predicate<Node> keeps, String failure) {
        try {
            OwnerOnly.folders(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try (OutputStream out = fastGzip(OwnerOnly.newFile(tmp))) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                stream.start();
                dsg.find(version, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (keeps.test(q.getPredicate())) {
                        stream.triple(q.asTriple());
                    }
                });
                stream.finish();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(failure + file + ": " + e.getMessage(), e);
        }
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
