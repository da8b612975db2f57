package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/**
 * Reads a dataset's record, versions (with their change summaries), provenance and current observations in one read
 * transaction. Only the current version's observations are read: earlier ones are not public.
 */
final class DatasetReader {
    private final Store store;
    private final CatalogView catalogue;
    private final CubeReader cubes;

    DatasetReader(Store store, CatalogView catalogue) {
        this.store = store;
        this.catalogue = catalogue;
        this.cubes = new CubeReader(store, catalogue);
    }

    /** The dataset, or empty when it is unknown or has no current version. */
    Optional<DatasetDetail> read(String datasetUri, String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = NodeFactory.createURI(datasetUri);
            Optional<Cube> cube = cubes.current(datasetUri, lang);
            if (cube.isEmpty()) {
                return Optional.empty();
            }
            Labels labels = Labels.in(dsg, lang);
            List<String> keywords = new ArrayList<>();
            dsg.find(ds, ds, DCAT.keyword.asNode(), Node.ANY)
                    .forEachRemaining(q -> keywords.add(q.getObject().getLiteralLexicalForm()));
            keywords.sort(String.CASE_INSENSITIVE_ORDER);
            List<Link> areas = new ArrayList<>();
            dsg.find(ds, ds, DCTerms.spatial.asNode(), Node.ANY)
                    .forEachRemaining(q -> areas.add(Catalogue.link(labels, q.getObject())));
            areas.sort(Comparator.comparing(Link::label));
            String[] temporal = {"", ""};
            Catalogue.first(dsg, ds, DCTerms.temporal.asNode()).ifPresent(t -> {
                temporal[0] = Catalogue.lexical(dsg, t, DCAT.startDate.asNode());
                temporal[1] = Catalogue.lexical(dsg, t, DCAT.endDate.asNode());
            });
            return Optional.of(new DatasetDetail(
                    Catalogue.dataset(dsg, labels, ds),
                    Catalogue.lexical(dsg, ds, DCTerms.license.asNode()),
                    keywords,
                    Catalogue.lexical(dsg, ds, DCAT.landingPage.asNode()),
                    Catalogue.lexical(dsg, ds, DCAT.contactPoint.asNode()),
                    Catalogue.lexical(dsg, ds, DCTerms.issued.asNode()),
                    temporal,
                    areas,
                    versions(datasetUri, labels),
                    provenance(datasetUri, cube.get().versionUri()),
                    cube.get()));
        });
    }

    /**
     * The record of a withdrawn dataset (no current version) with its earlier versions, or empty when unknown or
     * current.
     */
    Optional<DatasetDetail.Withdrawn> withdrawn(String datasetUri, String lang) {
        return store.read(() -> {
            if (catalogue.record(datasetUri).filter(DatasetRecord::isTombstone).isEmpty()) {
                return Optional.empty();
            }
            DatasetGraph dsg = store.dataset();
            Labels labels = Labels.in(dsg, lang);
            String reason = catalogue.withdrawalReason(datasetUri).orElse("");
            return Optional.of(new DatasetDetail.Withdrawn(
                    Catalogue.dataset(dsg, labels, NodeFactory.createURI(datasetUri)),
                    versions(datasetUri, labels),
                    reason));
        });
    }

    private List<DatasetDetail.Version> versions(String datasetUri, Labels labels) {
        return catalogue.versions(datasetUri).stream()
                .map(v -> new DatasetDetail.Version(
                        v.ref().uri(),
                        v.ref().number(),
                        v.issued(),
                        v.observations(),
                        v.suppressedCells(),
                        v.current(),
                        v.invalidated(),
                        links(v.addedCodes(), labels),
                        links(v.removedCodes(), labels)))
                .toList();
    }

    private static List<Link> links(List<String> uris, Labels labels) {
        List<Link> out = new ArrayList<>();
        uris.forEach(u -> out.add(Catalogue.link(labels, NodeFactory.createURI(u))));
        out.sort(Comparator.comparing(Link::label));
        return out;
    }

    private Optional<DatasetDetail.Provenance> provenance(String datasetUri, String versionUri) {
        return catalogue
                .provenance(datasetUri, versionUri)
                .map(p -> new DatasetDetail.Provenance(
                        p.activity(),
                        p.started(),
                        p.ended(),
                        p.tableSha256(),
                        p.threshold(),
                        p.suppressedCells(),
                        p.rules()));
    }
}
