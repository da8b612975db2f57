package org.pravasi.registry.federation;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.registry.ingest.TextLimits;

/**
 * The lengths of a peer's texts, in every graph it sends: a name, title, label or keyword of at most
 * {@link TextLimits#NAME_RECEIVED} characters, any other text of at most {@link TextLimits#TEXT_RECEIVED}, and at most
 * {@link TextLimits#KEYWORDS} keywords a subject. Lists of datasets show titles and keywords whole; only the length of
 * a line of N-Quads (16 MiB) bounded them before.
 */
final class LiteralLimits {
    private static final Set<Node> NAMES = Set.of(
            DCTerms.title.asNode(),
            DCTerms.alternative.asNode(),
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            DCAT.keyword.asNode(),
            org.apache.jena.sparql.vocabulary.FOAF.name.asNode());

    private LiteralLimits() {}

    /** Adds one problem for each kind of limit {@code b} passes, with its first example. */
    static void check(Bundle b, List<String> problems) {
        check(b.quads(), b.graphs(), problems);
    }

    /** As {@link #check(Bundle, List)}, for the named {@code graphs} of {@code quads} (a tombstone's). */
    static void check(DatasetGraph quads, List<Node> graphs, List<String> problems) {
        String tooLong = null;
        String tooMany = null;
        java.util.Map<Node, Integer> keywords = new java.util.HashMap<>();
        for (Node g : graphs) {
            var it = quads.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                if (q.getPredicate().equals(DCAT.keyword.asNode())
                        && keywords.merge(q.getSubject(), 1, Integer::sum) == TextLimits.KEYWORDS + 1
                        && tooMany == null) {
                    tooMany = "<" + q.getSubject() + "> in graph <" + g.getURI() + "> has more than "
                            + TextLimits.KEYWORDS + " keywords (dcat:keyword)";
                }
                String text = o.getLiteralLexicalForm();
                int limit = NAMES.contains(q.getPredicate()) ? TextLimits.NAME_RECEIVED : TextLimits.TEXT_RECEIVED;
                if (text.length() > limit && text.codePointCount(0, text.length()) > limit && tooLong == null) {
                    tooLong = "<" + q.getPredicate().getURI() + "> of <" + q.getSubject() + "> in graph <"
                            + g.getURI() + "> is " + text.codePointCount(0, text.length()) + " characters long; at"
                            + " most " + limit + " are accepted"
                            + (limit == TextLimits.NAME_RECEIVED ? " for a name, title, label or keyword" : "");
                }
            }
        }
        if (tooLong != null) {
            problems.add("a text is too long: " + tooLong + "; shorten it at the source");
        }
        if (tooMany != null) {
            problems.add(tooMany + "; keep the " + TextLimits.KEYWORDS + " that say most about the dataset");
        }
    }
}
