package org.pravasi.portal.federation;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.federation.PeerStatus;

/** {@code GET /peers}: the peer nodes this portal harvests, with their status and last harvest (plain markup, no script). */
public final class PeersPage {
    private final Federation federation;
    private final WorkerExecutor workers;

    /** Creates the page over the portal's federation. */
    public PeersPage(Federation federation, WorkerExecutor workers) {
        this.federation = federation;
        this.workers = workers;
    }

    /** Adds the route to {@code router}. */
    public void mount(Router router) {
        router.get("/peers").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        workers.executeBlocking(federation::status, false)
                .onSuccess(list -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Content-Security-Policy", "default-src 'self'")
                        .end(html(list)))
                .onFailure(ctx::fail);
    }

    static String html(List<PeerStatus> peers) {
        StringBuilder b = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Peer nodes · Pravasi Data Commons</title></head><body><main>
                <h1>Peer nodes</h1>
                <p>This portal harvests the registry nodes below and shows their datasets beside its own. \
                Each harvested dataset keeps its source node; machine-readable status: <a href="/api/peers">/api/peers</a>.</p>
                """);
        if (peers.isEmpty()) {
            b.append("<p>No peers are configured. Start the portal with <code>--peer URL</code> (repeatable) or <code>--peers-file FILE</code>.</p>");
        } else {
            b.append("<table><caption>Peers and their last harvest</caption><thead><tr><th scope=\"col\">Node</th><th scope=\"col\">Base URI</th>"
                    + "<th scope=\"col\">Status</th><th scope=\"col\">Datasets</th><th scope=\"col\">Last harvest</th>"
                    + "<th scope=\"col\">Last error</th><th scope=\"col\">Next attempt</th></tr></thead><tbody>");
            for (PeerStatus p : peers) {
                b.append("<tr><td><a href=\"").append(esc(p.url())).append("\">").append(esc(p.url())).append("</a></td><td>")
                        .append(esc(p.base())).append("</td><td>").append(esc(p.status())).append("</td><td>").append(p.datasets())
                        .append("</td><td>").append(p.lastSuccess().isEmpty() ? "never" : "<time>" + esc(p.lastSuccess()) + "</time>")
                        .append("</td><td>").append(esc(p.lastError())).append(p.failures() > 0 ? " (" + p.failures() + " in a row)" : "")
                        .append("</td><td><time>").append(esc(p.nextAttempt())).append("</time></td></tr>");
            }
            b.append("</tbody></table>");
        }
        return b.append("</main></body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
