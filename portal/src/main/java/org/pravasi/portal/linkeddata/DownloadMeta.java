package org.pravasi.portal.linkeddata;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.registry.store.Store;

/**
 * What travels with every download: the dataset's title, licence, publisher and source.
 *
 * @param dataset       the dataset URI
 * @param title         the English title
 * @param licence       the licence URI
 * @param publisher     the organisation URI
 * @param publisherName the organisation's English name
 * @param source        the source citation
 */
record DownloadMeta(String dataset, String title, String licence, String publisher, String publisherName, String source) {

    /** Reads the record of {@code datasetUri}; empty when there is none. */
    static Optional<DownloadMeta> read(Store store, String datasetUri) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = NodeFactory.createURI(datasetUri);
            if (!dsg.contains(ds, ds, Vocab.HAS_CURRENT_VERSION, Node.ANY)) {
                return Optional.empty();
            }
            Labels labels = Labels.in(dsg, "en");
            Node publisher = first(dsg, ds, DCTerms.publisher.asNode());
            Node licence = first(dsg, ds, DCTerms.license.asNode());
            Node source = first(dsg, ds, DCTerms.source.asNode());
            return Optional.of(new DownloadMeta(datasetUri, labels.label(ds), licence == null ? "" : licence.getURI(),
                    publisher == null ? "" : publisher.getURI(), publisher == null ? "" : labels.label(publisher),
                    source == null ? "" : source.getLiteralLexicalForm()));
        });
    }

    private static Node first(DatasetGraph dsg, Node ds, Node p) {
        var it = dsg.find(ds, ds, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
