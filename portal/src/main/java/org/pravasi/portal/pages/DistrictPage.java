package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.Labels;
import org.pravasi.registry.catalog.OrganisationRecord;
import org.pravasi.registry.store.Store;

/**
 * The district profile at {@code /id/district/{code}}: every dataset's figures for the district (each linking to its
 * dataset and organisation), stories that mention it, centres in the district and elsewhere in its state; in a language
 * in which the district has no name, it says so once.
 */
final class DistrictPage {
    /** What the district page shows. */
    record Model(
            String uri,
            String name,
            boolean noLocalName,
            String code,
            Optional<Link> state,
            List<DistrictFigures.Indicator> indicators,
            List<Summaries.Story> stories,
            List<OrganisationPage.Centre> here,
            List<OrganisationPage.Centre> nearby) {}

    private final Responder responder;
    private final Store store;
    private final Catalogue catalogue;
    private final DistrictFigures figures;
    private final UriSpace space;

    DistrictPage(Responder responder, Store store, Catalogue catalogue, UriSpace space, int threshold) {
        this.responder = responder;
        this.store = store;
        this.catalogue = catalogue;
        this.figures = new DistrictFigures(store, catalogue, threshold);
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        String code = ctx.pathParam("code");
        Optional<String> uri = code.matches("[0-9]{1,6}") ? space.uriOf(ctx.normalizedPath()) : Optional.empty();
        if (uri.isEmpty()) {
            responder.notFound(ctx, ui);
            return;
        }
        responder.page(ctx, () -> read(uri.get(), code, ui.lang()), m -> render(ui, m));
    }

    private Optional<Model> read(String uri, String code, String lang) {
        List<DistrictFigures.Indicator> indicators = figures.read(uri, lang);
        List<Summaries.Story> stories = catalogue.stories(
                lang, s -> s.districts().stream().anyMatch(d -> d.uri().equals(uri)));
        CatalogView view = catalogue.view();
        return store.read(() -> {
            Node d = NodeFactory.createURI(uri);
            boolean known = view.isDescribed(uri);
            Labels labels = view.labels(lang);
            Optional<String> state = view.stateOf(uri);
            List<OrganisationPage.Centre> here = new ArrayList<>();
            List<OrganisationPage.Centre> nearby = new ArrayList<>();
            for (OrganisationRecord o : view.organisations(labels)) {
                for (OrganisationPage.Centre c : OrganisationPage.centres(labels, o)) {
                    if (c.district().uri().equals(uri)) {
                        here.add(c);
                    } else if (state.isPresent()
                            && !c.district().uri().isEmpty()
                            && view.stateOf(c.district().uri()).equals(state)) {
                        nearby.add(c);
                    }
                }
            }
            if (!known && indicators.isEmpty() && stories.isEmpty() && here.isEmpty()) {
                return Optional.<Model>empty();
            }
            here.sort(Comparator.comparing(OrganisationPage.Centre::name));
            nearby.sort(Comparator.comparing(OrganisationPage.Centre::name));
            return Optional.of(new Model(
                    uri,
                    labels.label(d),
                    LocalNames.missing(view, uri, lang),
                    code,
                    state.map(s -> Catalogue.link(labels, s)),
                    indicators,
                    stories,
                    here,
                    nearby));
        });
    }

    private PageContent render(Ui ui, Model m) {
        return new PageContent(
                m.name(),
                "",
                Templates.of(
                        "pages/feedHead.jte",
                        Map.of(
                                "ui",
                                ui,
                                "href",
                                "/feeds/district/" + m.code(),
                                "title",
                                ui.f("feed.titleOf", m.name()))),
                List.of("cite.js"),
                Templates.of("pages/district.jte", Map.of("ui", ui, "space", space, "m", m)));
    }
}
