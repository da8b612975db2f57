package org.pravasi.portal.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pravasi.ontology.PV;
import org.pravasi.ontology.SDMX;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.registry.catalog.figures.Rollup;
import org.pravasi.registry.catalog.figures.Tally;

/**
 * Totals over the cells of one cube by the registry's one rule ({@link Rollup#of}): a total has a value only when every
 * cell it is made of is there and published. A selection fixes some dimensions (a district, a category); every other
 * dimension is summed over its values, or held at its total code ({@code _T}) where the dataset has one, so nothing is
 * counted twice. A total is made of every cell (observation) of the selection in each period it spans (a quarterly
 * dataset's year has four): a withheld cell makes it withheld, a period with no cell at all makes it incomplete, and
 * neither is ever a partial sum. A period's cells are those the data have, as on the map ({@code Figure#of}). A
 * dimension whose categories overlap ({@link Cube#overlaps}) and has no total code is never summed: a selection that
 * would add two of its categories has no value ({@link Rollup#notAdded}).
 */
final class CellRollups {
    /** The dimensions that hold areas, in the order the explorer takes its main area (its {@code area} parameter). */
    static final List<String> AREA_PROPERTIES =
            List.of(SDMX.refArea.getURI(), PV.originArea.getURI(), PV.destinationArea.getURI());

    /**
     * A total and what it is made of.
     *
     * @param rollup what may be shown; its parts are the cells it is made of, plus one missing part for each period
     *     with no cell at all
     * @param unit the message key of what its cells are ({@code figures.unit.cells}, or {@code figures.unit.quarters}
     *     and the like when each period has one cell)
     * @param periods how many periods it spans
     * @param periodUnit the message key of what its periods are
     */
    record Total(Rollup rollup, String unit, int periods, String periodUnit) {
        /** How many cells there are (the parts that are not missing periods). */
        int cells() {
            return rollup.parts() - rollup.missingParts();
        }
    }

    private final Cube cube;
    private final int threshold;
    private final int period;
    private final Set<Integer> withTotal;
    private final Optional<String> span;
    private final Set<Integer> overlapping;

    CellRollups(Cube cube, int threshold) {
        this(cube, threshold, Totals.dimensionsWithTotal(cube), periodNotations(cube));
    }

    /**
     * Totals over {@code slice}, some of a version's observations, ruled by what is known of the whole version: the
     * dimensions {@code withTotal} that have a total code and the notations of all its {@code periods} (their length
     * decides which periods make a year). A slice holding one year's observations then has the totals the whole version
     * would have for that year.
     */
    CellRollups(Cube slice, int threshold, Set<Integer> withTotal, Collection<String> periods) {
        this.cube = slice;
        this.threshold = threshold;
        this.period = Totals.periodIndex(slice);
        this.withTotal = Set.copyOf(withTotal);
        this.span = span(periods);
        this.overlapping = Set.copyOf(Totals.notAdded(slice, withTotal));
    }

    private static List<String> periodNotations(Cube cube) {
        int p = Totals.periodIndex(cube);
        return p < 0
                ? List.of()
                : cube.rows().stream()
                        .map(r -> r.keys().get(p).notation())
                        .distinct()
                        .toList();
    }

    Cube cube() {
        return cube;
    }

    /** The index of the period dimension, or -1. */
    int period() {
        return period;
    }

    /** Whether figures across dimension {@code i}'s categories are never added up (they overlap, and have no total). */
    boolean notAdded(int i) {
        return overlapping.contains(i);
    }

    /** Whether dimension {@code i} has a total code in this cube. */
    boolean hasTotal(int i) {
        return withTotal.contains(i);
    }

    /** The years of the cube's periods, oldest first. */
    List<String> years() {
        TreeSet<String> out = new TreeSet<>();
        if (period >= 0) {
            cube.rows().forEach(r -> out.add(year(r.keys().get(period).notation())));
        }
        return List.copyOf(out);
    }

    /** The cube's own periods (notation → label), in time order. */
    Map<String, String> periods() {
        Map<String, String> out = new java.util.TreeMap<>();
        if (period >= 0) {
            cube.rows()
                    .forEach(r -> out.putIfAbsent(
                            r.keys().get(period).notation(),
                            r.keys().get(period).label()));
        }
        return out;
    }

    /** The total of {@code fixed} (dimension index → notation) in the year {@code year}. */
    Total inYear(Map<Integer, String> fixed, String year) {
        return total(fixed, yearParts(year), true);
    }

    /** The total of {@code fixed} in one of the cube's own periods. */
    Total inPeriod(Map<Integer, String> fixed, String notation) {
        return total(fixed, List.of(notation), false);
    }

