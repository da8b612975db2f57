package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.store.Store;

/** The HTML view of {@code /id/story/{org}/{slug}}: the story's Markdown body rendered and sanitised. */
final class StoryPage {
    /** What the story page shows. */
    record Model(Summaries.Story story, String body, List<Link> themes) {}

    private final Responder responder;
    private final Store store;
    private final UriSpace space;

    StoryPage(Responder responder, Store store, UriSpace space) {
        this.responder = responder;
        this.store = store;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        responder.entityPage(ctx, space, this::read, this::render);
    }

    private Optional<Model> read(String uri, String lang) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node s = NodeFactory.createURI(uri);
            if (!dsg.contains(Node.ANY, s, RDF.type.asNode(), PV.Story.asNode())) {
                return Optional.empty();
            }
            Labels labels = Labels.in(dsg, lang);
            List<Link> themes = new ArrayList<>();
            dsg.find(Node.ANY, s, DCAT.theme.asNode(), Node.ANY)
                    .forEachRemaining(q -> themes.add(Catalogue.link(labels, q.getObject())));
            themes.sort(Comparator.comparing(Link::label));
            return Optional.of(new Model(
                    Catalogue.story(dsg, labels, s),
                    labels.text(s, SCHEMA.articleBody.asNode()).orElse(""),
                    themes));
        });
    }

    private PageContent render(Ui ui, Model m) {
        return PageContent.of(
                m.story().headline(),
                "stories",
                Templates.of(
                        "pages/story.jte",
                        Map.of("ui", ui, "space", space, "m", m, "body", Markdown.toSafeHtml(m.body()))));
    }
}
