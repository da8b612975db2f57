package org.pravasi.portal.search;

import java.util.Optional;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.DatasetTexts;

/** Reads a dataset's catalogue record (the graph named by the dataset URI) into an index entry. */
final class DatasetEntries {
    private final CatalogTexts rdf;
    private final References refs;

    DatasetEntries(CatalogTexts rdf, References refs) {
        this.rdf = rdf;
        this.refs = refs;
    }

    /** The dataset {@code ds}, or empty when it is unknown or withdrawn (it leaves the index). */
    Optional<IndexEntry> read(String ds) {
        return rdf.dataset(ds).map(this::entry);
    }

    private IndexEntry entry(DatasetTexts d) {
        IndexEntry.Builder e = IndexEntry.builder(d.uri(), EntryType.DATASET);
        Text.all(d.titles()).forEach(e::title);
        Text.all(d.descriptions()).forEach(e::body);
        Text.all(d.keywords()).forEach(e::tag);
        d.identifier().ifPresent(id -> e.tag(Text.en(id.replace('/', ' ').replace('-', ' '))));
        d.publisher().ifPresent(org -> {
            e.org(References.lastSegment(org));
            refs.orgNames(org).forEach(e::tag);
        });
        refs.addThemes(e, d.themes());
        refs.addAreas(e, d.areas());
        d.start().ifPresent(start -> d.end().ifPresent(end -> e.period(new DateRange(start, end))));
        d.languages().forEach(e::language);
        d.modified().ifPresent(e::modified);
        e.illustrative(d.illustrative());
        d.source().ifPresent(e::source);
        return e.build();
    }
}
