package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.pravasi.portal.linkeddata.UriSpace;

/** {@code /}: headline figures with their sources, the map, the latest datasets and stories, and the search box. */
final class HomePage {
    /** Datasets and stories listed as "latest". */
    static final int LATEST = 4;

    private record Model(List<Headlines.Headline> figures, List<Summaries.Dataset> datasets, List<Summaries.Story> stories,
                         TreeMap<String, Link> districts) {
    }

    private final Responder responder;
    private final Catalogue catalogue;
    private final Headlines headlines;
    private final UriSpace space;

    HomePage(Responder responder, Catalogue catalogue, Headlines headlines, UriSpace space) {
        this.responder = responder;
        this.catalogue = catalogue;
        this.headlines = headlines;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        responder.page(ctx, () -> {
            List<Summaries.Dataset> all = catalogue.datasets(ui.lang(), d -> true);
            TreeMap<String, Link> districts = new TreeMap<>();
            for (Summaries.Story s : catalogue.stories(ui.lang(), x -> true)) {
                s.districts().forEach(d -> districts.put(d.label() + d.uri(), d));
            }
            catalogue.districtsCovered(ui.lang()).forEach(d -> districts.put(d.label() + d.uri(), d));
            return Optional.of(new Model(headlines.read(ui.lang()), all.subList(0, Math.min(LATEST, all.size())),
                    catalogue.stories(ui.lang(), s -> true).stream().limit(LATEST).toList(), districts));
        }, m -> render(ui, m));
    }

    private PageContent render(Ui ui, Model m) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<section class=\"intro\"><h1>").append(ui.e("site.name")).append("</h1>\n<p class=\"lead\">").append(ui.e("home.lead"))
                .append("</p>\n").append(SearchPage.form(ui, "")).append("</section>\n");
        sb.append("<section aria-labelledby=\"figures-h\"><h2 id=\"figures-h\">").append(ui.e("home.figures")).append("</h2>\n<p class=\"note\">")
                .append(ui.e("home.figuresNote")).append("</p>\n<ul class=\"figures\">\n");
        for (Headlines.Headline h : m.figures()) {
            Summaries.Dataset d = h.dataset();
            sb.append("<li class=\"figure\"><p class=\"value\">").append(Numbers.format(h.value())).append("</p>")
                    .append("<p class=\"what\">").append(Html.escape(ui.f("home.figureWhat", h.measure(), h.year()))).append("</p>")
                    .append("<p>").append(Fragments.link(space, new Link(d.uri(), d.title()), "dataset-link")).append("</p>")
                    .append("<p class=\"meta\">").append(ui.e("label.publisher")).append(": ").append(Fragments.link(space, d.publisher(), "org-link"))
                    .append(Fragments.illustrative(ui, d.illustrative())).append("</p>");
            if (!d.source().isEmpty()) {
                sb.append("<p class=\"source\">").append(ui.e("label.source")).append(": ").append(Html.escape(Fragments.shorten(d.source(), 160))).append("</p>");
            }
            if (h.suppressed() > 0) {
                sb.append("<p class=\"note\">").append(Html.escape(ui.f("home.suppressedLeftOut", h.suppressed()))).append("</p>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n</section>\n");
        sb.append("<section aria-labelledby=\"map-h\"><h2 id=\"map-h\">").append(ui.e("home.map")).append("</h2>\n<p>").append(ui.e("home.mapText"))
                .append("</p>\n<iframe class=\"home-map\" src=\"/embed/map\" loading=\"lazy\" title=\"").append(ui.e("home.map"))
                .append("\"></iframe>\n<p><a class=\"button\" href=\"/map\">").append(ui.e("home.openMap")).append("</a></p>\n");
        if (!m.districts().isEmpty()) {
            sb.append("<h3>").append(ui.e("home.districts")).append("</h3>\n<ul class=\"inline-list districts\">");
            m.districts().values().forEach(d -> sb.append("<li>").append(Fragments.link(space, d, "district-link")).append("</li>"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n<div class=\"columns\"><section aria-labelledby=\"latest-d\"><h2 id=\"latest-d\">").append(ui.e("home.latestDatasets"))
                .append("</h2>\n").append(Fragments.datasets(ui, space, m.datasets())).append("<p><a href=\"/datasets\">").append(ui.e("home.allDatasets"))
                .append("</a></p></section>\n<section aria-labelledby=\"latest-s\"><h2 id=\"latest-s\">").append(ui.e("home.latestStories"))
                .append("</h2>\n").append(Fragments.stories(ui, space, m.stories())).append("<p><a href=\"/stories\">").append(ui.e("home.allStories"))
                .append("</a></p></section></div>\n");
        return new PageContent(ui.t("nav.home"), "home", "", List.of("search.js"), sb.toString());
    }
}
