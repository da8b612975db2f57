package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
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
        responder.page(ctx, () -> Optional.of(catalogue.datasets(ui.lang(), d -> true)), list -> PageContent.of(ui.t("nav.datasets"), "datasets",
                "<h1>" + ui.e("nav.datasets") + "</h1>\n<p>" + Html.escape(ui.f("list.datasetsIntro", list.size())) + "</p>\n"
                        + "<p class=\"meta\">" + ui.e("list.machineReadable") + " <a href=\"/catalog?format=ttl\">Turtle</a> · "
                        + "<a href=\"/catalog?format=jsonld\">JSON-LD</a> · <a href=\"/dump.nq.gz\">N-Quads (gzip)</a></p>\n"
                        + Fragments.datasets(ui, space, list)));
    }

    void stories(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(ctx, () -> Optional.of(catalogue.stories(ui.lang(), s -> true)), list -> PageContent.of(ui.t("nav.stories"), "stories",
                "<h1>" + ui.e("nav.stories") + "</h1>\n<p>" + ui.e("list.storiesIntro") + "</p>\n" + Fragments.stories(ui, space, list)));
    }

    void organisations(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(ctx, () -> Optional.of(catalogue.organisations(ui.lang())), list -> PageContent.of(ui.t("nav.organisations"),
                "organisations", "<h1>" + ui.e("nav.organisations") + "</h1>\n<p>" + ui.e("list.organisationsIntro") + "</p>\n" + orgs(ui, list)));
    }

    private String orgs(Ui ui, List<Summaries.Organisation> list) {
        StringBuilder sb = new StringBuilder("<ul class=\"cards\">\n");
        for (Summaries.Organisation o : list) {
            sb.append("<li class=\"card\"><h2>").append(Fragments.link(space, new Link(o.uri(), o.name()), "org-link")).append("</h2>")
                    .append(Fragments.illustrative(ui, o.illustrative())).append("<p>")
                    .append(Html.escape(Fragments.shorten(o.description(), 300))).append("</p></li>\n");
        }
        return sb.append("</ul>\n").toString();
    }
}
