package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.UriSpace;

/** {@code /datasets} (also the HTML view of {@code /catalog}), {@code /organisations} and {@code /stories}. */
final class ListPages {
    private final Responder responder;
    private final Catalogue catalogue;
    private final UriSpace space;

    ListPages(Responder responder, Catalogue catalogue, UriSpace space) {
        this.responder = responder;
        this.catalogue = catalogue;
        this.space = space;
    }

    void datasets(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(
                ctx,
                () -> Optional.of(catalogue.datasets(ui.lang(), d -> true)),
                list -> PageContent.of(
                        ui.t("nav.datasets"),
                        "datasets",
                        Templates.of("pages/datasetList.jte", Map.of("ui", ui, "space", space, "list", list))));
    }

    void stories(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(
                ctx,
                () -> Optional.of(catalogue.stories(ui.lang(), s -> true)),
                list -> PageContent.of(
                        ui.t("nav.stories"),
                        "stories",
                        Templates.of("pages/storyList.jte", Map.of("ui", ui, "space", space, "list", list))));
    }

    void organisations(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(
                ctx,
                () -> Optional.of(catalogue.organisations(ui.lang())),
                list -> PageContent.of(
                        ui.t("nav.organisations"),
                        "organisations",
                        Templates.of("pages/organisationList.jte", Map.of("ui", ui, "space", space, "list", list))));
    }
}
