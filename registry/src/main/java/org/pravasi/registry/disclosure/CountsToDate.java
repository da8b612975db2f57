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
 * neighbours at least as close.
 */
public final class CountsToDate {
    /** Two cells of one series (by index) whose published counts differ by 1 to k-1. */
    public record Change(int earlier, int later) {}

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
        List<Change> out = new ArrayList<>();
        for (List<Integer> one : series.values()) {
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
        return List.copyOf(out);
    }
}
