package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pravasi.portal.linkeddata.UriSpace;

/** {@code /}: headline figures with their sources, the map, the latest datasets and stories, and the search box. */
final class HomePage {
    /** Datasets and stories listed as "latest". */
    static final int LATEST = 4;

    /** What the home page shows. */
    record Model(
            List<Headlines.Headline> figures,
            List<Summaries.Dataset> datasets,
            List<Summaries.Story> stories,
            TreeMap<String, Link> districts,
            long districtsWithoutName) {}

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
        responder.page(
                ctx,
                () -> {
                    List<Summaries.Dataset> all = catalogue.datasets(ui.lang(), d -> true);
                    TreeMap<String, Link> districts = new TreeMap<>();
                    for (Summaries.Story s : catalogue.stories(ui.lang(), x -> true)) {
                        s.districts().forEach(d -> districts.put(d.label() + d.uri(), d));
                    }
                    catalogue.districtsCovered(ui.lang()).forEach(d -> districts.put(d.label() + d.uri(), d));
                    return Optional.of(new Model(
                            headlines.read(ui.lang()),
                            all.subList(0, Math.min(LATEST, all.size())),
                            catalogue.stories(ui.lang(), s -> true).stream()
                                    .limit(LATEST)
                                    .toList(),
                            districts,
                            districts.values().stream()
                                    .filter(d -> LocalNames.missing(catalogue.view(), d.uri(), ui.lang()))
                                    .count()));
                },
                m -> render(ui, m));
    }

    private PageContent render(Ui ui, Model m) {
        return new PageContent(
                ui.t("nav.home"),
                "home",
                PageContent.NONE,
                List.of("search.js", "cite.js"),
                Templates.of("pages/home.jte", Map.of("ui", ui, "space", space, "m", m)));
    }
}
