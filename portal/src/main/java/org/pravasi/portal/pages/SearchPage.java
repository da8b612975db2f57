package org.pravasi.portal.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.search.Hit;
import org.pravasi.portal.search.InvalidSearchException;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.search.SearchParams;
import org.pravasi.portal.search.SearchQuery;
import org.pravasi.portal.search.SearchResult;

/**
 * {@code /search}: the form, hits with highlighted snippets, facets as links with counts, and pagination. It takes
 * the same parameters as {@code /api/search} and runs the same index code on the worker pool.
 */
final class SearchPage {
    /** The facets shown, in order. */
    static final List<String> FACETS = List.of("type", "org", "theme", "state", "district", "year");

    private final Responder responder;
    private final SearchIndex index;
    private final UriSpace space;

    SearchPage(Responder responder, SearchIndex index, UriSpace space) {
        this.responder = responder;
        this.index = index;
        this.space = space;
    }

    /** The search form; the text box is {@code #q}, with typeahead suggestions when scripts run. */
    static String form(Ui ui, String q) {
        return "<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">\n<label for=\"q\">" + ui.e("search.label")
                + "</label>\n<div class=\"search-row\"><input id=\"q\" name=\"q\" type=\"search\" maxlength=\"500\" autocomplete=\"off\" list=\"q-suggestions\""
                + " value=\"" + Html.escape(q) + "\" placeholder=\"" + ui.e("search.placeholder") + "\" data-lang=\"" + ui.lang() + "\">"
                + "<datalist id=\"q-suggestions\"></datalist><button type=\"submit\">" + ui.e("search.submit") + "</button></div>\n</form>\n";
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        SearchQuery query;
        try {
            query = SearchParams.parse(name -> name.equals("lang") ? List.of(ui.lang()) : ctx.queryParam(name));
        } catch (InvalidSearchException e) {
            String body = "<h1>" + ui.e("search.title") + "</h1>\n" + form(ui, "") + "<p class=\"error\" role=\"alert\">" + ui.e("search.badRequest")
                    + " " + Html.escape(e.getMessage()) + "</p>\n";
            responder.send(ctx, 400, ui, new PageContent(ui.t("search.title"), "search", "", List.of("search.js"), body));
            return;
        }
        responder.page(ctx, () -> Optional.of(index.search(query)), r -> render(ui, query, r));
    }

