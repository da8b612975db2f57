package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.ontology.PV;
import org.pravasi.registry.publish.TableDigest;

/**
 * The digests a peer states. The current version's {@code pv:tableSha256} must be the SHA-256 of its table as published
 * ({@link TableDigest}, withheld cells written as {@code confidential}): a digest of the true counts, which a buggy or
 * hostile node could state instead, gives every withheld count of a small table away to anyone who hashes the few
 * thousand tables its published totals allow. Any other 64-hex digest is refused for the same reason, since this portal
 * cannot tell what it was computed from (a replaced version's table hash and an older node's {@code urn:sha256:} upload
 * are dropped when written, not refused).
 */
final class StatedDigests {
    private static final Pattern DIGEST = Pattern.compile("(?i)(urn:sha256:)?[0-9a-f]{64}");
    /** A SHA-256 written out in hex anywhere in a text. */
    private static final Pattern DIGEST_IN_TEXT = Pattern.compile("(?i)[0-9a-f]{64}");

    private StatedDigests() {}

    /**
     * Whether {@code q} is a table hash that was not checked, so not copied: any but the current version's in the
     * record graph (the one {@link #check} recomputes), and that one too when its version was streamed.
     */
    static boolean unchecked(Quad q, Bundle b) {
        return q.getPredicate().equals(PV.tableSha256.asNode())
                && (b.stored().isPresent()
                        || !q.getGraph().equals(b.dataset())
                        || !q.getSubject().equals(b.version()));
    }

    /**
     * Adds a problem if {@code b} states a table hash that is not its version's, or any other digest; the table hash is
     * checked only when {@code tableRead} (the observation checks read the version as a table).
     */
    static void check(Bundle b, boolean tableRead, List<String> problems) {
        Node hash = PV.tableSha256.asNode();
        List<Quad> others = new ArrayList<>();
        for (Node g : b.graphs()) {
            b.quads().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                boolean digest = o.isLiteral()
                        && DIGEST.matcher(o.getLiteralLexicalForm()).matches();
                if (digest && !q.getPredicate().equals(hash) && others.size() < 3) {
                    others.add(q);
                }
            });
        }
        others.forEach(q -> problems.add("<" + q.getPredicate() + "> of <" + q.getSubject() + "> in graph <"
                + q.getGraph() + "> states a digest; this portal cannot tell what it was computed from, and a digest"
                + " of a small table gives its withheld counts away to anyone who tries every table its totals allow,"
                + " so only the version's own table hash (pv:tableSha256) may be sent (docs/disclosure.md, \"Integrity"
                + " without leaking\")"));
        List<String> stated = new ArrayList<>();
        b.quads()
                .find(b.dataset(), b.version(), hash, Node.ANY)
                .forEachRemaining(q -> stated.add(
                        q.getObject().isLiteral()
                                ? q.getObject().getLiteralLexicalForm()
                                : q.getObject().toString()));
        if (stated.isEmpty() || !tableRead || b.stored().isPresent()) {
            // Older nodes stated none; a version that is not a table is refused by the observation checks; a version
            // streamed into the store is too large to sort its lines in memory, and its hash is not copied instead
            // (HarvestWriter).
            return;
        }
        String published = TableDigest.of(b.quads(), b.version());
        if (stated.size() > 1 || !stated.getFirst().equals(published)) {
            problems.add("the record states " + (stated.size() > 1 ? stated.size() + " table hashes" : "a table hash")
                    + " (pv:tableSha256) of <" + b.version() + "> that " + (stated.size() > 1 ? "are" : "is")
                    + " not the SHA-256 of the version's published table, its withheld cells written as '"
                    + TableDigest.CONFIDENTIAL + "'; a hash of anything else (the true counts) could give them away, so"
                    + " the peer must state the published table's (docs/disclosure.md, \"Integrity without leaking\")");
        }
    }

    /**
     * Adds a problem if a literal of graph {@code g} of {@code quads} holds a 64-hex digest anywhere in its text: a
     * tombstone, whose texts are free (a reason) and state no digest this portal could recompute.
     */
    static void checkTexts(DatasetGraph quads, Node g, List<String> problems) {
        var it = quads.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node o = q.getObject();
            if (o.isLiteral()
                    && DIGEST_IN_TEXT.matcher(o.getLiteralLexicalForm()).find()) {
                problems.add("<" + q.getPredicate() + "> of <" + q.getSubject() + "> in graph <" + g.getURI()
                        + "> states a digest in its text; a digest of a small table gives its withheld counts away to"
                        + " anyone who tries every table its totals allow (docs/disclosure.md, \"Integrity without"
                        + " leaking\")");
                return;
            }
        }
    }
}
