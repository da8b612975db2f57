package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pravasi.ontology.PV;

/**
 * Counts to date (stocks: the members of a collective up to the end of each period, {@code pv:countsToDate}): two
 * published periods of one series whose counts differ by 1 to k-1 publish that difference, the people who joined or
 * left in between, a count below k that no suppression of the cells themselves protects (120 and 123 members: 3
 * joined). Found by sorting each series' published counts and comparing neighbours: any two counts that close have
 * neighbours at least as close. The same holds for what a line's published total less its published members gives in
 * two periods: the withheld members' sum, where the same members are withheld or published in both (female + other =
 * 10, then 13).
 */
public final class CountsToDate {
    /**
     * Two cells of one series (by index) whose published counts differ by 1 to k-1; or, {@code derived}, two published
     * line totals of one series whose lines, each less the members published in both periods, differ so.
     */
    public record Change(int earlier, int later, boolean derived) {
        /** Two published cells whose counts differ by 1 to k-1. */
        public Change(int earlier, int later) {
            this(earlier, later, false);
        }
    }

    /**
     * The most pairs one check reports: enough to refuse a table and show where, while a table built to give every pair
     * of 2,412 months of one series (9,648 rows) away made 2,545,262 pairs and about 1 GB of findings.
     */
    public static final int MAX_CHANGES = 1_000;

    private final Set<String> stocks;

    /** The concepts (URIs) whose counts are counts to date. */
    public CountsToDate(Set<String> stocks) {
        this.stocks = Set.copyOf(stocks);
    }

