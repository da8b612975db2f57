package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pravasi.ontology.PV;
import org.pravasi.portal.linkeddata.Labels;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.registry.store.Store;

/**
 * The district profile at {@code /id/district/{code}}: every dataset's figures for the district (each linking to
 * its dataset and organisation), stories that mention it, centres in the district and elsewhere in its state.
 */
final class DistrictPage {
    private record Model(String uri, String name, String code, Optional<Link> state, List<DistrictFigures.Indicator> indicators,
                         List<Summaries.Story> stories, List<OrganisationPage.Centre> here, List<OrganisationPage.Centre> nearby) {
    }

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
        List<Summaries.Story> stories = catalogue.stories(lang, s -> s.districts().stream().anyMatch(d -> d.uri().equals(uri)));
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            Node d = NodeFactory.createURI(uri);
            boolean known = dsg.contains(Node.ANY, d, Node.ANY, Node.ANY);
            Labels labels = Labels.in(dsg, lang);
            Optional<Node> state = Catalogue.first(dsg, d, PV.state.asNode());
            List<OrganisationPage.Centre> here = new ArrayList<>();
            List<OrganisationPage.Centre> nearby = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PV.Organisation.asNode()).forEachRemaining(q -> {
                for (OrganisationPage.Centre c : OrganisationPage.centres(dsg, labels, q.getSubject())) {
                    if (c.district().uri().equals(uri)) {
                        here.add(c);
                    } else if (state.isPresent() && !c.district().uri().isEmpty()
                            && dsg.contains(Node.ANY, NodeFactory.createURI(c.district().uri()), PV.state.asNode(), state.get())) {
                        nearby.add(c);
                    }
                }
            });
            if (!known && indicators.isEmpty() && stories.isEmpty() && here.isEmpty()) {
                return Optional.<Model>empty();
            }
            here.sort(Comparator.comparing(OrganisationPage.Centre::name));
            nearby.sort(Comparator.comparing(OrganisationPage.Centre::name));
            return Optional.of(new Model(uri, labels.label(d), code, state.map(s -> Catalogue.link(labels, s)), indicators, stories, here, nearby));
        });
    }

    private PageContent render(Ui ui, Model m) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<h1>").append(Html.escape(m.name())).append("</h1>\n<p class=\"meta\">").append(ui.e("district.lgd")).append(": ")
                .append(Html.escape(m.code()));
        m.state().ifPresent(s -> sb.append(" · ").append(ui.e("district.state")).append(": ").append(Fragments.link(space, s, "state-link")));
        sb.append(" · <a href=\"/map\">").append(ui.e("district.onMap")).append("</a></p>\n<h2>").append(ui.e("district.indicators")).append("</h2>\n");
        if (m.indicators().isEmpty()) {
            sb.append("<p>").append(ui.e("district.noIndicators")).append("</p>\n");
        }
        int n = 0;
        for (DistrictFigures.Indicator i : m.indicators()) {
            Summaries.Dataset d = i.dataset();
            sb.append("<section class=\"indicator\"><h3>").append(Fragments.link(space, new Link(d.uri(), d.title()), "dataset-link")).append("</h3>")
                    .append(Fragments.illustrative(ui, d.illustrative())).append("\n<p class=\"meta\">").append(ui.e("label.publisher")).append(": ")
                    .append(Fragments.link(space, d.publisher(), "org-link")).append(" · ").append(ui.e(i.roleKey())).append("</p>\n")
                    .append("<table class=\"data\"><caption>").append(Html.escape(ui.f("district.tableCaption", i.measure(), m.name())))
                    .append("</caption><thead><tr><th scope=\"col\">").append(ui.e("label.period")).append("</th><th scope=\"col\" class=\"num\">")
                    .append(Html.escape(i.measure())).append("</th></tr></thead><tbody>\n");
            for (Totals.Point p : i.points()) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(p.label())).append("</th>");
                if (p.suppressed() > 0) {
                    sb.append("<td class=\"num suppressed\">").append(ui.e("dataset.suppressedCell")).append("</td></tr>\n");
                } else {
                    sb.append("<td class=\"num\">").append(Numbers.format(p.sum())).append("</td></tr>\n");
                }
            }
            sb.append("</tbody></table>\n");
            if (i.points().size() > 1) {
                sb.append(Chart.svg("chart-" + (++n), ui.f("dataset.chartTitle", i.measure()), ui.t("dataset.chartDesc"), i.points()));
            }
            sb.append("</section>\n");
        }
        sb.append("<p class=\"note\">").append(ui.e("district.sumsNote")).append("</p>\n");
        sb.append("<h2>").append(ui.e("nav.stories")).append("</h2>\n").append(Fragments.stories(ui, space, m.stories()));
        sb.append("<h2>").append(ui.e("district.centresHere")).append("</h2>\n").append(OrganisationPage.centreList(ui, space, m.here(), true));
        sb.append("<h2>").append(ui.e("district.centresNearby")).append("</h2>\n").append(OrganisationPage.centreList(ui, space, m.nearby(), true));
        return PageContent.of(m.name(), "", sb.toString());
    }
}
