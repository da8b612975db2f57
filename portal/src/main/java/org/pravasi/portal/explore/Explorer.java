package org.pravasi.portal.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.pages.Citation;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.catalog.figures.Tally;

/**
 * Computes a selection of one dataset: filters its observations by area, coded dimensions and period, then rolls
 * periods up to the span asked for by {@link Rollup#of}, so that a total is shown only when every part of it is
 * published. Nothing here sums across areas or categories: each figure is one combination of the dimensions' values.
 */
final class Explorer {
    /** Parameters that are not filters. */
    static final Set<String> CONTROLS = Set.of("lang", "view", "granularity");
    /** The dimensions that hold areas, in the order the main area is chosen (as on the map). */
    static final List<String> AREA_PROPERTIES =
            List.of(SDMX.refArea.getURI(), PV.originArea.getURI(), PV.destinationArea.getURI());
    /**
     * Observations read at most for one selection: a selection that needs more (a whole large dataset, unfiltered) is
     * refused with a request to narrow it, as a paged API would, instead of holding a million rows in memory.
     */
    static final long MOST_OBSERVATIONS = 200_000;
    /** Most values listed in an error message. */
    private static final int EXAMPLES = 12;

    private final int threshold;
    private final long mostObservations;

    /** An explorer applying the node's disclosure threshold {@code k}. */
    Explorer(int threshold) {
        this(threshold, MOST_OBSERVATIONS);
    }

    /** An explorer applying threshold {@code k} that reads at most {@code mostObservations} for a selection. */
    Explorer(int threshold, long mostObservations) {
        this.threshold = threshold;
        this.mostObservations = mostObservations;
    }

    /** Observations read at most for one selection. */
    long mostObservations() {
        return mostObservations;
    }

    /**
     * The selection {@code params} (parameter → values, without {@code lang}) of {@code cube}.
     *
     * @param areas what is known of the cube's areas, by URI
     * @param search place URIs the search index finds for a name, best first
     * @param title the dataset's title
     * @param citation how to cite the dataset
     * @param lang the language of labels
     * @throws BadSelection when a parameter cannot be answered
     */
    Exploration explore(
            Cube cube,
            Map<String, List<String>> params,
            Map<String, AreaInfo> areas,
            Function<String, List<String>> search,
            String title,
            Citation citation,
            String lang) {
        return explore(
                Shape.of(cube), b -> Optional.of(cube.rows()), params, areas, search, title, citation, lang, true);
    }