    private PageContent render(Ui ui, SearchQuery q, SearchResult r) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<h1>").append(ui.e("search.title")).append("</h1>\n").append(form(ui, q.text()))
                .append("<p class=\"result-count\" role=\"status\">").append(Html.escape(ui.f("search.count", r.total()))).append("</p>\n")
                .append("<div class=\"search-layout\">\n<aside class=\"facets\" aria-labelledby=\"facets-h\"><h2 id=\"facets-h\">")
                .append(ui.e("search.refine")).append("</h2>\n");
        for (String facet : FACETS) {
            Map<String, Integer> counts = r.facets().getOrDefault(facet, Map.of());
            if (counts.isEmpty()) {
                continue;
            }
            sb.append("<h3>").append(ui.e("facet." + facet)).append("</h3>\n<ul class=\"facet\" data-facet=\"").append(facet).append("\">");
            counts.forEach((value, count) -> {
                boolean on = selected(ui, facet, value);
                sb.append("<li><a href=\"").append(Html.escape(toggle(ui, facet, value, on))).append('"').append(on ? " aria-current=\"true\" class=\"on\"" : "")
                        .append('>').append(Html.escape(facetLabel(ui, r, facet, value))).append(" <span class=\"count\">(").append(count)
                        .append(")</span></a></li>");
            });
            sb.append("</ul>\n");
        }
        sb.append("</aside>\n<section class=\"results\" aria-labelledby=\"results-h\"><h2 id=\"results-h\" class=\"visually-hidden\">")
                .append(ui.e("search.results")).append("</h2>\n");
        if (r.hits().isEmpty()) {
            sb.append("<p>").append(ui.e("search.none")).append("</p>\n");
        }
        sb.append("<ol class=\"hits\" start=\"").append((long) (r.page() - 1) * r.size() + 1).append("\">\n");
        for (Hit h : r.hits()) {
            sb.append("<li class=\"hit\"><span class=\"badge\">").append(ui.e("type." + h.type())).append("</span> <a class=\"hit-link")
                    .append(h.type().equals("dataset") ? " dataset-link" : "").append("\" href=\"").append(Html.escape(Html.safeHref(space.href(h.uri()))))
                    .append("\">").append(Html.escape(h.title())).append("</a>").append(Fragments.illustrative(ui, h.illustrative()));
            if (!h.snippet().isEmpty()) {
                sb.append("<p class=\"snippet\">").append(h.snippet()).append("</p>");
            }
            List<String> meta = new ArrayList<>();
            if (!h.org().isEmpty()) {
                meta.add("<a class=\"org-link\" href=\"/id/org/" + Html.escape(Html.url(h.org())) + "\">"
                        + Html.escape(r.labels().getOrDefault("org", Map.of()).getOrDefault(h.org(), h.org())) + "</a>");
            }
            if (h.period() != null) {
                meta.add(Html.escape(h.period().start() + " – " + h.period().end()));
            }
            if (!h.source().isEmpty()) {
                meta.add("<span class=\"source-node\">" + ui.e("search.source") + " <a href=\"" + Html.escape(Html.safeHref(h.source())) + "\">"
                        + Html.escape(h.source()) + "</a></span>");
            }
            if (!meta.isEmpty()) {
                sb.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n").append(pager(ui, r)).append("</section>\n</div>\n");
        String title = q.text().isEmpty() ? ui.t("search.title") : ui.f("search.titleFor", q.text());
        return new PageContent(title, "search", "", List.of("search.js"), sb.toString());
    }

    private static String facetLabel(Ui ui, SearchResult r, String facet, String value) {
        if (facet.equals("type")) {
            return ui.t("type." + value);
        }
        return r.labels().getOrDefault(facet, Map.of()).getOrDefault(value, value);
    }

    private static boolean selected(Ui ui, String facet, String value) {
        if (facet.equals("year")) {
            return ui.query().stream().anyMatch(e -> e.getKey().equals("from") && e.getValue().equals(value))
                    && ui.query().stream().anyMatch(e -> e.getKey().equals("to") && e.getValue().equals(value));
        }
        return ui.query().stream().anyMatch(e -> e.getKey().equals(facet) && List.of(e.getValue().split(",")).contains(value));
    }

    /** This search with {@code value} of {@code facet} added (or removed when {@code on}), back on page 1. */
    private static String toggle(Ui ui, String facet, String value, boolean on) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (Map.Entry<String, String> e : ui.query()) {
            boolean sameFacet = facet.equals("year") ? e.getKey().equals("from") || e.getKey().equals("to") : e.getKey().equals(facet);
            if (e.getKey().equals("page") || (sameFacet && (on || facet.equals("year")))) {
                continue;
            }
            params.add(e);
        }
        if (!on) {
            if (facet.equals("year")) {
                params.add(Map.entry("from", value));
                params.add(Map.entry("to", value));
            } else {
                params.add(Map.entry(facet, value));
            }
        }
        return href(params);
    }

    private static String href(List<Map.Entry<String, String>> params) {
        StringBuilder sb = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, String> e : params) {
            sb.append(sep).append(Html.url(e.getKey())).append('=').append(Html.url(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    private static String pager(Ui ui, SearchResult r) {
        long pages = Math.min((r.total() + r.size() - 1) / r.size(), SearchQuery.MAX_WINDOW / r.size());
        if (pages <= 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"").append(ui.e("search.pages")).append("\"><ul>");
        if (r.page() > 1) {
            sb.append("<li><a rel=\"prev\" href=\"").append(Html.escape(page(ui, r.page() - 1))).append("\">").append(ui.e("search.prev")).append("</a></li>");
        }
        for (long p = Math.max(1, r.page() - 4); p <= Math.min(pages, r.page() + 4); p++) {
            if (p == r.page()) {
                sb.append("<li><span aria-current=\"page\">").append(p).append("</span></li>");
            } else {
                sb.append("<li><a href=\"").append(Html.escape(page(ui, p))).append("\">").append(p).append("</a></li>");
            }
        }
        if (r.page() < pages) {
            sb.append("<li><a rel=\"next\" href=\"").append(Html.escape(page(ui, r.page() + 1))).append("\">").append(ui.e("search.next")).append("</a></li>");
        }
        return sb.append("</ul></nav>\n").toString();
    }

    private static String page(Ui ui, long page) {
        List<Map.Entry<String, String>> params = new ArrayList<>(ui.query().stream().filter(e -> !e.getKey().equals("page")).toList());
        params.add(Map.entry("page", Long.toString(page)));
        return href(params);
    }
}
