package org.pravasi.portal.linkeddata;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.ProblemException;

/**
 * RDF answers about a version too large to build in memory. A version graph holds every observation (about 7 statements
 * each): written as one in-memory graph, a 100,000-observation version took 520 MB of a 512 MB heap for JSON-LD and
 * failed with {@code OutOfMemoryError}, on one anonymous request. Above {@link #IN_MEMORY_STATEMENTS} statements,
 * N-Triples and Turtle are written as the statements are read from the store (Turtle in blocks, as Jena streams it),
 * and the formats that need the whole graph in memory (JSON-LD, RDF/XML) are refused with a problem that names the
 * streamed ones.
 */
final class LargeVersions {
    /** Statements a version may have and still be written from memory in any format. */
    static final int IN_MEMORY_STATEMENTS = 50_000;

    private static final Pattern VERSION_PATH = Pattern.compile("/id/dataset/[^/]+/[^/]+/v[0-9]+");

    private final Store store;
    private final int limit;

    LargeVersions(Store store) {
        this(store, IN_MEMORY_STATEMENTS);
    }

    /** With another limit (tests). */
    LargeVersions(Store store, int limit) {
        this.store = store;
        this.limit = limit;
    }

    /** Whether {@code path} names a version. */
    static boolean isVersionPath(String path) {
        return VERSION_PATH.matcher(path).matches();
    }

    /** The version graph named {@code versionUri}, if it holds more statements than the limit. */
    Optional<Node> ifLarge(String versionUri) {
        Node v = NodeFactory.createURI(versionUri);
        boolean large = store.read(() -> {
            Iterator<Quad> it = store.dataset().find(v, Node.ANY, Node.ANY, Node.ANY);
            int n = 0;
            while (it.hasNext() && n <= limit) {
                it.next();
                n++;
            }
            return n > limit;
        });
        return large ? Optional.of(v) : Optional.empty();
    }

    /**
     * Refuses a format that needs the whole graph in memory.
     *
     * @throws ProblemException 413, naming the formats that are streamed
     */
    void refuseUnlessStreamed(RdfFormat format, String versionUri) {
        if (!streamed(format)) {
            throw new ProblemException(
                    413,
                    "Too large for " + format.label(),
                    "The version " + versionUri + " has more than " + limit + " statements, too many to write as "
                            + format.label() + ", which is built whole in memory. Ask for N-Triples or Turtle"
                            + " (?format=nt or ?format=ttl, written as they are read), download the CSV, or take"
                            + " the whole store from /dump.nq.gz.");
        }
    }

    /** Whether {@code format} is written as it is read here. */
    static boolean streamed(RdfFormat format) {
        return format == RdfFormat.NTRIPLES || format == RdfFormat.TURTLE;
    }

    /**
     * Writes {@code head} (the description around the version, small) and then every statement of {@code version}'s
     * graph, read from the store in one read transaction, to {@code out} in {@code format} (N-Triples or Turtle).
     */
    void write(OutputStream out, RdfFormat format, Graph head, Node version) {
        StreamRDF rdf = StreamRDFWriter.getWriterStream(
                out, format == RdfFormat.NTRIPLES ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS);
        rdf.start();
        RdfBodies.PREFIXES.getNsPrefixMap().forEach(rdf::prefix);
        StreamRDFOps.sendTriplesToStream(head, rdf);
        store.read(() -> {
            store.dataset().find(version, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> rdf.triple(q.asTriple()));
            return null;
        });
        rdf.finish();
    }
}
