package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private record Model(Summaries.Story story, String body, List<Link> themes) {
    }

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
            dsg.find(Node.ANY, s, DCAT.theme.asNode(), Node.ANY).forEachRemaining(q -> themes.add(Catalogue.link(labels, q.getObject())));
            themes.sort(Comparator.comparing(Link::label));
            return Optional.of(new Model(Catalogue.story(dsg, labels, s), labels.text(s, SCHEMA.articleBody.asNode()).orElse(""), themes));
        });
    }

    private PageContent render(Ui ui, Model m) {
        Summaries.Story s = m.story();
        String lang = s.language().matches("[a-z]{2,3}") ? s.language() : ui.lang();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<article class=\"story\" lang=\"").append(lang).append("\">\n<h1>").append(Html.escape(s.headline())).append("</h1>")
                .append(Fragments.illustrative(ui, s.illustrative())).append("\n<p class=\"meta\" lang=\"").append(ui.lang()).append("\">")
                .append(ui.e("label.publisher")).append(": ").append(Fragments.link(space, s.publisher(), "org-link")).append(" · <time>")
                .append(Html.escape(s.date())).append("</time></p>\n");
        if (!s.summary().isEmpty()) {
            sb.append("<p class=\"lead\">").append(Html.escape(s.summary())).append("</p>\n");
        }
        sb.append("<div class=\"story-body\">\n").append(Markdown.toSafeHtml(m.body())).append("\n</div>\n</article>\n<dl class=\"meta-list\">\n");
        if (!s.districts().isEmpty()) {
            sb.append("<dt>").append(ui.e("story.districts")).append("</dt><dd>").append(Fragments.links(space, s.districts(), "district-link")).append("</dd>\n");
        }
        if (!m.themes().isEmpty()) {
            sb.append("<dt>").append(ui.e("label.themes")).append("</dt><dd>").append(Fragments.links(space, m.themes(), "theme-link")).append("</dd>\n");
        }
        sb.append("<dt>").append(ui.e("label.uri")).append("</dt><dd><code>").append(Html.escape(s.uri())).append("</code></dd>\n</dl>\n");
        if (s.illustrative()) {
            sb.append("<p class=\"notice\">").append(ui.e("story.illustrativeNotice")).append("</p>\n");
        }
        return PageContent.of(s.headline(), "stories", sb.toString());
    }
}
