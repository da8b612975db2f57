package org.pravasi.portal.map;

import io.vertx.core.MultiMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a caller asked to map, as given in the URL: not yet checked against the indicator.
 *
 * @param dataset the dataset (or dataset version) URI; may be blank
 * @param period the period notation; blank for the latest
 * @param filters dimension parameter to the notations asked for, in request order
 */
public record MapRequest(String dataset, String period, Map<String, List<String>> filters) {
    /** The parameter naming the dataset. */
    public static final String DATASET = "dataset";
    /** The parameter naming the period. */
    public static final String PERIOD = "period";
    /** Parameter names that are never dimension filters (the page's own, and the request's). */
    public static final Set<String> RESERVED =
            Set.of(DATASET, PERIOD, "state", "sort", "all", "lang", "format", "districts");

    /** Copies the filters and replaces absent strings with blanks. */
    public MapRequest {
        dataset = Objects.requireNonNullElse(dataset, "").strip();
        period = Objects.requireNonNullElse(period, "").strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        filters = Map.copyOf(copy);
    }

    /** Reads a request from URL parameters; every parameter not in {@code reserved} is taken as a dimension filter. */
    public static MapRequest from(MultiMap params, Set<String> reserved) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String name : params.names()) {
            if (name.equals(DATASET) || name.equals(PERIOD) || reserved.contains(name)) {
                continue;
            }
            List<String> values = params.getAll(name).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            if (!values.isEmpty()) {
                filters.put(name, values);
            }
        }
        return new MapRequest(params.get(DATASET), params.get(PERIOD), filters);
    }
}
