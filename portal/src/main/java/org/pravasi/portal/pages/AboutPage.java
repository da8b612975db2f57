package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;

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
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<h1>").append(ui.e("about.title")).append("</h1>\n<p class=\"lead\">").append(ui.e("about.lead")).append("</p>\n")
                .append("<nav class=\"toc\" aria-label=\"").append(ui.e("dataset.contents")).append("\"><ul>");
        for (String id : new String[] {"privacy", "illustrative", "licences", "data"}) {
            sb.append("<li><a href=\"#").append(id).append("\">").append(ui.e("about." + id + ".title")).append("</a></li>");
        }
        sb.append("</ul></nav>\n<section id=\"privacy\"><h2>").append(ui.e("about.privacy.title")).append("</h2>\n<p>")
                .append(Html.escape(ui.f("about.privacy.threshold", threshold))).append("</p>\n<p>").append(ui.e("about.privacy.primary"))
                .append("</p>\n<p>").append(ui.e("about.privacy.secondary")).append("</p>\n<p>").append(ui.e("about.privacy.screen"))
                .append("</p>\n<p>").append(ui.e("about.privacy.shown")).append("</p>\n</section>\n")
                .append("<section id=\"illustrative\"><h2>").append(ui.e("about.illustrative.title")).append("</h2>\n<p>")
                .append(ui.e("about.illustrative.text")).append("</p>\n<p>").append(ui.e("about.illustrative.badge")).append(' ')
                .append(Fragments.illustrative(ui, true)).append("</p>\n</section>\n")
                .append("<section id=\"licences\"><h2>").append(ui.e("about.licences.title")).append("</h2>\n<p>").append(ui.e("about.licences.text"))
                .append("</p>\n</section>\n<section id=\"data\"><h2>").append(ui.e("about.data.title")).append("</h2>\n<ul>")
                .append("<li>").append(ui.e("about.data.uris")).append("</li>")
                .append("<li><a href=\"/sparql\">").append(ui.e("nav.sparql")).append("</a> — ").append(ui.e("about.data.sparql")).append("</li>")
                .append("<li><a href=\"/catalog?format=ttl\">").append(ui.e("footer.catalog")).append("</a> — DCAT</li>")
                .append("<li><a href=\"/dump.nq.gz\">").append(ui.e("footer.dump")).append("</a></li>")
                .append("<li><a href=\"/api/search?q=wages\">/api/search</a> · <a href=\"/api/suggest?q=kat\">/api/suggest</a> — ")
                .append(ui.e("about.data.api")).append("</li></ul>\n</section>\n");
        responder.send(ctx, 200, ui, PageContent.of(ui.t("about.title"), "about", sb.toString()));
    }
}
