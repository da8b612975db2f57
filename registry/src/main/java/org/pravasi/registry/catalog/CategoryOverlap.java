package org.pravasi.registry.catalog;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.ontology.QB;

/**
 * Whether the categories of a version's dimension overlap ({@code pv:categoriesOverlap}): one person, family or case
 * may be counted in several of them, so no figure may add them up. The version's own structure says so on the
 * dimension's component when its publisher declared it; otherwise the dimension's code list (in {@code graph/codes})
 * does; a dimension with neither (areas, periods, a list that states nothing) is a partition.
 */
final class CategoryOverlap {
    private static final Node VOCABULARY = NodeFactory.createURI(PravasiUris.VOCABULARY_GRAPH);
    private static final Node CODES = NodeFactory.createURI(PravasiUris.CODES_GRAPH);

    private CategoryOverlap() {}

    /**
     * Whether dimension {@code dimension}, whose component in version graph {@code version} is {@code component},
     * overlaps.
     */
    static boolean of(DatasetGraph dsg, Node version, Node component, Node dimension) {
        Optional<Node> own = first(dsg, version, component);
        if (own.isPresent()) {
            return isTrue(own.get());
        }
        var lists = dsg.find(VOCABULARY, dimension, QB.codeList.asNode(), Node.ANY);
        while (lists.hasNext()) {
            Optional<Node> stated = first(dsg, CODES, lists.next().getObject());
            if (stated.isPresent()) {
                return isTrue(stated.get());
            }
        }
        return false;
    }

    private static Optional<Node> first(DatasetGraph dsg, Node g, Node s) {
        var it = dsg.find(g, s, PV.categoriesOverlap.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static boolean isTrue(Node n) {
        return n.isLiteral() && ("true".equals(n.getLiteralLexicalForm()) || "1".equals(n.getLiteralLexicalForm()));
    }
}
