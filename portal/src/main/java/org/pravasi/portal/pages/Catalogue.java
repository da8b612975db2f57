package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.registry.catalog.CatalogView;
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
            DatasetGraph dsg = store.dataset();
            Labels labels = Labels.in(dsg, lang);
            List<Summaries.Dataset> out = new ArrayList<>();
            for (String uri : view.currentDatasets()) {
                Summaries.Dataset d = dataset(dsg, labels, NodeFactory.createURI(uri));
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
            DatasetGraph dsg = store.dataset();
            Labels labels = Labels.in(dsg, lang);
            List<Summaries.Story> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PV.Story.asNode()).forEachRemaining(q -> {
                Summaries.Story s = story(dsg, labels, q.getSubject());
                if (filter.test(s)) {
                    out.add(s);
                }
            });
            out.sort(Comparator.comparing(Summaries.Story::date).reversed().thenComparing(Summaries.Story::uri));
            return out;
        });
    }

    /** Every organisation, by name. */
    List<Summaries.Organisation> organisations(String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Labels labels = Labels.in(dsg, lang);
            List<Summaries.Organisation> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PV.Organisation.asNode())
                    .forEachRemaining(q -> {
                        Node o = q.getSubject();
                        out.add(new Summaries.Organisation(
                                o.getURI(),
                                labels.label(o),
                                labels.text(o, DCTerms.description.asNode()).orElse(""),
                                bool(dsg, o, PV.illustrative.asNode())));
                    });
            out.sort(Comparator.comparing(Summaries.Organisation::name));
            return out;
        });
    }

    /** The districts that current datasets cover (their {@code dct:spatial}), by name. */
    List<Link> districtsCovered(String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Labels labels = Labels.in(dsg, lang);
            java.util.Set<Node> seen = new java.util.HashSet<>();
            for (String uri : view.currentDatasets()) {
                Node ds = NodeFactory.createURI(uri);
                dsg.find(ds, ds, DCTerms.spatial.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI() && t.getObject().getURI().contains("/id/district/")) {
                        seen.add(t.getObject());
                    }
                });
            }
            return seen.stream()
                    .map(n -> link(labels, n))
                    .sorted(Comparator.comparing(Link::label))
                    .toList();
        });
    }

    static Summaries.Dataset dataset(DatasetGraph dsg, Labels labels, Node ds) {
        Node publisher = first(dsg, ds, DCTerms.publisher.asNode()).orElse(ds);
        List<Link> themes = new ArrayList<>();
        dsg.find(ds, ds, DCAT.theme.asNode(), Node.ANY).forEachRemaining(t -> themes.add(link(labels, t.getObject())));
        themes.sort(Comparator.comparing(Link::label));
        return new Summaries.Dataset(
                ds.getURI(),
                labels.label(ds),
                labels.text(ds, DCTerms.description.asNode()).orElse(""),
                link(labels, publisher),
                lexical(dsg, ds, DCTerms.modified.asNode()),
                bool(dsg, ds, PV.illustrative.asNode()),
                themes,
                lexical(dsg, ds, DCTerms.source.asNode()));
    }

    static Summaries.Story story(DatasetGraph dsg, Labels labels, Node s) {
        Node publisher = first(dsg, s, DCTerms.publisher.asNode()).orElse(s);
        List<Link> districts = new ArrayList<>();
        dsg.find(Node.ANY, s, PV.district.asNode(), Node.ANY)
                .forEachRemaining(t -> districts.add(link(labels, t.getObject())));
        districts.sort(Comparator.comparing(Link::label));
        return new Summaries.Story(
                s.getURI(),
                labels.label(s),
                labels.text(s, SCHEMA.abstract_.asNode()).orElse(""),
                link(labels, publisher),
                lexical(dsg, s, SCHEMA.datePublished.asNode()),
                lexical(dsg, s, SCHEMA.inLanguage.asNode()),
                bool(dsg, s, PV.illustrative.asNode()),
                districts);
    }

    static Link link(Labels labels, Node n) {
        return new Link(n.isURI() ? n.getURI() : "", labels.label(n));
    }

    static Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    static String lexical(DatasetGraph dsg, Node s, Node p) {
        return first(dsg, s, p)
                .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "")
                .orElse("");
    }

    static boolean bool(DatasetGraph dsg, Node s, Node p) {
        return lexical(dsg, s, p).equals("true");
    }
}
