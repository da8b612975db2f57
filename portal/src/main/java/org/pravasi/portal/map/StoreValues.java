package org.pravasi.portal.map;

import java.util.Iterator;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Single values read with {@code find}: the first object, or the first literal of a kind. Call inside a read
 * transaction.
 */
final class StoreValues {
    /** Accepts an English (or English-variant) literal. */
    static final Predicate<Node> ENGLISH = o -> o.getLiteralLanguage().equalsIgnoreCase("en")
            || o.getLiteralLanguage().toLowerCase().startsWith("en-");
    /** Accepts any literal. */
    static final Predicate<Node> ANY_LITERAL = o -> true;

    private StoreValues() {}

    /** The first object of {@code s p} in {@code graph} ({@link Node#ANY}: any graph), or {@code null}. */
    static Node object(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * The lexical form of the first literal of {@code s p} in {@code graph} that {@code accept} takes, or {@code null}.
     */
    static String literal(DatasetGraph dsg, Node graph, Node s, Node p, Predicate<Node> accept) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && accept.test(o)) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            Iter.close(it);
        }
    }
}
