package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** {@code /about}: what the portal is, how privacy is protected, what "illustrative" means, licences, and the APIs. */
final class AboutPage {
    private final Responder responder;
    private final int threshold;

    AboutPage(Responder responder, int threshold) {
        this.responder = responder;
        this.threshold = threshold;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.send(
                ctx,
                200,
                ui,
                PageContent.of(
                        ui.t("about.title"),
                        "about",
                        Templates.of("pages/about.jte", Map.of("ui", ui, "threshold", threshold))));
    }
}
