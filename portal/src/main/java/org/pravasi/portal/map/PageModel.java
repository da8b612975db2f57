package org.pravasi.portal.map;

import io.vertx.core.MultiMap;
import java.util.List;

/**
 * Everything the map page shows, gathered on a worker thread.
 *
 * @param indicators the mappable indicators
 * @param resolution the checked request (lenient), with what was dropped
 * @param result the figures, or {@code null} when nothing can be mapped
 * @param geography districts and states of the reference geography
 * @param params the page's own parameters
 * @param embed whether this is the embeddable version
 * @param origin scheme, host and port the request came to, for the embed code
 * @param baseUri the node's instance base URI, to make local links
 * @param texts the interface texts in the page's language
 */
record PageModel(
        List<Indicator> indicators,
        Resolution resolution,
        MapResult result,
        DistrictDirectory geography,
        Params params,
        boolean embed,
        String origin,
        String baseUri,
        MapTexts texts) {

    /**
     * The page's own parameters, checked: the state zoomed to, the table's sort order, and whether the table lists
     * districts without data too.
     *
     * @param state LGD code of the state zoomed to, or blank for all India
     * @param sort one of {@link #SORTS}
     * @param all whether to list every district (otherwise, outside a state, only those with data)
     */
    record Params(String state, String sort, boolean all) {
        /** Table sort orders: a column, descending when prefixed with '-'. */
        static final List<String> SORTS = List.of("-value", "value", "name", "-name", "state", "-state");
        /** The default order: the largest figures first. */
        static final String DEFAULT_SORT = SORTS.getFirst();

        /** Reads the parameters, dropping a state the geography does not know and an unknown sort. */
        static Params from(MultiMap params, DistrictDirectory geography) {
            String state =
                    params.get("state") == null ? "" : params.get("state").strip();
            if (!state.isEmpty() && geography.state(state).isEmpty()) {
                state = "";
            }
            String sort = params.get("sort");
            return new Params(
                    state, sort != null && SORTS.contains(sort) ? sort : DEFAULT_SORT, "1".equals(params.get("all")));
        }
    }

    /** The selection shown (present whenever {@code result} is). */
    Selection selection() {
        return resolution.selection().orElseThrow();
    }

    /** The path of the page (full or embed). */
    String path() {
        return embed ? "/embed/map" : "/map";
    }

    /** This page for another period, sort order or listing. */
    String link(PeriodInfo period, String sort, boolean all) {
        return path() + "?" + MapLinks.query(selection(), period, params.state(), sort, all);
    }

    /** The permalink of the full page. */
    String permalink() {
        return "/map?" + MapLinks.query(selection(), selection().period(), params.state(), params.sort(), params.all());
    }

    /** The URL of the embeddable map. */
    String embedLink() {
        return origin + "/embed/map?" + MapLinks.query(selection(), selection().period(), params.state(), null, false);
    }
}
