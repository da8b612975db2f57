package org.pravasi.portal.map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.pravasi.ontology.PravasiUris;

/** URLs of the map: permalinks (the URL is the state of the map), the API call behind it, and local entity paths. */
final class MapLinks {
    private MapLinks() {}

    /**
     * The query string naming a selection exactly (dataset, period, chosen values), plus the page's state, sort (left
     * out when the default or {@code null}) and whether all districts are listed.
     */
    static String query(Selection s, PeriodInfo period, String state, String sort, boolean all) {
        StringBuilder q = new StringBuilder();
        add(q, MapRequest.DATASET, s.indicator().dataset());
        add(q, MapRequest.PERIOD, period.notation());
        for (Map.Entry<String, List<String>> f : Selections.chosen(s).entrySet()) {
            f.getValue().forEach(v -> add(q, f.getKey(), v));
        }
        if (state != null && !state.isEmpty()) {
            add(q, "state", state);
        }
        if (sort != null && !sort.equals(PageModel.Params.DEFAULT_SORT)) {
            add(q, "sort", sort);
        }
        if (all) {
            add(q, "all", "1");
        }
        return q.toString();
    }

    /** The API URL with the figures of a selection. */
    static String api(Selection s) {
        return "/api/map?" + query(s, s.period(), "", null, false);
    }

    /** The API URL with the figures of a selection, the period's label (and the CSV's names) in {@code lang}. */
    static String api(Selection s, String lang) {
        return api(s) + ("hi".equals(lang) ? "&" + MapApi.LANG + "=hi" : "");
    }

    /** The path of an entity on this portal: its URI under the node's base or the vocabulary base, else the URI. */
    static String local(String uri, String baseUri) {
        if (uri == null) {
            return "";
        }
        if (uri.startsWith(baseUri)) {
            return "/" + uri.substring(baseUri.length());
        }
        return uri.startsWith(PravasiUris.BASE) ? "/" + uri.substring(PravasiUris.BASE.length()) : uri;
    }

    /** The page of a district. */
    static String district(String lgd) {
        return "/id/district/" + URLEncoder.encode(lgd, StandardCharsets.UTF_8);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (!q.isEmpty()) {
            q.append('&');
        }
        q.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
