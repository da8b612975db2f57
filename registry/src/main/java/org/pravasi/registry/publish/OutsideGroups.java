package org.pravasi.registry.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pravasi.ontology.Period;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.NaturalGroups;

/**
 * The groups of a table's codes whose totals an organisation publishes elsewhere, read from the published keys: the
 * months of a quarter, the months or quarters of a calendar year and of a financial year (April to March), where it
 * lies within the table's coverage; the districts of a state, where the table has two or more of them. The suppression
 * takes each such total as known (docs/disclosure.md, "Groups whose totals are published elsewhere").
 */
public final class OutsideGroups {

    private OutsideGroups() {}

    /** A period's enclosing quarter, calendar year and financial year, by the notation of each. */
    private static final List<Function<LocalDate, String>> ENCLOSING = List.of(
            day -> day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3),
            day -> Integer.toString(day.getYear()),
            day -> {
                int from = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
                return "FY" + from + "-" + String.format(Locale.ROOT, "%02d", (from + 1) % 100);
            });

    /**
     * The groups of {@code cells}' key values (published keys: URIs, or {@link Cell#TOTAL}), each district placed in
     * its state by the reference geography of {@code dsg}, else the LGD table shipped with the product; call in a read
     * transaction. The harvest reads a peer's table with it as publishing reads its own.
     */
    public static NaturalGroups of(List<Cell> cells, DatasetGraph dsg) {
        return of(cells, ValueNesting.read(dsg));
    }

    /**
     * A cell of a table whose district no LGD table this node holds places in a state.
     *
     * @param cell the cell's index
     * @param district the district's URI
     */
    public record UnplacedDistrict(int cell, String district) {}

    /**
     * The first cell of {@code cells} with a district that neither the reference geography of {@code dsg} nor the LGD
     * table shipped with the product places in a state, if any; call in a read transaction. Its state's total could not
     * be taken as known, so the harvest refuses a peer's table with one.
     */
    public static Optional<UnplacedDistrict> unplacedDistrict(List<Cell> cells, DatasetGraph dsg) {
        ValueNesting nesting = ValueNesting.read(dsg);
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            for (String v : cells.get(i).key()) {
                if (!placed.contains(v) && ValueNesting.isDistrict(v)) {
                    if (!nesting.knowsStateOf(v)) {
                        return Optional.of(new UnplacedDistrict(i, v));
                    }
                    placed.add(v);
                }
            }
        }
        return Optional.empty();
    }

    /** The groups of {@code cells}' key values, each district placed in its state by {@code nesting}. */
    static NaturalGroups of(List<Cell> cells, ValueNesting nesting) {
        List<NaturalGroups.Partition> partitions = new ArrayList<>();
        int dims = cells.isEmpty() ? 0 : cells.getFirst().key().size();
        for (int d = 0; d < dims; d++) {
            Set<String> values = new LinkedHashSet<>();
            for (Cell c : cells) {
                if (!Cell.TOTAL.equals(c.key().get(d))) {
                    values.add(c.key().get(d));
                }
            }
            for (Function<LocalDate, String> enclosing : ENCLOSING) {
                Map<String, String> groupOf = periods(values, enclosing);
                if (!groupOf.isEmpty()) {
                    partitions.add(new NaturalGroups.Partition(d, groupOf));
                }
            }
            Map<String, String> states = states(values, nesting);
            if (!states.isEmpty()) {
                partitions.add(new NaturalGroups.Partition(d, states));
            }
        }
        return new NaturalGroups(partitions);
    }

    /**
     * Each period of {@code values} that lies strictly within its enclosing period, where that one lies within the
     * table's coverage (its earliest start to its latest end, which the catalogue publishes as its temporal coverage):
     * a period of the coverage that the table lacks is one with no cases, so the enclosing total is the sum of the
     * table's periods within it, even of one. A total reaching outside the coverage (a financial year whose January to
     * March the table does not have) is no equation over them.
     */
    private static Map<String, String> periods(Set<String> values, Function<LocalDate, String> enclosing) {
        Optional<TemporalCoverage> coverage = TemporalCoverage.ofKeys(values);
        Map<String, List<String>> members = new TreeMap<>();
        for (String v : values) {
            Optional<Period> p = ValueNesting.period(v);
            if (p.isEmpty()) {
                continue;
            }
            Optional<Period> whole = Period.of(enclosing.apply(p.get().start()));
            if (whole.isPresent()
                    && !whole.get().notation().equals(p.get().notation())
                    && !whole.get().end().isBefore(p.get().end())) {
                members.computeIfAbsent(whole.get().uri(), x -> new ArrayList<>())
                        .add(v);
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        members.forEach((whole, parts) -> {
            if (coverage.orElseThrow().contains(ValueNesting.period(whole).orElseThrow())) {
                parts.forEach(part -> groupOf.put(part, whole));
            }
        });
        return groupOf;
    }

    /** Each district of {@code values} whose state holds two or more of them, with that state. */
    private static Map<String, String> states(Set<String> values, ValueNesting nesting) {
        Map<String, List<String>> members = new TreeMap<>();
        for (String v : values) {
            if (ValueNesting.isDistrict(v)) {
                nesting.state(v)
                        .ifPresent(s -> members.computeIfAbsent(s, x -> new ArrayList<>())
                                .add(v));
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        members.forEach((state, districts) -> {
            if (districts.size() >= 2) {
                districts.forEach(district -> groupOf.put(district, state));
            }
        });
        return groupOf;
    }
}
