package org.pravasi.portal.federation;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.pravasi.portal.pages.Layout;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Ui;
import org.pravasi.registry.federation.DatasetRefusal;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.federation.PeerStatus;

/** {@code GET /peers}: the peer nodes this portal harvests, with their status and last harvest (plain markup, no script). */
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
                    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                            .end(Layout.render(ui, PageContent.of(ui.t("peers.title"), "", body(ui, list))));
                })
                .onFailure(ctx::fail);
    }

    static String body(Ui ui, List<PeerStatus> peers) {
        StringBuilder b = new StringBuilder("<h1>").append(ui.e("peers.title")).append("</h1>\n<p>").append(ui.e("peers.intro"))
                .append(" <a href=\"/api/peers\">/api/peers</a></p>\n");
        if (peers.isEmpty()) {
            b.append("<p>").append(ui.e("peers.none")).append("</p>");
        } else {
            b.append("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"peers\"><caption>").append(ui.e("peers.caption"))
                    .append("</caption><thead><tr>");
            for (String col : List.of("node", "base", "status", "datasets", "last", "error", "next")) {
                b.append("<th scope=\"col\">").append(ui.e("peers.col." + col)).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            for (PeerStatus p : peers) {
                b.append("<tr><td><a href=\"").append(esc(p.url())).append("\">").append(esc(p.url())).append("</a></td><td>")
                        .append(esc(p.base())).append("</td><td>").append(esc(p.status())).append("</td><td>").append(p.datasets())
                        .append("</td><td>").append(p.lastSuccess().isEmpty() ? ui.e("peers.never") : "<time>" + esc(p.lastSuccess()) + "</time>")
                        .append("</td><td>").append(esc(p.lastError())).append(p.failures() > 0 ? " (" + p.failures() + ")" : "")
                        .append("</td><td><time>").append(esc(p.nextAttempt())).append("</time></td></tr>");
            }
            b.append("</tbody></table></div>");
            refused(ui, peers, b);
        }
        return b.toString();
    }

    /** Which datasets of which peer were refused, why and when: the peer's status alone says only "partial". */
    private static void refused(Ui ui, List<PeerStatus> peers, StringBuilder b) {
        if (peers.stream().allMatch(p -> p.refused().isEmpty())) {
            return;
        }
        b.append("\n<div class=\"table-wrap\" tabindex=\"0\"><table id=\"refused\"><caption>").append(ui.e("peers.refused.caption"))
                .append("</caption><thead><tr>");
        for (String col : List.of("node", "dataset", "reason", "refused")) {
            b.append("<th scope=\"col\">").append(ui.e("peers.col." + col)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (PeerStatus p : peers) {
            for (DatasetRefusal r : p.refused()) {
                b.append("<tr><td>").append(esc(p.url())).append("</td><td>").append(esc(r.identifier())).append("</td><td>")
                        .append(esc(r.reason())).append("</td><td><time>").append(esc(r.refusedAt())).append("</time></td></tr>");
            }
        }
        b.append("</tbody></table></div>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