    /**
     * The selection {@code params} of the version {@code shape} describes, reading only the observations {@code rows}
     * gives for the selection's bounds.
     *
     * @param strict whether a selection too large to read is refused ({@link BadSelection}) rather than answered
     *     without figures (for the page's form)
     * @throws BadSelection when a parameter cannot be answered
     */
    Exploration explore(
            Shape shape,
            Shape.Rows rows,
            Map<String, List<String>> params,
            Map<String, AreaInfo> areas,
            Function<String, List<String>> search,
            String title,
            Citation citation,
            String lang,
            boolean strict) {
        List<Exploration.Column> columns = columns(shape.dimensions(), shape.overlapping());
        int period = index(columns, "period");
        int area = index(columns, "area");
        Set<String> known = new LinkedHashSet<>();
        columns.forEach(c -> known.add(c.param()));
        known.addAll(CONTROLS);
        for (String p : params.keySet()) {
            if (!known.contains(p)) {
                throw new BadSelection(
                        p, "Unknown parameter \"" + p + "\": this dataset takes " + String.join(", ", known) + ".");
            }
        }
        Optional<Span> dataSpan = dataSpan(shape, period);
        Optional<String> periodAsked = single(params, "period");
        Optional<Span> span = span(params, periodAsked, dataSpan, period);
        Optional<Exploration.Area> areaAsked = area < 0
                ? Optional.empty()
                : single(params, "area").map(q -> AreaMatch.find(q, areas.values(), search));
        Map<Integer, Set<String>> codes = new LinkedHashMap<>();
        Map<String, List<String>> codesAsked = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Exploration.Column c = columns.get(i);
            List<String> values = values(params, c.param());
            if (i == area || i == period || values.isEmpty()) {
                continue;
            }
            Set<String> present = new LinkedHashSet<>(shape.notations(i));
            for (String v : values) {
                if (!present.contains(v)) {
                    throw new BadSelection(
                            c.param(),
                            "\"" + v + "\" is not a value of " + c.param() + " in this dataset: use one of "
                                    + String.join(
                                            ", ",
                                            present.stream().limit(EXAMPLES).toList())
                                    + (present.size() > EXAMPLES ? ", …" : "") + ".");
                }
            }
            codes.put(i, new LinkedHashSet<>(values));
            codesAsked.put(c.param(), List.copyOf(new LinkedHashSet<>(values)));
        }
        periodAsked.ifPresent(p -> {
            if (span.isEmpty() || Span.of(p).filter(s -> s.holds(span.get())).isEmpty()) {
                throw new BadSelection(
                        "period",
                        "\"" + p + "\" is not a period that holds whole "
                                + span.map(Span::id).orElse("periods")
                                + "s of this dataset: write one as in "
                                + span.map(Span::example).orElse("2024")
                                + (span.filter(s -> s != Span.YEAR && s != Span.FINANCIAL_YEAR)
                                                .isPresent()
                                        ? " or a year as in 2024"
                                        : "")
                                + ".");
            }
        });
        Set<String> areaUris =
                areaAsked.map(a -> (Set<String>) new HashSet<>(a.areas())).orElse(null);
        List<Set<String>> bounds = bounds(shape, period, area, areaUris, codes, periodAsked, dataSpan, span);
        Optional<List<Cube.Row>> found = rows.matching(bounds);
        if (found.isEmpty() && strict) {
            throw new BadSelection(
                    "area",
                    "This selection needs more than " + mostObservations + " observations, too many to compute on"
                            + " request: narrow it by "
                            + String.join(
                                    ", ",
                                    columns.stream()
                                            .map(Exploration.Column::param)
                                            .toList())
                            + ", or download the whole dataset.");
        }
        List<Exploration.Cell> cells = found.map(
                        r -> cells(shape, r, period, area, areaUris, codes, periodAsked, dataSpan, span, lang))
                .orElse(List.of());
        List<Exploration.Filter> filters =
                filters(shape, columns, period, area, codesAsked, periodAsked, dataSpan, span, lang);
        List<Span> spans = dataSpan.map(d ->
                        List.of(Span.values()).stream().filter(s -> s.holds(d)).toList())
                .orElse(List.of());
        return new Exploration(
                shape.datasetUri(),
                shape.versionUri(),
                title,
                shape.measure(),
                columns,
                cells,
                dataSpan,
                span,
                new Exploration.Selected(
                        areaAsked,
                        codesAsked,
                        periodAsked,
                        single(params, "granularity").flatMap(Span::byId)),
                filters,
                spans,
                areaNames(areas.values()),
                citation);
    }

    /**
     * Per dimension, the URIs of the values the selection keeps ({@code null}: any), so that only matching observations
     * are read; a dimension with values that are not URIs is left unbound (the rows are filtered again in memory).
     */
    private static List<Set<String>> bounds(
            Shape shape,
            int period,
            int area,
            Set<String> areaUris,
            Map<Integer, Set<String>> codes,
            Optional<String> periodAsked,
            Optional<Span> dataSpan,
            Optional<Span> span) {
        List<Set<String>> out =
                new ArrayList<>(Collections.nCopies(shape.dimensions().size(), null));
        if (areaUris != null) {
            out.set(area, areaUris);
        }
        codes.forEach((i, notations) -> {
            Set<String> uris = new HashSet<>();
            shape.values().get(i).stream()
                    .filter(t -> notations.contains(t.notation()))
                    .forEach(t -> uris.add(t.uri()));
            out.set(i, uris);
        });
        if (period >= 0 && periodAsked.isPresent()) {
            Set<String> uris = new HashSet<>();
            for (Cube.Term t : shape.values().get(period)) {
                String bucket = span.isEmpty() ? t.notation() : span.get().bucketOf(t.notation(), dataSpan.get());
                if (within(bucket, span.get(), periodAsked.get())) {
                    uris.add(t.uri());
                }
            }
            out.set(period, uris);
        }
        out.replaceAll(b -> b != null && b.contains("") ? null : b);
        return out;
    }

    private List<Exploration.Cell> cells(
            Shape shape,
            List<Cube.Row> rows,
            int period,
            int area,
            Set<String> areaUris,
            Map<Integer, Set<String>> codes,
            Optional<String> periodAsked,
            Optional<Span> dataSpan,
            Optional<Span> span,
            String lang) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (Cube.Row r : rows) {
            if (areaUris != null && !areaUris.contains(r.keys().get(area).uri())) {
                continue;
            }
            if (!codes.entrySet().stream()
                    .allMatch(
                            e -> e.getValue().contains(r.keys().get(e.getKey()).notation()))) {
                continue;
            }
            String part = period < 0 ? "" : r.keys().get(period).notation();
            String bucket = period < 0 || span.isEmpty() ? part : span.get().bucketOf(part, dataSpan.get());
            if (periodAsked.isPresent() && !within(bucket, span.get(), periodAsked.get())) {
                continue;
            }
            List<String> key = new ArrayList<>();
            List<Cube.Term> terms = new ArrayList<>(r.keys());
            for (int i = 0; i < terms.size(); i++) {
                key.add(i == period ? bucket : terms.get(i).notation());
            }
            if (period >= 0 && span.isPresent() && span.get() != dataSpan.get()) {
                terms.set(
                        period,
                        new Cube.Term(span.get().uri(bucket), bucket, span.get().label(bucket, lang)));
            }
            Group g = groups.computeIfAbsent(key, k -> new Group(terms, bucket));
            g.parts.merge(part, Tally.EMPTY.add(r.value(), r.suppressed()), Explorer::plus);
        }
        List<Exploration.Cell> out = new ArrayList<>();
        for (Group g : groups.values()) {
            List<String> expected = period < 0 || span.isEmpty() || span.get() == dataSpan.get()
                    ? List.copyOf(g.parts.keySet())
                    : span.get().parts(g.bucket, dataSpan.get());
            List<Tally> tallies = new ArrayList<>();
            expected.forEach(p -> tallies.add(g.parts.get(p)));
            out.add(new Exploration.Cell(g.terms, Rollup.of(tallies, threshold)));
        }
        out.sort(order(shape, period));
        return out;
    }

    /** Cells in the dataset's order of each dimension's values, periods in time order. */
    private static Comparator<Exploration.Cell> order(Shape shape, int period) {
        List<Map<String, Integer>> first = new ArrayList<>();
        for (int i = 0; i < shape.dimensions().size(); i++) {
            Map<String, Integer> seen = new HashMap<>();
            for (String n : shape.notations(i)) {
                seen.putIfAbsent(n, seen.size());
            }
            first.add(seen);
        }
        return (a, b) -> {
            for (int i = 0; i < first.size(); i++) {
                String x = a.keys().get(i).notation();
                String y = b.keys().get(i).notation();
                int c = i == period
                        ? x.compareTo(y)
                        : Integer.compare(
                                first.get(i).getOrDefault(x, Integer.MAX_VALUE),
                                first.get(i).getOrDefault(y, Integer.MAX_VALUE));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /**
     * Whether the period {@code bucket} of {@code span} lies within the period {@code asked} (of a span holding it).
     */
    private static boolean within(String bucket, Span span, String asked) {
        Span outer = Span.of(asked).orElseThrow();
        return outer.bucketOf(bucket, span).equals(asked);
    }

    /** Two observations with the same key (the publisher's checks forbid it) count as one part with both cells. */
    private static Tally plus(Tally a, Tally b) {
        return Tally.of(
                a.observations() + b.observations(),
                a.values() + b.values(),
                a.withheld() + b.withheld(),
                a.sum() + b.sum());
    }

    private static List<Exploration.Filter> filters(
            Shape shape,
            List<Exploration.Column> columns,
            int period,
            int area,
            Map<String, List<String>> codesAsked,
            Optional<String> periodAsked,
            Optional<Span> dataSpan,
            Optional<Span> span,
            String lang) {
        List<Exploration.Filter> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Exploration.Column c = columns.get(i);
            if (i == area) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Cube.Term t : shape.values().get(i)) {
                if (i == period && span.isPresent() && dataSpan.isPresent()) {
                    // Every period that holds whole periods of the span shown: its own, then years and financial years.
                    for (Span s : Span.values()) {
                        if (s.holds(span.get())) {
                            String b = s.bucketOf(t.notation(), dataSpan.get());
                            values.putIfAbsent(b, s == dataSpan.get() ? t.label() : s.label(b, lang));
                        }
                    }
                } else {
                    values.putIfAbsent(t.notation(), t.label());
                }
            }
            List<String> chosen = i == period
                    ? periodAsked.map(List::of).orElse(List.of())
                    : codesAsked.getOrDefault(c.param(), List.of());
            List<Exploration.Choice> choices = new ArrayList<>();
            values.forEach((n, l) -> choices.add(new Exploration.Choice(n, l, chosen.contains(n))));
            if (i == period) {
                List<Span> order = List.of(Span.YEAR, Span.FINANCIAL_YEAR, Span.QUARTER, Span.MONTH);
                choices.sort(Comparator.comparing((Exploration.Choice ch) ->
                                Span.of(ch.notation()).map(order::indexOf).orElse(order.size()))
                        .thenComparing(Exploration.Choice::notation));
            }
            out.add(new Exploration.Filter(c, choices));
        }
        return out;
    }

    /**
     * The dimensions as columns: the main area is {@code area}, the period {@code period}, others by local name; those
     * in {@code overlapping} say that their categories overlap.
     */
    static List<Exploration.Column> columns(List<Cube.Component> dimensions, Set<String> overlapping) {
        String mainArea = AREA_PROPERTIES.stream()
                .filter(p -> dimensions.stream().anyMatch(d -> d.uri().equals(p)))
                .findFirst()
                .orElse("");
        List<Exploration.Column> out = new ArrayList<>();
        for (Cube.Component d : dimensions) {
            if (d.uri().equals(mainArea)) {
                out.add(new Exploration.Column(d.name(), "area", d.label(), d.uri(), "area", false));
            } else if (d.uri().equals(SDMX.refPeriod.getURI())) {
                out.add(new Exploration.Column(d.name(), "period", d.label(), d.uri(), "period", false));
            } else {
                String local = d.uri()
                        .substring(Math.max(d.uri().lastIndexOf('/'), d.uri().lastIndexOf('#')) + 1);
                out.add(new Exploration.Column(
                        d.name(), local, d.label(), d.uri(), "dimension", overlapping.contains(d.uri())));
            }
        }
        return out;
    }

    private static int index(List<Exploration.Column> columns, String role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role().equals(role)) {
                return i;
            }
        }
        return -1;
    }

    /** The span of every period of the cube, if they all have one and the same. */
    private static Optional<Span> dataSpan(Shape shape, int period) {
        if (period < 0) {
            return Optional.empty();
        }
        Set<Optional<Span>> spans = new HashSet<>();
        for (String n : shape.notations(period)) {
            spans.add(Span.of(n));
            if (spans.size() > 1) {
                return Optional.empty();
            }
        }
        return spans.isEmpty() ? Optional.empty() : spans.iterator().next();
    }

    private static Optional<Span> span(
            Map<String, List<String>> params, Optional<String> periodAsked, Optional<Span> dataSpan, int period) {
        Optional<String> asked = single(params, "granularity");
        if (asked.isEmpty()) {
            Optional<Span> fromPeriod = periodAsked.flatMap(Span::of);
            return fromPeriod.isPresent()
                            && dataSpan.isPresent()
                            && fromPeriod.get().holds(dataSpan.get())
                    ? fromPeriod
                    : dataSpan;
        }
        Span s = Span.byId(asked.get())
                .orElseThrow(() -> new BadSelection(
                        "granularity", "\"" + asked.get() + "\" is not a granularity: use one of " + Span.ids() + "."));
        if (period < 0 || dataSpan.isEmpty()) {
            throw new BadSelection("granularity", "This dataset's periods cannot be rolled up: leave granularity out.");
        }
        if (!s.holds(dataSpan.get())) {
            throw new BadSelection(
                    "granularity",
                    "This dataset is published by " + dataSpan.get().id() + "; it can be shown by "
                            + String.join(
                                    ", ",
                                    List.of(Span.values()).stream()
                                            .filter(x -> x.holds(dataSpan.get()))
                                            .map(Span::id)
                                            .toList())
                            + ", not by " + s.id() + ".");
        }
        return Optional.of(s);
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> v = values(params, name);
        if (v.size() > 1) {
            throw new BadSelection(name, "Give " + name + " once; got " + String.join(", ", v) + ".");
        }
        return v.stream().findFirst();
    }

    /** The values of a parameter: repeated, or separated by commas; blanks dropped. */
    private static List<String> values(Map<String, List<String>> params, String name) {
        List<String> out = new ArrayList<>();
        for (String v : params.getOrDefault(name, List.of())) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** Every name of the areas and of their states, each once, for typeahead. */
    private static List<String> areaNames(Collection<AreaInfo> areas) {
        Set<String> out = new LinkedHashSet<>();
        areas.forEach(a -> out.addAll(a.names()));
        areas.forEach(a -> out.addAll(a.stateNames()));
        return List.copyOf(out);
    }

    /** The version's areas, by URI (the main area column's values). */
    static Collection<String> areaUris(Shape shape) {
        int i = index(columns(shape.dimensions(), shape.overlapping()), "area");
        Set<String> out = new LinkedHashSet<>();
        if (i >= 0) {
            shape.values().get(i).forEach(t -> out.add(t.uri()));
        }
        return out;
    }

    /** The observations of one figure, by part (period notation). */
    private static final class Group {
        final List<Cube.Term> terms;
        final String bucket;
        final Map<String, Tally> parts = new LinkedHashMap<>();

        Group(List<Cube.Term> terms, String bucket) {
            this.terms = terms;
            this.bucket = bucket;
        }
    }
}