    private Total total(Map<Integer, String> fixed, List<String> periods, boolean wholeYear) {
        Map<String, List<Tally>> byPeriod = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<Integer, Set<String>> categories = new LinkedHashMap<>();
        for (Cube.Row r : cube.rows()) {
            if (matches(r, fixed)) {
                String p = period < 0 ? "" : r.keys().get(period).notation();
                seen.add(p);
                byPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add(Tally.EMPTY.add(r.value(), r.suppressed()));
                for (int i : overlapping) {
                    if (!fixed.containsKey(i)) {
                        categories
                                .computeIfAbsent(i, k -> new TreeSet<>())
                                .add(r.keys().get(i).notation());
                    }
                }
            }
        }
        List<String> expected = periods;
        if (period < 0) {
            expected = List.of("");
        } else if (wholeYear && span.isEmpty()) {
            // Periods of mixed lengths: a year is made of the periods the data have in it.
            String year = periods.getFirst().substring(0, 4);
            expected = seen.stream().filter(p -> p.startsWith(year)).sorted().toList();
        }
        // Every cell of every period is a part; a period with no cell at all is a missing part.
        List<Tally> parts = new ArrayList<>();
        boolean oneCellEach = true;
        for (String p : expected) {
            List<Tally> cells = byPeriod.get(p);
            if (cells == null) {
                parts.add(null);
            } else {
                parts.addAll(cells);
                oneCellEach &= cells.size() == 1;
            }
        }
        if (parts.isEmpty()) {
            parts.add(null);
        }
        String periodUnit = expected.size() > 1 ? "figures.unit." + span.orElse("periods") : "figures.unit.periods";
        // Categories that overlap are never added up, whatever their cells hold: a sum would count people twice.
        int added = categories.values().stream().mapToInt(Set::size).max().orElse(1);
        return new Total(
                added > 1 ? Rollup.notAdded(added) : Rollup.of(parts, threshold),
                oneCellEach && expected.size() > 1 ? periodUnit : "figures.unit.cells",
                Math.max(1, expected.size()),
                periodUnit);
    }

    /** Whether a row is one of the cells of a selection: fixed dimensions as fixed, others at their total if any. */
    private boolean matches(Cube.Row r, Map<Integer, String> fixed) {
        for (int i = 0; i < r.keys().size(); i++) {
            if (i == period) {
                continue;
            }
            String n = r.keys().get(i).notation();
            String f = fixed.get(i);
            if (f != null ? !f.equals(n) : withTotal.contains(i) && !Totals.TOTAL.equals(n)) {
                return false;
            }
        }
        return true;
    }

    /** The periods of one year at the data's granularity. */
    private List<String> yearParts(String year) {
        List<String> out = new ArrayList<>();
        switch (span.orElse("")) {
            case "quarters" -> {
                for (int q = 1; q <= 4; q++) {
                    out.add(year + "-Q" + q);
                }
            }
            case "months" -> {
                for (int m = 1; m <= 12; m++) {
                    out.add(year + "-" + (m < 10 ? "0" : "") + m);
                }
            }
            default -> out.add(year);
        }
        return out;
    }

    /** The year of a period notation ({@code 2024}, {@code 2024-Q1}, {@code 2024-03}). */
    static String year(String notation) {
        return notation.length() >= 4 ? notation.substring(0, 4) : notation;
    }

    /** {@code years}, {@code quarters} or {@code months} when every period has that length. */
    private static Optional<String> span(Collection<String> periods) {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        Set<String> spans = new LinkedHashSet<>();
        for (String n : periods) {
            spans.add(
                    n.matches("[0-9]{4}")
                            ? "years"
                            : n.matches("[0-9]{4}-Q[1-4]")
                                    ? "quarters"
                                    : n.matches("[0-9]{4}-(0[1-9]|1[0-2])") ? "months" : "other");
        }
        return spans.size() == 1 && !spans.contains("other")
                ? Optional.of(spans.iterator().next())
                : Optional.empty();
    }

    /** Two observations with one key (the publisher forbids it) count as one cell with both. */
    private static Tally plus(Tally a, Tally b) {
        return Tally.of(
                a.observations() + b.observations(),
                a.values() + b.values(),
                a.withheld() + b.withheld(),
                a.sum() + b.sum());
    }

    /** The explorer's parameter for dimension {@code i}: {@code area}, {@code period}, or the property's local name. */
    String param(int i) {
        String uri = cube.dimensions().get(i).uri();
        String main = AREA_PROPERTIES.stream()
                .filter(p -> cube.dimensions().stream().anyMatch(d -> d.uri().equals(p)))
                .findFirst()
                .orElse("");
        if (uri.equals(main)) {
            return "area";
        }
        if (i == period) {
            return "period";
        }
        return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }

    /**
     * The explorer's address of dataset {@code datasetUri} ({@code …/id/dataset/ORG/SLUG}) with {@code fixed} chosen,
     * every other dimension that has a total at its total, and the period {@code period} (a year is asked for as a
     * year).
     */
    String explore(String datasetUri, Map<Integer, String> fixed, String periodNotation) {
        int at = datasetUri.indexOf("/id/dataset/");
        if (at < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("/explore/").append(datasetUri.substring(at + "/id/dataset/".length()));
        char sep = '?';
        for (int i = 0; i < cube.dimensions().size(); i++) {
            String v = fixed.containsKey(i) ? fixed.get(i) : withTotal.contains(i) ? Totals.TOTAL : null;
            if (v != null && i != period) {
                b.append(sep).append(param(i)).append('=').append(Html.url(v));
                sep = '&';
            }
        }
        if (!periodNotation.isEmpty()) {
            b.append(sep).append("period=").append(Html.url(periodNotation));
            if (periodNotation.length() == 4) {
                b.append("&granularity=year");
            }
        }
        return b.toString();
    }
}
