package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.UriSpace;

/**
 * The HTML view of {@code /id/dataset/{org}/{slug}}: metadata, licence, publisher, versions, provenance, a chart
 * over time, the observations, an example SPARQL query, downloads and schema.org JSON-LD.
 */
final class DatasetPage {
    /** Download formats: extension, label. */
    static final List<String[]> DOWNLOADS = List.of(new String[] {"csv", "CSV"}, new String[] {"csv-metadata.json", "CSVW metadata"},
            new String[] {"json", "JSON"}, new String[] {"ttl", "Turtle"}, new String[] {"jsonld", "JSON-LD"}, new String[] {"nt", "N-Triples"});
    private static final Map<String, String> LICENCES = Map.of(
            "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0",
            "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0",
            "https://www.data.gov.in/Godl", "GODL-India");

    private final Responder responder;
    private final DatasetReader reader;
    private final UriSpace space;

    DatasetPage(Responder responder, DatasetReader reader, UriSpace space) {
        this.responder = responder;
        this.reader = reader;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        String path = ctx.normalizedPath();
        Optional<String> uri = space.uriOf(path);
        if (uri.isEmpty()) {
            responder.notFound(ctx, ui);
            return;
        }
        responder.<Object>page(ctx, () -> reader.read(uri.get(), ui.lang()).<Object>map(d -> d).or(() -> reader.withdrawn(uri.get(), ui.lang())),
                found -> found instanceof DatasetDetail d ? render(ui, path, d) : withdrawn(ui, (DatasetDetail.Withdrawn) found),
                found -> found instanceof DatasetDetail ? 200 : 410);
    }

    /**
     * The HTML view of {@code /id/dataset/{org}/{slug}/vN}: the dataset's tombstone (410) when it was withdrawn;
     * otherwise the version's own description, from the entity pages.
     */
    void version(RoutingContext ctx) {
        Optional<String> uri = space.uriOf("/id/dataset/" + ctx.pathParam("org") + "/" + ctx.pathParam("slug"));
        if (!ctx.pathParam("version").matches("v[0-9]+") || uri.isEmpty()) {
            ctx.next();
            return;
        }
        Ui ui = responder.ui(ctx);
        responder.pageOrNext(ctx, () -> reader.withdrawn(uri.get(), ui.lang()), w -> withdrawn(ui, w), 410);
    }

