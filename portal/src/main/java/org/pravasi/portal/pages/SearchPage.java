package org.pravasi.portal.pages;

import gg.jte.Content;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.search.ConceptHit;
import org.pravasi.portal.search.InvalidSearchException;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.portal.search.SearchParams;
import org.pravasi.portal.search.SearchQuery;
import org.pravasi.portal.search.SearchResult;

/**
 * {@code /search}: the form, hits with highlighted snippets, facets as links with counts, and pagination. It takes the
 * same parameters as {@code /api/search} and runs the same index code on the worker pool. Unless the visitor chose a
 * language ({@code ?lang=} or the cookie), the page is in the language of the query (Devanagari: Hindi, Latin:
 * English), with a link to the other language; a concept hit says what it is and links to the datasets that use it.
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

    void handle(RoutingContext ctx) {
        Ui chosen = responder.ui(ctx);
        Optional<String> ofQuery = Language.chosen(ctx).isPresent()
                ? Optional.empty()
                : Language.ofText(ctx.queryParam("q").stream().findFirst().orElse(""))
                        .filter(l -> !l.equals(chosen.lang()));
        Ui ui = ofQuery.map(l -> responder.ui(ctx, l)).orElse(chosen);
        SearchQuery query;
        try {
            query = SearchParams.parse(name -> name.equals("lang") ? List.of(ui.lang()) : ctx.queryParam(name));
        } catch (InvalidSearchException e) {
            Content body =
                    Templates.of("pages/searchError.jte", Map.of("ui", ui, "message", String.valueOf(e.getMessage())));
            responder.send(
                    ctx,
                    400,
                    ui,
                    new PageContent(ui.t("search.title"), "search", PageContent.NONE, List.of("search.js"), body));
            return;
        }
        boolean queryLanguage = ofQuery.isPresent();
        responder.page(ctx, ui, () -> Optional.of(index.search(query)), r -> render(ui, query, r, queryLanguage));
    }

    private PageContent render(Ui ui, SearchQuery q, SearchResult r, boolean queryLanguage) {
        String title = q.text().isEmpty() ? ui.t("search.title") : ui.f("search.titleFor", q.text());
        return new PageContent(
                title,
                "search",
                PageContent.NONE,
                List.of("search.js"),
                Templates.of(
                        "pages/search.jte",
                        Map.of("ui", ui, "space", space, "q", q, "r", r, "queryLanguage", queryLanguage)));
    }

    /** What a concept hit is: its code list and how many datasets use it ("Violation type, used in 2 datasets"). */
    static String conceptUse(Ui ui, ConceptHit c) {
        int n = c.datasets().size();
        String key = n == 0 ? "search.conceptUsedNone" : n == 1 ? "search.conceptUsedOne" : "search.conceptUsedMany";
        return ui.f(key, c.scheme(), n);
    }

    /** The language the page is not in. */
    static String otherLanguage(Ui ui) {
        return ui.lang().equals("hi") ? "en" : "hi";
    }

    /** The label of a facet value: the type's name, else the label the index gave, else the value. */
    static String facetLabel(Ui ui, SearchResult r, String facet, String value) {
        if (facet.equals("type")) {
            return ui.t("type." + value);
        }
        return r.labels().getOrDefault(facet, Map.of()).getOrDefault(value, value);
    }

    /**
     * How many districts the page names in English for want of a name in its language: district hits and the district
     * facet's values, each name once.
     */
    static long englishDistrictNames(Ui ui, SearchResult r) {
        java.util.Set<String> names = new java.util.HashSet<>();
        r.hits().stream().filter(h -> h.type().equals("district")).forEach(h -> names.add(h.title()));
        r.facets()
                .getOrDefault("district", Map.of())
                .keySet()
                .forEach(v -> names.add(facetLabel(ui, r, "district", v)));
        return names.stream()
                .filter(n -> "en".equals(Html.fallBackLang(n, ui.lang())))
                .count();
    }

    /** Whether the request selects {@code value} of {@code facet}. */
    static boolean selected(Ui ui, String facet, String value) {
        if (facet.equals("year")) {
            return ui.query().stream()
                            .anyMatch(e ->
                                    e.getKey().equals("from") && e.getValue().equals(value))
                    && ui.query().stream()
                            .anyMatch(
                                    e -> e.getKey().equals("to") && e.getValue().equals(value));
        }
        return ui.query().stream()
                .anyMatch(e -> e.getKey().equals(facet)
                        && List.of(e.getValue().split(",")).contains(value));
    }

    /** This search with {@code value} of {@code facet} added (or removed when {@code on}), back on page 1. */
    static String toggle(Ui ui, String facet, String value, boolean on) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (Map.Entry<String, String> e : ui.query()) {
            boolean sameFacet = facet.equals("year")
                    ? e.getKey().equals("from") || e.getKey().equals("to")
                    : e.getKey().equals(facet);
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

    /** This search on page {@code page}. */
    static String page(Ui ui, long page) {
        List<Map.Entry<String, String>> params = new ArrayList<>(
                ui.query().stream().filter(e -> !e.getKey().equals("page")).toList());
        params.add(Map.entry("page", Long.toString(page)));
        return href(params);
    }
}
