package org.pravasi.registry.catalog;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.registry.store.Store;

/**
 * A dataset's graphs as one N-Quads document, read in one transaction: its catalogue record (the graph named by the
 * dataset URI), its current version graph (none when withdrawn) and its publisher's organisation graph. This is what a
 * portal harvests.
 */
public final class DatasetGraphs {
    private final Store store;

    /** Creates the reader over the store. */
    public DatasetGraphs(Store store) {
        this.store = store;
    }

    /**
     * Writes the graphs of {@code dataset} to {@code out}; returns false (writing nothing) when there is no such
     * record.
     */
    public boolean write(String dataset, OutputStream out) {
        Node ds = NodeFactory.createURI(dataset);
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            if (!dsg.contains(ds, ds, Node.ANY, Node.ANY)) {
                return false;
            }
            List<Node> graphs = new ArrayList<>(List.of(ds));
            CurrentVersion.of(dsg, ds).ifPresent(v -> graphs.add(NodeFactory.createURI(v.uri())));
            dsg.find(ds, ds, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(q -> graphs.add(q.getObject()));
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            for (Node g : graphs) {
                if (g.isURI()) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                }
            }
            stream.finish();
            return true;
        });
    }
}
