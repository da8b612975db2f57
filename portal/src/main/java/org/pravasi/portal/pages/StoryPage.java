package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.SCHEMA;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.store.Store;

/**
 * The HTML view of {@code /id/story/{org}/{slug}}: the story's Markdown body rendered and sanitised on the worker that
 * read it ({@link StoryBodies}), so the event loop only writes the page.
 */
final class StoryPage {
    /** What the story page shows: {@code body} is the story's Markdown as safe HTML. */
    record Model(Summaries.Story story, String body, List<Link> themes) {}

    private final Responder responder;
    private final Store store;
    private final CatalogView view;
    private final UriSpace space;
    private final StoryBodies bodies;

    StoryPage(Responder responder, Store store, CatalogView view, UriSpace space, StoryBodies bodies) {
        this.bodies = bodies;
        this.responder = responder;
        this.store = store;
        this.view = view;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        responder.entityPage(ctx, space, this::read, this::render);
    }

    private Optional<Model> read(String uri, String lang) {
        return store.read(() -> view.story(uri).map(story -> {
                    Labels labels = view.labels(lang);
                    List<Link> themes = new ArrayList<>(story.themes().stream()
                            .map(t -> Catalogue.link(labels, t))
                            .toList());
                    themes.sort(Comparator.comparing(Link::label));
                    Node s = NodeFactory.createURI(uri);
                    String body = labels.text(s, SCHEMA.articleBody.asNode()).orElse("");
                    return new Model(Catalogue.story(labels, story), body, themes);
                }))
                .map(m -> new Model(m.story(), bodies.html(m.body()), m.themes())); // on the worker, outside the read
    }

    private PageContent render(Ui ui, Model m) {
        return PageContent.of(
                m.story().headline(),
                "stories",
                Templates.of("pages/story.jte", Map.of("ui", ui, "space", space, "m", m, "body", m.body())));
    }
}
