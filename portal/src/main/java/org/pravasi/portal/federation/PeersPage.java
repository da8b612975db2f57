package org.pravasi.portal.federation;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.pravasi.portal.pages.Layout;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.federation.PeerStatus;

/**
 * {@code GET /peers}: the peer nodes this portal harvests, with their status and last harvest (plain markup, no
 * script).
 */
public final class PeersPage {
    private final Federation federation;
    private final WorkerExecutor workers;
    private final Pages pages;

    /** Creates the page over the portal's federation, laid out like every other page. */
    public PeersPage(Federation federation, WorkerExecutor workers, Pages pages) {
        this.federation = federation;
        this.workers = workers;
        this.pages = pages;
    }

    /** Adds the route to {@code router}. */
    public void mount(Router router) {
        router.get("/peers").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        workers.executeBlocking(federation::status, false)
                .onSuccess(list -> {
                    Ui ui = Ui.of(ctx, pages.messages());
                    ctx.response()
                            .putHeader("Content-Type", "text/html; charset=utf-8")
                            .end(Layout.render(
                                    ui,
                                    PageContent.of(
                                            ui.t("peers.title"),
                                            "",
                                            Templates.of("federation/peers.jte", Map.of("ui", ui, "peers", list)))));
                })
                .onFailure(ctx::fail);
    }

    /** The page's content ({@code federation/peers.jte}). */
    static String body(Ui ui, List<PeerStatus> peers) {
        return Templates.render("federation/peers.jte", Map.of("ui", ui, "peers", peers));
    }
}
