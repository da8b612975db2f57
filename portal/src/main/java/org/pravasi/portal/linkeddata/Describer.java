package org.pravasi.portal.linkeddata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/**
 * Finds the graph that describes an entity: a dataset's record graph, a version's graph (a replaced version only
 * by its record: its observations are not public), an organisation's or story's graph, a concept's triples in the
 * code lists, a district's in the geography, the whole vocabulary for {@code /def}, the catalogue graph with every
 * record for {@code /catalog}. It reads the store only, never the archive of earlier versions.
 */
public final class Describer {
    private static final Pattern DATASET_OR_VERSION = Pattern.compile("(id/dataset/[^/]+/[^/]+)(/v[0-9]+)?");

    private final Store store;
    private final CatalogView catalogue;
    private final UriSpace space;

    /** Creates a describer over the store and the catalogue's read model. */
    public Describer(Store store, CatalogView catalogue, UriSpace space) {
        this.store = store;
        this.catalogue = catalogue;
        this.space = space;
    }

    /**
     * The dataset URI when the request path names a withdrawn dataset or one of its versions: such a URI answers
     * 410 Gone with the dataset's record (the tombstone) as its description.
     */
    public Optional<String> withdrawnDataset(String path) {
        Matcher m = DATASET_OR_VERSION.matcher(path.startsWith("/") ? path.substring(1) : path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> uri = space.uriOf("/" + m.group(1));
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        return catalogue.record(uri.get()).filter(DatasetRecord::isTombstone).map(DatasetRecord::uri);
    }

    /** The URI space this describer serves. */
    public UriSpace space() {
        return space;
    }

    /** The describing graph of the entity named by a request path; empty when nothing is known about it. */
    public Graph describe(String path) {
        if (path.equals("/catalog") || path.equals("/id/catalog")) {
            return store.read(this::catalog);
        }
        Optional<String> uri = space.uriOf(path);
        if (uri.isEmpty()) {
            return GraphFactory.createGraphMem();
        }
        String rel = path.substring(1);
        Node s = NodeFactory.createURI(uri.get());
        Graph g = store.read(() -> {
            DatasetGraph dsg = store.dataset();
            if (rel.equals("def")) {
                return copyGraph(dsg, NodeFactory.createURI(PravasiUris.VOCABULARY_GRAPH));
            }
            if (rel.startsWith("code/") && rel.indexOf('/', 5) < 0) {
                return scheme(dsg, s);
            }
            Graph out = copyGraph(dsg, s);
            describeSubject(dsg, s, out);
            if (rel.startsWith("id/district/") || rel.startsWith("id/state/")) {
                List<Node> geometries = new ArrayList<>();
                out.find(s, GEO.hasGeometry.asNode(), Node.ANY).forEachRemaining(t -> geometries.add(t.getObject()));
                geometries.forEach(geom -> describeSubject(dsg, geom, out));
            }
            if (rel.matches("id/dataset/[^/]+/[^/]+") && catalogue.currentVersion(uri.get()).isPresent()) {
                Distributions.addDownloads(out, s, first(dsg, s, DCTerms.license.asNode()));
            }
            return out;
        });
        return g;
    }

    private Graph catalog() {
        DatasetGraph dsg = store.dataset();
        Node catalogGraph = NodeFactory.createURI(space.instanceBase() + "graph/catalog");
        Graph out = copyGraph(dsg, catalogGraph);
        List<Node> datasets = new ArrayList<>();
        out.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> datasets.add(t.getObject()));
        List<Node> current = new ArrayList<>();
        for (Node d : datasets) {
            dsg.find(d, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            if (d.isURI() && catalogue.currentVersion(d.getURI()).isPresent()) {
                current.add(d);
                Distributions.addDownloads(out, d, first(dsg, d, DCTerms.license.asNode()));
            }
        }
        Set<Node> publishers = new HashSet<>();
        out.find(Node.ANY, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(t -> publishers.add(t.getObject()));
        publishers.forEach(p -> dsg.find(p, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple())));
        Distributions.addCatalogServices(out, NodeFactory.createURI(space.instanceBase() + "id/catalog"), space.instanceBase(), current);
        return out;
    }

    private static Graph scheme(DatasetGraph dsg, Node scheme) {
        Node codes = NodeFactory.createURI(PravasiUris.CODES_GRAPH);
        Graph out = GraphFactory.createGraphMem();
        addSubject(dsg, codes, scheme, out);
        if (out.isEmpty()) {
            return out;
        }
        dsg.find(codes, Node.ANY, SKOS.inScheme.asNode(), scheme).forEachRemaining(q -> addSubject(dsg, codes, q.getSubject(), out));
        return out;
    }

    private static Graph copyGraph(DatasetGraph dsg, Node graph) {
        Graph out = GraphFactory.createGraphMem();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    private static void addSubject(DatasetGraph dsg, Node graph, Node subject, Graph out) {
        dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
    }

    /** The subject's triples from every graph, closed over blank-node objects (a concise bounded description). */
    private static void describeSubject(DatasetGraph dsg, Node subject, Graph out) {
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

    private static Node first(DatasetGraph dsg, Node dataset, Node p) {
        var it = dsg.find(dataset, dataset, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
