package org.pravasi.portal.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/**
 * Finds the graph that describes an entity: a dataset's record graph, a version's graph (a replaced version only by its
 * record: its observations are not public), an organisation's or story's graph, a concept's triples in the code lists,
 * a district's in the geography, the whole vocabulary for {@code /def}, the catalogue graph with every record for
 * {@code /catalog}. The catalogue and dataset records are served in their DCAT-AP 3.0 form ({@link DcatAp}), with the
 * descriptions of their publishers and themes. It reads the store only, never the archive of earlier versions.
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
     * The dataset URI when the request path names a withdrawn dataset or one of its versions: such a URI answers 410
     * Gone with the dataset's record (the tombstone) as its description.
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
        if (rel.equals("def")) {
            return catalogue.namedGraph(PravasiUris.VOCABULARY_GRAPH);
        }
        if (rel.startsWith("code/") && rel.indexOf('/', 5) < 0) {
            return catalogue.codeScheme(uri.get());
        }
        return store.read(() -> {
            Graph out = catalogue.describe(uri.get());
            if (rel.matches("id/dataset/[^/]+/[^/]+") && !out.isEmpty()) {
                catalogue
                        .record(uri.get())
                        .filter(DatasetRecord::isCurrent)
                        .ifPresent(r -> Distributions.addDownloads(out, NodeFactory.createURI(r.uri()), licence(r)));
                addDescriptions(out, DCTerms.publisher.asNode());
                return DcatAp.apply(withThemes(out));
            }
            if (rel.matches("id/dataset/[^/]+/[^/]+/v[0-9]+") && !out.isEmpty()) {
                // A version is a dcat:Dataset too; it is described by its dataset's description.
                Node dataset =
                        NodeFactory.createURI(uri.get().substring(0, uri.get().lastIndexOf('/')));
                catalogue
                        .describe(dataset.getURI())
                        .find(dataset, DCTerms.description.asNode(), Node.ANY)
                        .forEachRemaining(out::add);
                return DcatAp.apply(out);
            }
            return out;
        });
    }

    private Graph catalog() {
        Graph out = catalogue.catalogue();
        List<Node> datasets = new ArrayList<>();
        out.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> datasets.add(t.getObject()));
        List<Node> current = new ArrayList<>();
        for (Node d : datasets) {
            Optional<DatasetRecord> r =
                    d.isURI() ? catalogue.record(d.getURI()).filter(DatasetRecord::isCurrent) : Optional.empty();
            if (r.isPresent()) {
                current.add(d);
                Distributions.addDownloads(out, d, licence(r.get()));
            }
        }
        Distributions.addCatalogServices(
                out, NodeFactory.createURI(space.instanceBase() + "id/catalog"), space.instanceBase(), current);
        return DcatAp.apply(withThemes(out));
    }

    /** Adds the descriptions of the themes {@code g} names and of their schemes, which DCAT-AP asks to be labelled. */
    private Graph withThemes(Graph g) {
        addDescriptions(g, DCAT.theme.asNode());
        addDescriptions(g, SKOS.inScheme.asNode());
        return g;
    }

    /** Adds the description of every resource that {@code g} names as the object of {@code property}. */
    private void addDescriptions(Graph g, Node property) {
        Set<Node> named = new HashSet<>();
        g.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> named.add(t.getObject()));
        for (Node n : named) {
            if (n.isURI()) {
                catalogue.describe(n.getURI()).find().forEachRemaining(g::add);
            }
        }
    }

    private static Node licence(DatasetRecord r) {
        return r.licence().isEmpty() ? null : NodeFactory.createURI(r.licence());
    }
}
