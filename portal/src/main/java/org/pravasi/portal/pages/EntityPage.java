package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.pravasi.ontology.Period;
import org.pravasi.portal.linkeddata.Describer;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.disclosure.ShownText;
import org.pravasi.registry.store.Store;

/**
 * The HTML view of any other entity URI ({@code /code/...}, {@code /def}, states, periods, versions, activities,
 * observations): the triples that describe it, grouped by subject, with links to every resource served here.
 */
final class EntityPage {
    /** Most other subjects listed below the main one. */
    static final int MAX_SUBJECTS = 300;
    /** Longest literal shown in full (geometries are long). */
    static final int MAX_LITERAL = 400;

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("pv", "https://w3id.org/pravasi/def#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#")
            .setNsPrefix("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#")
            .setNsPrefix("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#")
            .lock();

    /**
     * An object as the page shows it.
     *
     * @param href where it links to, or {@code null} for text
     * @param text the label or literal shown
     * @param note a note beside it (the short URI, the language tag), or empty
     */
    record Value(String href, String text, String note) {}

    /**
     * One property of a subject.
     *
     * @param name the property's short name
     * @param predicate its URI (a tooltip), or empty
     * @param value its value
     */
    record Row(String name, String predicate, Value value) {}

    /** A subject and its properties. */
    record Subject(Node node, String label, List<Row> rows) {}

    /** What the page shows. */
    record Model(String uri, String label, List<Subject> subjects, int more) {
        /** Every value that links somewhere, as a link. */
        List<Link> links() {
            return subjects.stream()
                    .flatMap(s -> s.rows().stream())
                    .map(Row::value)
                    .filter(v -> v.href() != null)
                    .map(v -> new Link(v.href(), v.text()))
                    .toList();
        }
    }

    private final Responder responder;
    private final Store store;
    private final CatalogView view;
    private final Describer describer;

    EntityPage(Responder responder, Store store, CatalogView view, Describer describer) {
        this.responder = responder;
        this.store = store;
        this.view = view;
        this.describer = describer;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        String path = ctx.normalizedPath();
        Optional<String> uri = describer.space().uriOf(path);
        if (uri.isEmpty()) {
            responder.notFound(ctx, ui);
            return;
        }
        responder.page(ctx, () -> read(path, uri.get(), ui), m -> render(ui, path, m));
    }

    private Optional<Model> read(String path, String uri, Ui ui) {
        Graph g = describer.describe(path);
        Node main = NodeFactory.createURI(uri);
        if (g.isEmpty()) {
            return Labels.period(main).map(p -> period(uri, p, ui));
        }
        return store.read(() -> {
            Labels labels = view.labels(ui.lang());
            Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
            bySubject.put(main, new ArrayList<>());
            g.find()
                    .forEachRemaining(t -> bySubject
                            .computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                            .add(t));
            List<Node> others = new ArrayList<>(bySubject.keySet());
            others.remove(main);
            others.sort(Comparator.comparing(Node::toString));
            List<Subject> subjects = new ArrayList<>();
            subjects.add(subject(main, bySubject.get(main), labels));
            others.stream().limit(MAX_SUBJECTS).forEach(s -> subjects.add(subject(s, bySubject.get(s), labels)));
            return Optional.of(new Model(uri, labels.label(main), subjects, Math.max(0, others.size() - MAX_SUBJECTS)));
        });
    }

    private Subject subject(Node s, List<Triple> triples, Labels labels) {
        List<Row> rows = new ArrayList<>();
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            rows.add(new Row(
                    PREFIXES.shortForm(t.getPredicate().getURI()),
                    t.getPredicate().getURI(),
                    value(t.getObject(), labels)));
        }
        return new Subject(s, s.isURI() ? labels.label(s) : "", rows);
    }

    /** An object as shown: a link for a URI (labelled), the text for a literal (cut when very long). */
    private Value value(Node o, Labels labels) {
        if (o.isURI()) {
            String label = labels.label(o);
            String href = describer.space().href(o.getURI());
            String shown = label.equals(o.getURI()) ? PREFIXES.shortForm(o.getURI()) : label;
            return new Value(href, shown, shown.equals(o.getURI()) ? "" : PREFIXES.shortForm(o.getURI()));
        }
        if (o.isLiteral()) {
            String text = o.getLiteralLexicalForm();
            String shown = text.length() > MAX_LITERAL
                    ? ShownText.shorten(text, MAX_LITERAL) + " (" + text.length() + ")"
                    : text;
            return new Value(null, shown, o.getLiteralLanguage().isEmpty() ? "" : "@" + o.getLiteralLanguage());
        }
        return new Value(null, "", o.toString());
    }

    private static Model period(String uri, Period p, Ui ui) {
        List<Row> rows = List.of(
                new Row(
                        ui.t("entity.periodStart"),
                        "",
                        new Value(null, p.start().toString(), "")),
                new Row(ui.t("entity.periodEnd"), "", new Value(null, p.end().toString(), "")));
        return new Model(
                uri, p.label(ui.lang()), List.of(new Subject(NodeFactory.createURI(uri), p.label(ui.lang()), rows)), 0);
    }

    private PageContent render(Ui ui, String path, Model m) {
        return PageContent.of(
                m.label(),
                "",
                Templates.of(
                        "pages/entity.jte",
                        Map.of("ui", ui, "space", describer.space(), "path", path, "m", m, "prefixes", PREFIXES)));
    }
}
