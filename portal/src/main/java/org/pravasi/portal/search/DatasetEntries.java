package org.pravasi.portal.search;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.registry.catalog.CatalogTexts;

/** Reads a dataset's catalogue record (the graph named by the dataset URI) into an index entry. */
final class DatasetEntries {
    private final CatalogTexts rdf;
    private final References refs;

    DatasetEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    /** The dataset {@code ds}, or empty when it is unknown or withdrawn (it leaves the index). */
    Optional<IndexEntry> read(Node ds) {
        if (!rdf.has(ds, ds, RDF.type.asNode(), DCAT.Dataset.asNode())
                || rdf.flag(ds, ds, PV.withdrawn.asNode())
                || Text.all(rdf.texts(ds, ds, DCTerms.title.asNode())).isEmpty()) {
            return Optional.empty();
        }
        IndexEntry.Builder e = IndexEntry.builder(ds.getURI(), EntryType.DATASET);
        Text.all(rdf.texts(ds, ds, DCTerms.title.asNode())).forEach(e::title);
        Text.all(rdf.texts(ds, ds, DCTerms.description.asNode())).forEach(e::body);
        Text.all(rdf.texts(ds, ds, DCAT.keyword.asNode())).forEach(e::tag);
        rdf.string(ds, ds, DCTerms.identifier.asNode())
                .ifPresent(id -> e.tag(Text.en(id.replace('/', ' ').replace('-', ' '))));
        rdf.uris(ds, ds, DCTerms.publisher.asNode()).stream().findFirst().ifPresent(org -> {
            e.org(CatalogTexts.lastSegment(org));
            refs.orgNames(org).forEach(e::tag);
        });
        refs.addThemes(e, rdf.uris(ds, ds, DCAT.theme.asNode()));
        refs.addAreas(e, rdf.uris(ds, ds, DCTerms.spatial.asNode()));
        rdf.object(ds, ds, DCTerms.temporal.asNode())
                .ifPresent(t -> rdf.date(ds, t, DCAT.startDate.asNode())
                        .ifPresent(start -> rdf.date(ds, t, DCAT.endDate.asNode())
                                .filter(end -> !end.isBefore(start))
                                .ifPresent(end -> e.period(new DateRange(start, end)))));
        rdf.strings(ds, ds, DCTerms.language.asNode()).forEach(e::language);
        rdf.instant(ds, ds, DCTerms.modified.asNode()).ifPresent(e::modified);
        e.illustrative(rdf.flag(ds, ds, PV.illustrative.asNode()));
        rdf.uris(ds, ds, PV.sourceNode.asNode()).stream().findFirst().ifPresent(node -> e.source(node.getURI()));
        return Optional.of(e.build());
    }
}
