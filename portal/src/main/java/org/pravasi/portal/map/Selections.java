package org.pravasi.portal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Checks a {@link MapRequest} against the mappable indicators and applies the defaults for what it leaves out. */
final class Selections {
    /** Most values quoted in a problem message. */
    static final int MAX_LISTED = 15;

    private Selections() {}

    /** Finds the indicator of a dataset or dataset-version URI. */
    static Optional<Indicator> find(List<Indicator> indicators, String uri) {
        return indicators.stream()
                .filter(i -> i.dataset().equals(uri) || i.version().equals(uri))
                .findFirst();
    }

    /**
     * Resolves a request. Strict: any problem means no selection. Lenient: a missing or unknown dataset falls back to
     * {@code featured}, and unknown periods, parameters and values are dropped.
     */
    static Resolution resolve(
            List<Indicator> indicators, Supplier<Indicator> featured, MapRequest request, boolean lenient) {
        List<String> problems = new ArrayList<>();
        Optional<Indicator> found =
                request.dataset().isEmpty() ? Optional.empty() : find(indicators, request.dataset());
        boolean unknown = !request.dataset().isEmpty() && found.isEmpty();
        if (request.dataset().isEmpty() && !lenient) {
            problems.add(
                    "Say which dataset to map: dataset=<dataset URI>; /api/map/indicators lists the datasets that have figures by district.");
        } else if (unknown) {
            problems.add("'" + request.dataset()
                    + "' is not a current dataset with figures by district; /api/map/indicators lists those that are.");
        }
        if (found.isEmpty() && (!lenient || indicators.isEmpty())) {
            return new Resolution(Optional.empty(), problems, unknown);
        }
        Indicator indicator = found.orElseGet(featured);
        PeriodInfo period = period(indicator, request.period(), problems);
        List<Selection.Choice> choices = new ArrayList<>();
        request.filters().keySet().stream()
                .filter(p -> indicator.dimension(p).isEmpty())
                .forEach(p -> problems.add("'" + p + "' is not a dimension of this dataset; it can be filtered by "
                        + params(indicator) + "."));
        for (Dimension d : indicator.dimensions()) {
            choices.add(choice(d, request.filters().getOrDefault(d.param(), List.of()), problems));
        }
        if (!problems.isEmpty() && !lenient) {
            return new Resolution(Optional.empty(), problems, unknown);
        }
        return new Resolution(Optional.of(new Selection(indicator, period, choices)), problems, unknown);
    }

    /** The selection of an indicator with every default: latest period, totals (or all values) for every dimension. */
    static Selection defaults(Indicator indicator) {
        return resolve(List.of(indicator), () -> indicator, new MapRequest(indicator.dataset(), "", Map.of()), false)
                .selection()
                .orElseThrow();
    }

    private static PeriodInfo period(Indicator indicator, String notation, List<String> problems) {
        if (notation.isEmpty()) {
            return indicator.latest();
        }
        return indicator
                .period(notation)
                .or(() -> YearPeriods.find(indicator, notation).map(YearPeriods.Year::period))
                .orElseGet(() -> {
                    List<String> known = new ArrayList<>();
                    YearPeriods.of(indicator).forEach(y -> known.add(y.period().notation()));
                    indicator.periods().forEach(p -> known.add(p.notation()));
                    problems.add("'" + notation + "' is not a period of this dataset; use one of " + list(known)
                            + ", or leave period out for the latest.");
                    return indicator.latest();
                });
    }

    private static Selection.Choice choice(Dimension d, List<String> notations, List<String> problems) {
        List<Code> chosen = new ArrayList<>();
        for (String n : notations) {
            d.code(n)
                    .ifPresentOrElse(
                            chosen::add,
                            () -> problems.add(
                                    "'" + n + "' is not a value of " + d.param() + " in this dataset; use one of "
                                            + list(d.codes().stream()
                                                    .map(Code::notation)
                                                    .toList()) + "."));
        }
        if (chosen.size() > 1 && chosen.stream().anyMatch(Code::total)) {
            problems.add(d.param() + "=" + Code.TOTAL + " is the total already: do not combine it with other values.");
            chosen.removeIf(c -> !c.total());
        }
        if (!d.summable() && chosen.size() > 1) {
            problems.add("The categories of " + d.param()
                    + " overlap (one person may be counted in several), so the map never adds them up: choose one value"
                    + " of " + d.param() + ".");
            chosen.subList(1, chosen.size()).clear();
        }
        if (!chosen.isEmpty()) {
            return new Selection.Choice(d, chosen, Selection.Mode.CHOSEN);
        }
        if (d.hasTotal()) {
            return new Selection.Choice(d, d.code(Code.TOTAL).stream().toList(), Selection.Mode.TOTAL);
        }
        if (!d.summable() && !d.codes().isEmpty()) {
            // Overlapping categories without a total: the first value, never "all (summed)".
            return new Selection.Choice(d, List.of(d.codes().getFirst()), Selection.Mode.CHOSEN);
        }
        return new Selection.Choice(d, d.codes(), Selection.Mode.ALL);
    }

    private static String params(Indicator indicator) {
        return indicator.dimensions().isEmpty()
                ? "nothing (it has no other dimensions)"
                : indicator.dimensions().stream().map(Dimension::param).collect(Collectors.joining(", "));
    }

    private static String list(List<String> values) {
        String shown = values.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return values.size() > MAX_LISTED ? shown + " (and " + (values.size() - MAX_LISTED) + " more)" : shown;
    }

    /** The parameters of a selection's explicit choices, for permalinks. */
    static Map<String, List<String>> chosen(Selection s) {
        return s.choices().stream()
                .filter(c -> c.mode() == Selection.Mode.CHOSEN)
                .collect(Collectors.toMap(
                        c -> c.dimension().param(),
                        c -> c.codes().stream().map(Code::notation).toList(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