    /** The concepts of {@code codeLists} marked {@code pv:countsToDate true}. */
    public static CountsToDate of(Graph codeLists) {
        Set<String> stocks = new HashSet<>();
        codeLists
                .find(Node.ANY, PV.countsToDate.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))
                .forEachRemaining(t -> stocks.add(t.getSubject().getURI()));
        return new CountsToDate(stocks);
    }

    /**
     * The pairs of published cells of one series (every key part but the period's equal) of a stock whose counts differ
     * by 1 to {@code k - 1}; cells' keys are concept URIs ({@link Cell#key}).
     *
     * @param withheld the cells not published
     * @param period the position of the period in each key
     */
    public List<Change> smallChanges(List<Cell> cells, java.util.BitSet withheld, int period, int k) {
        if (stocks.isEmpty() || period < 0) {
            return List.of();
        }
        Map<List<String>, List<Integer>> series = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> key = cells.get(i).key();
            if (withheld.get(i) || key.stream().noneMatch(stocks::contains)) {
                continue;
            }
            List<String> rest = new ArrayList<>(key);
            rest.remove(period);
            series.computeIfAbsent(rest, x -> new ArrayList<>()).add(i);
        }
        List<Change> out = new ArrayList<>(derivedChanges(cells, withheld, period, k));
        for (List<Integer> one : series.values()) {
            if (out.size() >= MAX_CHANGES) {
                break;
            }
            one.sort(Comparator.comparingLong(i -> cells.get(i).value()));
            for (int j = 1; j < one.size(); j++) {
                long a = cells.get(one.get(j - 1)).value();
                long b = cells.get(one.get(j)).value();
                if (b - a >= 1 && b - a < k) {
                    out.add(new Change(Math.min(one.get(j - 1), one.get(j)), Math.max(one.get(j - 1), one.get(j))));
                }
            }
        }
        out.sort(Comparator.comparingInt(Change::later).thenComparingInt(Change::earlier));
        return List.copyOf(out.subList(0, Math.min(out.size(), MAX_CHANGES)));
    }

    /**
     * Pairs of published line totals of a stock, in two periods of one series, where the sum of the members withheld in
     * either period (known as the total less the others, in both) differs by 1 to k-1 between them
     * ({@link #smallChange}: a member left out in one period read as zero, and as not known). The members withheld in
     * neither are subtracted in both periods; where every member or none is withheld in either, the published cells'
     * own pairs say it. The first such pair of each series, up to {@link #MAX_CHANGES}; every pair of periods is
     * compared, at most the table's cells times its periods (2,412 months at most) member reads.
     */
    private List<Change> derivedChanges(List<Cell> cells, java.util.BitSet withheld, int period, int k) {
        // A stock's line along another dimension holds the stock's concept in every cell: only those are read.
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).key().stream().anyMatch(stocks::contains)) {
                index.put(cells.get(i).key(), i);
            }
        }
        List<Change> out = new ArrayList<>();
        int dimensions = cells.isEmpty() ? 0 : cells.getFirst().key().size();
        for (int d = 0; d < dimensions && !index.isEmpty() && out.size() < MAX_CHANGES; d++) {
            if (d != period) {
                compareLines(cells, withheld, index, d, period, k, out);
            }
        }
        return out;
    }

    /** {@link #derivedChanges} along dimension {@code d}, into {@code out}. */
    private static void compareLines(
            List<Cell> cells,
            java.util.BitSet withheld,
            Map<List<String>, Integer> index,
            int d,
            int period,
            int k,
            List<Change> out) {
        // Each published total along d, with its line's members, by series (the key less d and the period).
        Map<List<String>, List<Line>> series = new HashMap<>();
        Map<Integer, Line> byTotal = new HashMap<>();
        for (int i : index.values()) {
            List<String> key = cells.get(i).key();
            if (!withheld.get(i) && key.get(d).equals(Cell.TOTAL)) {
                List<String> rest = new ArrayList<>(key);
                rest.set(d, "");
                rest.set(period, "");
                Line line = new Line(i, new HashMap<>());
                series.computeIfAbsent(rest, x -> new ArrayList<>()).add(line);
                byTotal.put(i, line);
            }
        }
        for (int i : index.values()) {
            List<String> key = cells.get(i).key();
            if (!key.get(d).equals(Cell.TOTAL)) {
                List<String> total = new ArrayList<>(key);
                total.set(d, Cell.TOTAL);
                Line line = byTotal.get(index.get(total));
                if (line != null) {
                    line.members().put(key.get(d), i);
                }
            }
        }
        for (List<Line> lines : series.values()) {
            // One pair per series is enough to refuse it; the pairs of one series can be the square of its periods.
            boolean found = false;
            for (int a = 0; a < lines.size() && !found && out.size() < MAX_CHANGES; a++) {
                for (int b = a + 1; b < lines.size() && !found; b++) {
                    Line x = lines.get(a);
                    Line y = lines.get(b);
                    if (smallChange(cells, withheld, x, y, true, k) || smallChange(cells, withheld, x, y, false, k)) {
                        out.add(new Change(Math.min(x.total(), y.total()), Math.max(x.total(), y.total()), true));
                        found = true;
                    }
                }
            }
        }
    }

    /**
     * Whether the members of {@code x}'s and {@code y}'s lines that are withheld in either period, known in both as the
     * total less the others, moved by 1 to k-1 between them. A member left out in one period is read as zero
     * ({@code absentIsZero}: a table listing only what has cases leaves zeros out) or as not known, like a withheld
     * one; a reader may take either, so both are checked.
     */
    private static boolean smallChange(
            List<Cell> cells, java.util.BitSet withheld, Line x, Line y, boolean absentIsZero, int k) {
        long difference = cells.get(x.total()).value() - cells.get(y.total()).value();
        int members = x.members().size();
        int unknown = 0;
        for (Map.Entry<String, Integer> m : x.members().entrySet()) {
            Integer inY = y.members().get(m.getKey());
            if (withheld.get(m.getValue()) || (inY != null && withheld.get(inY)) || (!absentIsZero && inY == null)) {
                unknown++;
            } else {
                difference -= cells.get(m.getValue()).value()
                        - (inY == null ? 0 : cells.get(inY).value());
            }
        }
        for (Map.Entry<String, Integer> m : y.members().entrySet()) {
            if (x.members().containsKey(m.getKey())) {
                continue;
            }
            members++;
            if (withheld.get(m.getValue()) || !absentIsZero) {
                unknown++;
            } else {
                difference += cells.get(m.getValue()).value();
            }
        }
        long size = Math.abs(difference);
        return unknown > 0 && unknown < members && size >= 1 && size < k;
    }

    /** A published line total (by index) and its line's members, by their code along the line. */
    private record Line(int total, Map<String, Integer> members) {}
}
