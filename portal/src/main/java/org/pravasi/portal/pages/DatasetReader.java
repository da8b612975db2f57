package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetDescription;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * Reads a dataset's record, versions (with their change summaries), provenance and the summary of its current
 * observations ({@link VersionSummaries}) in one read transaction. Only the current version's observations are read:
 * earlier ones are not public.
 */
final class DatasetReader {
    private final Store store;
    private final CatalogView catalogue;
    private final VersionSummaries data;
    private final Catalogue summaries;

    DatasetReader(Store store, CatalogView catalogue, ChangeBus bus) {
        this.store = store;
        this.catalogue = catalogue;
        this.data = new VersionSummaries(store, catalogue, bus);
        this.summaries = new Catalogue(store, catalogue);
    }

    /** The dataset, or empty when it is unknown or has no current version. */
    Optional<DatasetDetail> read(String datasetUri, String lang) {
        return store.read(() -> {
            Optional<VersionSummary> summary = data.current(datasetUri, lang);
            Optional<Citation> citation = Citation.read(catalogue, datasetUri, "", lang);
            if (summary.isEmpty() || citation.isEmpty()) {
                return Optional.empty();
            }
            Labels labels = catalogue.labels(lang);
            DatasetDescription d = catalogue.description(datasetUri);
            List<String> keywords = new ArrayList<>(d.keywords());
            keywords.sort(String.CASE_INSENSITIVE_ORDER);
            List<Link> areas = new ArrayList<>(
                    d.spatial().stream().map(a -> Catalogue.link(labels, a)).toList());
            areas.sort(Comparator.comparing(Link::label));
            String[] temporal = {d.temporalStart(), d.temporalEnd()};
            String licence =
                    catalogue.record(datasetUri).map(DatasetRecord::licence).orElse("");
            return Optional.of(new DatasetDetail(
                    summaries.dataset(labels, datasetUri),
                    licence,
                    keywords,
                    d.landingPage(),
                    d.contact(),
                    d.issued(),
                    temporal,
                    areas,
                    versions(datasetUri, labels),
                    provenance(datasetUri, summary.get().head().versionUri()),
                    summary.get(),
                    citation.get()));
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
            Labels labels = catalogue.labels(lang);
            String reason = catalogue.withdrawalReason(datasetUri).orElse("");
            return Optional.of(new DatasetDetail.Withdrawn(
                    summaries.dataset(labels, datasetUri), versions(datasetUri, labels), reason));
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
