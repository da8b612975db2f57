package org.pravasi.registry.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.GEO;
import org.pravasi.ontology.PravasiUris;

/** The RDF descriptions of things in the store, as linked data serves them; call inside a read transaction. */
final class Descriptions {
    private Descriptions() {}

    /** A copy of the named graph {@code graph} (empty when there is none). */
    static Graph namedGraph(DatasetGraph dsg, Node graph) {
        Graph out = GraphFactory.createGraphMem();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /**
     * The graph named by {@code subject}, with the subject's triples from every graph closed over blank nodes (a
     * concise bounded description), and the same for the geometries it has.
     */
    static Graph entity(DatasetGraph dsg, Node subject) {
        Graph out = namedGraph(dsg, subject);
        conciseDescription(dsg, subject, out);
        List<Node> geometries = new ArrayList<>();
        out.find(subject, GEO.hasGeometry.asNode(), Node.ANY).forEachRemaining(t -> geometries.add(t.getObject()));
        geometries.forEach(geom -> conciseDescription(dsg, geom, out));
        return out;
    }

    /** A code list: the scheme's triples and its concepts' from the code-list graph; empty when it is not one. */
    static Graph codeScheme(DatasetGraph dsg, Node scheme) {
        Node codes = NodeFactory.createURI(PravasiUris.CODES_GRAPH);
        Graph out = GraphFactory.createGraphMem();
        addSubject(dsg, codes, scheme, out);
        if (out.isEmpty()) {
            return out;
        }
        dsg.find(codes, Node.ANY, SKOS.inScheme.asNode(), scheme)
                .forEachRemaining(q -> addSubject(dsg, codes, q.getSubject(), out));
        return out;
    }

    /** The catalogue graph, the record graph of every dataset it lists, and the graph of every publisher named. */
    static Graph catalogue(DatasetGraph dsg, Node catalogGraph) {
        Graph out = namedGraph(dsg, catalogGraph);
        List<Node> datasets = new ArrayList<>();
        out.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> datasets.add(t.getObject()));
        for (Node d : datasets) {
            dsg.find(d, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        }
        Set<Node> publishers = new HashSet<>();
        out.find(Node.ANY, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(t -> publishers.add(t.getObject()));
        publishers.forEach(p -> dsg.find(p, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple())));
        return out;
    }

    private static void addSubject(DatasetGraph dsg, Node graph, Node subject, Graph out) {
        dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
    }

    private static void conciseDescription(DatasetGraph dsg, Node subject, Graph out) {
        Deque<Node> todo = new ArrayDeque<>(List.of(subject));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q.asTriple());
                if (q.getObject().isBlank()) {
                    todo.push(q.getObject());
                }
            });
        }
    }
}
