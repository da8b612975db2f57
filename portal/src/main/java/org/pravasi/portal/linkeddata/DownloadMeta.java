package org.pravasi.portal.linkeddata;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.store.Store;

/**
 * What travels with every download: the dataset's title, licence, publisher and source.
 *
 * @param dataset the dataset URI
 * @param title the English title
 * @param licence the licence URI
 * @param publisher the organisation URI
 * @param publisherName the organisation's English name
 * @param source the source citation
 */
record DownloadMeta(
        String dataset, String title, String licence, String publisher, String publisherName, String source) {

    /** Reads the record of {@code datasetUri}; empty when it has no current version. */
    static Optional<DownloadMeta> read(Store store, CatalogView catalogue, String datasetUri) {
        return store.read(() -> catalogue
                .record(datasetUri)
                .filter(DatasetRecord::isCurrent)
                .map(r -> {
                    Labels labels = catalogue.labels("en");
                    String publisherName =
                            r.publisher().isEmpty() ? "" : labels.label(NodeFactory.createURI(r.publisher()));
                    return new DownloadMeta(
                            datasetUri,
                            labels.label(NodeFactory.createURI(datasetUri)),
                            r.licence(),
                            r.publisher(),
                            publisherName,
                            r.source());
                }));
    }
}
