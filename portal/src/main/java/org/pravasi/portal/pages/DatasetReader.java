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
import org.pravasi.ontology.DCAT3;
import org.pravasi.ontology.PROV;
import org.pravasi.ontology.PV;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.CubeReader;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.store.Store;

/**
 * Reads a dataset's record, versions (with their change summaries), provenance and current observations in one
 * read transaction. Only the current version's observations are read: earlier ones are not public.
 */
final class DatasetReader {
    private static final Node WAS_INVALIDATED_BY = PROV.wasInvalidatedBy.asNode();

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
            dsg.find(ds, ds, DCAT.keyword.asNode(), Node.ANY).forEachRemaining(q -> keywords.add(q.getObject().getLiteralLexicalForm()));
            keywords.sort(String.CASE_INSENSITIVE_ORDER);
            List<Link> areas = new ArrayList<>();
            dsg.find(ds, ds, DCTerms.spatial.asNode(), Node.ANY).forEachRemaining(q -> areas.add(Catalogue.link(labels, q.getObject())));
            areas.sort(Comparator.comparing(Link::label));
            String[] temporal = {"", ""};
            Catalogue.first(dsg, ds, DCTerms.temporal.asNode()).ifPresent(t -> {
                temporal[0] = Catalogue.lexical(dsg, t, DCAT.startDate.asNode());
                temporal[1] = Catalogue.lexical(dsg, t, DCAT.endDate.asNode());
            });
            Node current = NodeFactory.createURI(cube.get().versionUri());
            return Optional.of(new DatasetDetail(Catalogue.dataset(dsg, labels, ds), Catalogue.lexical(dsg, ds, DCTerms.license.asNode()),
                    keywords, Catalogue.lexical(dsg, ds, DCAT.landingPage.asNode()), Catalogue.lexical(dsg, ds, DCAT.contactPoint.asNode()),
                    Catalogue.lexical(dsg, ds, DCTerms.issued.asNode()), temporal, areas, versions(dsg, ds, current, labels),
                    provenance(dsg, ds, current), cube.get()));
        });
    }

    /** The record of a withdrawn dataset (no current version) with its earlier versions, or empty when unknown or current. */
    Optional<DatasetDetail.Withdrawn> withdrawn(String datasetUri, String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node ds = NodeFactory.createURI(datasetUri);
            if (catalogue.record(datasetUri).filter(DatasetRecord::isTombstone).isEmpty()) {
                return Optional.empty();
            }
            Labels labels = Labels.in(dsg, lang);
            String reason = Catalogue.first(dsg, ds, WAS_INVALIDATED_BY).map(a -> Catalogue.lexical(dsg, a, DCTerms.description.asNode())).orElse("");
            return Optional.of(new DatasetDetail.Withdrawn(Catalogue.dataset(dsg, labels, ds), versions(dsg, ds, ds, labels), reason));
        });
    }

    private static List<DatasetDetail.Version> versions(DatasetGraph dsg, Node ds, Node current, Labels labels) {
        List<DatasetDetail.Version> out = new ArrayList<>();
        dsg.find(ds, ds, DCAT3.hasVersion.asNode(), Node.ANY).forEachRemaining(q -> {
            Node v = q.getObject();
            String n = Catalogue.lexical(dsg, v, DCAT3.version.asNode());
            out.add(new DatasetDetail.Version(v.getURI(), n.matches("\\d+") ? Integer.parseInt(n) : 0,
                    Catalogue.lexical(dsg, v, DCTerms.issued.asNode()), Catalogue.lexical(dsg, v, PV.observations.asNode()),
                    Catalogue.lexical(dsg, v, PV.suppressedCells.asNode()), v.equals(current), dsg.contains(ds, v, WAS_INVALIDATED_BY, Node.ANY),
                    codes(dsg, ds, v, PV.addedCode.asNode(), labels), codes(dsg, ds, v, PV.removedCode.asNode(), labels)));
        });
        out.sort(Comparator.comparingInt(DatasetDetail.Version::number).reversed());
        return out;
    }

    private static List<Link> codes(DatasetGraph dsg, Node ds, Node version, Node p, Labels labels) {
        List<Link> out = new ArrayList<>();
        dsg.find(ds, version, p, Node.ANY).forEachRemaining(q -> out.add(Catalogue.link(labels, q.getObject())));
        out.sort(Comparator.comparing(Link::label));
        return out;
    }

    private static Optional<DatasetDetail.Provenance> provenance(DatasetGraph dsg, Node ds, Node version) {
        return Catalogue.first(dsg, version, PROV.wasGeneratedBy.asNode()).map(a -> {
            List<String> rules = new ArrayList<>();
            dsg.find(ds, a, PV.rule.asNode(), Node.ANY).forEachRemaining(q -> rules.add(q.getObject().getLiteralLexicalForm()));
            rules.sort(Comparator.naturalOrder());
            return new DatasetDetail.Provenance(a.getURI(), Catalogue.lexical(dsg, a, PROV.startedAtTime.asNode()), Catalogue.lexical(dsg, a, PROV.endedAtTime.asNode()),
                    Catalogue.lexical(dsg, version, PV.tableSha256.asNode()), Catalogue.lexical(dsg, a, PV.suppressionThreshold.asNode()),
                    Catalogue.lexical(dsg, a, PV.suppressedCells.asNode()), rules);
        });
    }
}