    private PageContent withdrawn(Ui ui, DatasetDetail.Withdrawn w) {
        Summaries.Dataset s = w.summary();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<article class=\"dataset withdrawn\">\n<h1>").append(Html.escape(s.title())).append("</h1>\n<p class=\"notice\" role=\"status\">")
                .append(Html.escape(ui.f("dataset.withdrawnNotice", Fragments.date(s.modified())))).append("</p>\n");
        if (!w.reason().isEmpty()) {
            sb.append("<p class=\"withdrawal-reason\">").append(ui.e("dataset.withdrawalReason")).append(": ").append(Html.escape(w.reason())).append("</p>\n");
        }
        sb.append("<p class=\"meta\">")
                .append(ui.e("label.publisher")).append(": ").append(Fragments.link(space, s.publisher(), "org-link")).append("</p>\n<p class=\"description\">")
                .append(Html.escape(s.description())).append("</p>\n");
        versions(ui, w.versions(), sb);
        sb.append("</article>\n");
        return PageContent.of(s.title(), "datasets", sb.toString());
    }

    private PageContent render(Ui ui, String path, DatasetDetail d) {
        Summaries.Dataset s = d.summary();
        Cube cube = d.cube();
        StringBuilder sb = new StringBuilder(32768);
        sb.append("<article class=\"dataset\">\n<h1>").append(Html.escape(s.title())).append("</h1>").append(Fragments.illustrative(ui, s.illustrative()))
                .append("\n<p class=\"meta\">").append(ui.e("label.publisher")).append(": ").append(Fragments.link(space, s.publisher(), "org-link"))
                .append("</p>\n<p class=\"description\">").append(Html.escape(s.description())).append("</p>\n");
        if (s.illustrative()) {
            sb.append("<p class=\"notice\">").append(ui.e("dataset.illustrativeNotice")).append(" <a href=\"/about#illustrative\">")
                    .append(ui.e("dataset.whatIllustrative")).append("</a></p>\n");
        }
        sb.append("<nav class=\"toc\" aria-label=\"").append(ui.e("dataset.contents")).append("\"><ul>");
        for (String id : List.of("about", "chart", "data", "downloads", "sparql", "versions", "provenance")) {
            sb.append("<li><a href=\"#").append(id).append("\">").append(ui.e("dataset.section." + id)).append("</a></li>");
        }
        sb.append("</ul></nav>\n");
        metadata(ui, d, sb);
        List<Totals.Point> points = Totals.byPeriod(cube);
        sb.append("<section id=\"chart\"><h2>").append(ui.e("dataset.section.chart")).append("</h2>\n");
        if (points.isEmpty()) {
            sb.append("<p>").append(ui.e("dataset.noChart")).append("</p>\n");
        } else {
            String title = ui.f("dataset.chartTitle", cube.measure().label());
            sb.append(Chart.svg("chart-period", title, ui.t("dataset.chartDesc"), points))
                    .append("<p class=\"note\">").append(ui.e("dataset.chartNote")).append("</p>\n");
        }
        int category = categoryIndex(cube);
        if (category >= 0) {
            List<Totals.Point> byCategory = Totals.byDimension(cube, category);
            String label = cube.dimensions().get(category).label();
            if (byCategory.size() > 1) {
                sb.append("<h3>").append(Html.escape(ui.f("dataset.byCategory", label))).append("</h3>\n")
                        .append(Chart.svg("chart-category", ui.f("dataset.byCategoryTitle", cube.measure().label(), label),
                                ui.t("dataset.byCategoryDesc"), byCategory));
            }
        }
        sb.append("</section>\n<section id=\"data\"><h2>").append(ui.e("dataset.section.data")).append("</h2>\n")
                .append(ObservationTable.html(ui, space, cube, ui.f("dataset.tableCaption", s.title()))).append("</section>\n");
        sb.append("<section id=\"downloads\"><h2>").append(ui.e("dataset.section.downloads")).append("</h2>\n<ul class=\"downloads\">");
        for (String[] dl : DOWNLOADS) {
            sb.append("<li><a class=\"download\" data-format=\"").append(dl[0]).append("\" href=\"").append(Html.escape(path)).append("/download.")
                    .append(dl[0]).append("\">").append(dl[1]).append("</a></li>");
        }
        sb.append("</ul>\n<p class=\"note\">").append(ui.e("dataset.downloadsNote")).append("</p></section>\n");
        String query = DatasetQuery.example(cube);
        sb.append("<section id=\"sparql\"><h2>").append(ui.e("dataset.section.sparql")).append("</h2>\n<pre class=\"query\"><code>")
                .append(Html.escape(query)).append("</code></pre>\n<p><a class=\"button\" href=\"/sparql?edit=").append(Html.escape(Html.url(query)))
                .append("\">").append(ui.e("dataset.openQuery")).append("</a> <a href=\"/sparql?format=csv&amp;query=").append(Html.escape(Html.url(query)))
                .append("\">").append(ui.e("dataset.runCsv")).append("</a></p></section>\n");
        versions(ui, d.versions(), sb);
        provenance(ui, d, sb);
        sb.append("</article>\n");
        String head = DatasetJsonLd.script(d) + "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + Html.escape(path) + "?format=ttl\">\n";
        return new PageContent(s.title(), "datasets", head, List.of(), sb.toString());
    }

    /** The first dimension that is neither area nor period (a category such as violation type), or -1. */
    static int categoryIndex(Cube cube) {
        for (int i = 0; i < cube.dimensions().size(); i++) {
            String u = cube.dimensions().get(i).uri();
            if (!DistrictFigures.AREA_ROLES.containsKey(u) && i != Totals.periodIndex(cube)) {
                return i;
            }
        }
        return -1;
    }

    private void metadata(Ui ui, DatasetDetail d, StringBuilder sb) {
        Summaries.Dataset s = d.summary();
        sb.append("<section id=\"about\"><h2>").append(ui.e("dataset.section.about")).append("</h2>\n<dl class=\"meta-list\">\n");
        item(ui, "label.publisher", Fragments.link(space, s.publisher(), "org-link"), sb);
        item(ui, "label.licence", "<a class=\"licence\" rel=\"license\" href=\"" + Html.escape(Html.safeHref(d.licence())) + "\">"
                + Html.escape(LICENCES.getOrDefault(d.licence(), d.licence())) + "</a>", sb);
        if (!s.source().isEmpty()) {
            item(ui, "label.source", Html.escape(s.source()), sb);
        }
        if (!d.landingPage().isEmpty()) {
            item(ui, "label.landingPage", Html.link(d.landingPage(), d.landingPage()), sb);
        }
        if (!s.themes().isEmpty()) {
            item(ui, "label.themes", Fragments.links(space, s.themes(), "theme-link"), sb);
        }
        if (!d.keywords().isEmpty()) {
            item(ui, "label.keywords", Html.escape(String.join(", ", d.keywords())), sb);
        }
        if (!d.temporal()[0].isEmpty()) {
            item(ui, "label.temporal", Html.escape(d.temporal()[0] + " – " + d.temporal()[1]), sb);
        }
        if (!d.areas().isEmpty()) {
            item(ui, "label.areas", Fragments.links(space, d.areas(), "area-link"), sb);
        }
        item(ui, "label.measure", Html.escape(d.cube().measure().label()), sb);
        item(ui, "label.dimensions", Html.escape(String.join(", ", d.cube().dimensions().stream().map(Cube.Component::label).toList())), sb);
        if (!d.contactPoint().isEmpty()) {
            item(ui, "label.contact", Html.link(d.contactPoint(), d.contactPoint().replaceFirst("^mailto:", "")), sb);
        }
        item(ui, "label.issued", "<time>" + Html.escape(Fragments.date(d.issued())) + "</time>", sb);
        item(ui, "label.modified", "<time>" + Html.escape(Fragments.date(s.modified())) + "</time>", sb);
        item(ui, "label.uri", "<code>" + Html.escape(s.uri()) + "</code>", sb);
        sb.append("</dl>\n</section>\n");
    }

    private void versions(Ui ui, List<DatasetDetail.Version> versions, StringBuilder sb) {
        sb.append("<section id=\"versions\"><h2>").append(ui.e("dataset.section.versions")).append("</h2>\n<table class=\"data\"><thead><tr><th scope=\"col\">")
                .append(ui.e("dataset.version")).append("</th><th scope=\"col\">").append(ui.e("label.issued")).append("</th><th scope=\"col\" class=\"num\">")
                .append(ui.e("dataset.observations")).append("</th><th scope=\"col\" class=\"num\">").append(ui.e("dataset.suppressedCells"))
                .append("</th><th scope=\"col\">").append(ui.e("dataset.changes")).append("</th><th scope=\"col\">").append(ui.e("dataset.status"))
                .append("</th></tr></thead><tbody>\n");
        for (DatasetDetail.Version v : versions) {
            sb.append("<tr><td>").append(Fragments.link(space, new Link(v.uri(), "v" + v.number()), "version-link")).append("</td><td>")
                    .append(Html.escape(Fragments.date(v.issued()))).append("</td><td class=\"num\">").append(Html.escape(v.observations()))
                    .append("</td><td class=\"num\">").append(Html.escape(v.suppressed())).append("</td><td>");
            changes(ui, "dataset.added", v.added(), sb);
            changes(ui, "dataset.removed", v.removed(), sb);
            sb.append("</td><td>").append(ui.e(v.current() ? "dataset.current" : v.withdrawn() ? "dataset.withdrawnVersion" : "dataset.replaced"))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n");
    }

    /** One line of a version's change summary: the codes and periods it added or removed, never counts. */
    private static void changes(Ui ui, String key, List<Link> codes, StringBuilder sb) {
        if (codes.isEmpty()) {
            return;
        }
        sb.append("<span class=\"version-change\">").append(ui.e(key)).append(": ")
                .append(String.join(", ", codes.stream().map(c -> Html.escape(c.label())).toList())).append("</span> ");
    }

    private void provenance(Ui ui, DatasetDetail d, StringBuilder sb) {
        sb.append("<section id=\"provenance\"><h2>").append(ui.e("dataset.section.provenance")).append("</h2>\n");
        if (d.provenance().isEmpty()) {
            sb.append("<p>").append(ui.e("dataset.noProvenance")).append("</p></section>\n");
            return;
        }
        DatasetDetail.Provenance p = d.provenance().get();
        sb.append("<dl class=\"meta-list\">\n");
        item(ui, "prov.activity", Fragments.link(space, new Link(p.activity(), p.activity().substring(p.activity().lastIndexOf('/') + 1)), "activity-link"), sb);
        item(ui, "prov.time", "<time>" + Html.escape(p.started()) + "</time> – <time>" + Html.escape(p.ended()) + "</time>", sb);
        item(ui, "prov.sha256", "<code>" + Html.escape(p.sha256()) + "</code>", sb);
        item(ui, "prov.threshold", Html.escape(p.threshold()) + " <a href=\"/about#privacy\">" + ui.e("prov.howPrivacy") + "</a>", sb);
        item(ui, "dataset.suppressedCells", Html.escape(p.suppressed()), sb);
        StringBuilder rules = new StringBuilder("<ul>");
        p.rules().forEach(r -> rules.append("<li>").append(Html.escape(r)).append("</li>"));
        item(ui, "prov.rules", rules.append("</ul>").toString(), sb);
        sb.append("</dl>\n</section>\n");
    }

    private static void item(Ui ui, String key, String html, StringBuilder sb) {
        sb.append("<dt>").append(ui.e(key)).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
