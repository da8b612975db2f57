package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetDescription;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.OrganisationRecord;
import org.pravasi.registry.catalog.StoryRecord;
import org.pravasi.registry.store.Store;

/** Lists the current datasets, stories and organisations of the store, each call in one read transaction. */
final class Catalogue {
    private final Store store;
    private final CatalogView view;

    Catalogue(Store store, CatalogView view) {
        this.store = store;
        this.view = view;
    }

    /** The catalogue's read model this list reads. */
    CatalogView view() {
        return view;
    }

    /** Current (not withdrawn) datasets matching {@code filter}, most recently changed first. */
    List<Summaries.Dataset> datasets(String lang, Predicate<Summaries.Dataset> filter) {
        return store.read(() -> {
            Labels labels = view.labels(lang);
            List<Summaries.Dataset> out = new ArrayList<>();
            for (String uri : view.currentDatasets()) {
                Summaries.Dataset d = dataset(labels, uri);
                if (filter.test(d)) {
                    out.add(d);
                }
            }
            out.sort(
                    Comparator.comparing(Summaries.Dataset::modified).reversed().thenComparing(Summaries.Dataset::uri));
            return out;
        });
    }

    /** Stories matching {@code filter}, newest first. */
    List<Summaries.Story> stories(String lang, Predicate<Summaries.Story> filter) {
        return store.read(() -> {
            Labels labels = view.labels(lang);
            List<Summaries.Story> out = new ArrayList<>();
            for (StoryRecord record : view.stories()) {
                Summaries.Story s = story(labels, record);
                if (filter.test(s)) {
                    out.add(s);
                }
            }
            out.sort(Comparator.comparing(Summaries.Story::date).reversed().thenComparing(Summaries.Story::uri));
            return out;
        });
    }

    /** Every organisation, by name. */
    List<Summaries.Organisation> organisations(String lang) {
        return store.read(() -> {
            Labels labels = view.labels(lang);
            List<Summaries.Organisation> out = new ArrayList<>();
            for (OrganisationRecord o : view.organisations(labels)) {
                out.add(organisation(labels, o));
            }
            out.sort(Comparator.comparing(Summaries.Organisation::name));
            return out;
        });
    }

    /** The districts that current datasets cover (their {@code dct:spatial}), by name. */
    List<Link> districtsCovered(String lang) {
        return store.read(() -> {
            Labels labels = view.labels(lang);
            Set<String> seen = new HashSet<>();
            for (String uri : view.currentDatasets()) {
                for (String place : view.description(uri).spatial()) {
                    if (place.contains("/id/district/")) {
                        seen.add(place);
                    }
                }
            }
            return seen.stream()
                    .map(u -> link(labels, u))
                    .sorted(Comparator.comparing(Link::label))
                    .toList();
        });
    }

    /** The summary of dataset {@code uri} as its record states it, labelled in {@code labels}' language. */
    Summaries.Dataset dataset(Labels labels, String uri) {
        Node ds = NodeFactory.createURI(uri);
        Optional<DatasetRecord> record = view.record(uri);
        String publisher =
                record.map(DatasetRecord::publisher).filter(p -> !p.isEmpty()).orElse(uri);
        DatasetDescription d = view.description(uri);
        List<Link> themes =
                new ArrayList<>(d.themes().stream().map(t -> link(labels, t)).toList());
        themes.sort(Comparator.comparing(Link::label));
        return new Summaries.Dataset(
                uri,
                labels.label(ds),
                labels.text(ds, DCTerms.description.asNode()).orElse(""),
                link(labels, publisher),
                record.map(DatasetRecord::modified).orElse(""),
                d.illustrative(),
                themes,
                record.map(DatasetRecord::source).orElse(""));
    }

    static Summaries.Story story(Labels labels, StoryRecord record) {
        Node s = NodeFactory.createURI(record.uri());
        List<Link> districts = new ArrayList<>(
                record.districts().stream().map(d -> link(labels, d)).toList());
        districts.sort(Comparator.comparing(Link::label));
        return new Summaries.Story(
                record.uri(),
                labels.label(s),
                labels.text(s, SCHEMA.abstract_.asNode()).orElse(""),
                link(labels, record.publisher()),
                record.published(),
                record.language(),
                record.illustrative(),
                districts);
    }

    static Summaries.Organisation organisation(Labels labels, OrganisationRecord record) {
        Node o = NodeFactory.createURI(record.uri());
        return new Summaries.Organisation(
                record.uri(),
                labels.label(o),
                labels.text(o, DCTerms.description.asNode()).orElse(""),
                record.illustrative());
    }

    static Link link(Labels labels, String uri) {
        return link(labels, NodeFactory.createURI(uri));
    }

    static Link link(Labels labels, Node n) {
        return new Link(n.isURI() ? n.getURI() : "", labels.label(n));
    }
}
