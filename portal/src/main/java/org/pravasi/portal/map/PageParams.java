package org.pravasi.portal.map;

import io.vertx.core.MultiMap;
import java.util.List;

/**
 * The map page's own parameters, checked: the state zoomed to, the table's sort order, and whether the table lists
 * districts without data too.
 *
 * @param state LGD code of the state zoomed to, or blank for all India
 * @param sort  one of {@link #SORTS}
 * @param all   whether to list every district (otherwise, outside a state, only those with data)
 */
record PageParams(String state, String sort, boolean all) {
    /** Table sort orders: a column, descending when prefixed with '-'. */
    static final List<String> SORTS = List.of("-value", "value", "name", "-name", "state", "-state");
    /** The default order: the largest figures first. */
    static final String DEFAULT_SORT = SORTS.getFirst();

    /** Reads the parameters, dropping a state the geography does not know and an unknown sort. */
    static PageParams from(MultiMap params, DistrictDirectory geography) {
        String state = params.get("state") == null ? "" : params.get("state").strip();
        if (!state.isEmpty() && geography.state(state).isEmpty()) {
            state = "";
        }
        String sort = params.get("sort");
        return new PageParams(state, sort != null && SORTS.contains(sort) ? sort : DEFAULT_SORT, "1".equals(params.get("all")));
    }
}
