package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;

/**
 * Statements that earlier versions of the pipeline published about the raw upload ({@code pv:sourceSha256} and the
 * {@code urn:sha256:} file the activity {@code prov:used}): with them anyone could test guesses of withheld cells, so a
 * node removes them from its store on start and a portal drops them from what it harvests. Also removed on start: the
 * table hashes of versions that are no longer current (replaced or withdrawn), which earlier releases kept.
 */
public final class LegacyHashes {
    private static final String SOURCE_FILE = "urn:sha256:";

    private LegacyHashes() {}

    /** Whether the statement names or describes a raw upload's hash. */
    public static boolean leaks(Quad q) {
        return q.getPredicate().equals(PV.sourceSha256.asNode())
                || isSourceFile(q.getSubject())
                || isSourceFile(q.getObject());
    }

    /** Removes every such statement from the store; call inside a write transaction. Returns how many went. */
    public static int removeAll(DatasetGraph dsg) {
        List<Quad> found = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PV.sourceSha256.asNode(), Node.ANY).forEachRemaining(found::add);
        dsg.find(Node.ANY, Node.ANY, PROV.used.asNode(), Node.ANY).forEachRemaining(q -> {
            if (isSourceFile(q.getObject())) {
                found.add(q);
                dsg.find(q.getGraph(), q.getObject(), Node.ANY, Node.ANY).forEachRemaining(found::add);
            }
        });
        // Earlier releases kept every replaced version's table hash in its record, and a withdrawn one's: only a
        // current version's may stay (CatalogRecord, Catalog.markWithdrawn).
        dsg.find(Node.ANY, Node.ANY, PV.tableSha256.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!VersionHistory.current(dsg, q.getGraph())
                    .map(q.getSubject()::equals)
                    .orElse(false)) {
                found.add(q);
            }
        });
        found.forEach(dsg::delete);
        return found.size();
    }

    /**
     * Whether the statement gives the table hash of a version other than {@code current}, the record's current one:
     * only that one's may be public (with a replaced version's hash and the current table, small changes to each count
     * can be tried until the hash matches).
     */
    public static boolean replacedTableHash(Quad q, Node current) {
        return q.getPredicate().equals(PV.tableSha256.asNode())
                && !q.getSubject().equals(current);
    }

    private static boolean isSourceFile(Node n) {
        return n.isURI() && n.getURI().startsWith(SOURCE_FILE);
    }
}
