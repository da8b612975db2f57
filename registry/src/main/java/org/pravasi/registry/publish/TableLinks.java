package org.pravasi.registry.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.LinkedTables;

/**
 * What two tables of the same measure tell about each other: on their common coarsening (each shared dimension at the
 * coarser of the two levels, every other dimension summed), both count the same people, so for each coarse key that
 * both tables cover, the sum of one table's cells equals the other's. A table's own total over the dimensions the other
 * lacks stands for its categories where it has one (they may overlap, one case counted in several); else only cells
 * that are no total in any dimension where the table has categories enter a sum, so nothing is counted twice; a coarse
 * key missing from either table gives nothing, and a district missing from a table counts 0 (an attacker may read it
 * so), while a longer period is linked only where the finer table's periods tile it. A coarse key whose published
 * counts contradict its sums is not linked: there the tables count different things (legal-aid cases beside violation
 * cases, or a count corrected in one), and an attacker can see it; the keys that agree still are.
 */
final class TableLinks {
    private final ValueNesting nesting;
    /**
     * Each table's categories per dimension, read once: a check links one table with every other of its measure, and
     * asks for the same sets for each pair.
     */
    private final Map<KeyedTable, Map<Node, Set<String>>> categories = new IdentityHashMap<>();

    TableLinks(ValueNesting nesting) {
        this.nesting = nesting;
    }

    /** The links between table {@code a} (index {@code ai}) and {@code b} (index {@code bi}); none if unrelated. */
    List<LinkedTables.Link> between(int ai, KeyedTable a, int bi, KeyedTable b) {
        List<LinkedTables.Link> links = new ArrayList<>();
        for (LinkedTables.Link link : onCommonLevel(ai, a, bi, b)) {
            if (!contradicts(a, b, link)) {
                links.add(link);
            }
        }
        return links;
    }

    /**
     * The sums of {@code a} and {@code b} on their common coarsening, whether or not their published counts contradict
     * them (the caller decides which hold); none if the tables share no level.
     */
    List<LinkedTables.Link> onCommonLevel(int ai, KeyedTable a, int bi, KeyedTable b) {
        if (!a.measure().equals(b.measure())) {
            return List.of();
        }
        List<Node> shared = new ArrayList<>();
        for (Node d : a.dimensions()) {
            if (b.dimensions().contains(d) && hasCategories(a, d) && hasCategories(b, d)) {
                shared.add(d);
            }
        }
        List<Map<String, String>> coarseA = new ArrayList<>();
        List<Map<String, String>> coarseB = new ArrayList<>();
        for (Node d : shared) {
            Set<String> va = categories(a, d);
            Set<String> vb = categories(b, d);
            Map<String, String> aIntoB = into(va, vb);
            Map<String, String> bIntoA = into(vb, va);
            if (aIntoB.isEmpty() && bIntoA.isEmpty()) {
                return List.of();
            }
            if (aIntoB.size() >= bIntoA.size()) {
                coarseA.add(aIntoB);
                coarseB.add(identity(vb));
            } else {
                coarseA.add(identity(va));
                coarseB.add(bIntoA);
            }
        }
        Map<List<String>, int[]> sumsA = sums(a, shared, coarseA);
        Map<List<String>, int[]> sumsB = sums(b, shared, coarseB);
        List<LinkedTables.Link> links = new ArrayList<>();
        sumsA.forEach((key, cellsA) -> {
            int[] cellsB = sumsB.get(key);
            if (cellsB != null) {
                links.add(new LinkedTables.Link(ai, cellsA, bi, cellsB));
            }
        });
        return links;
    }

    /**
     * A district of one table that cannot be placed in its state while the other table counts states in the same
     * dimension: then the two cannot be linked, and nothing can be checked.
     */
    Optional<String> unplacedDistrict(KeyedTable a, KeyedTable b) {
        for (Node d : a.dimensions()) {
            if (!b.dimensions().contains(d)) {
                continue;
            }
            Set<String> va = categories(a, d);
            Set<String> vb = categories(b, d);
            Optional<String> found = unplaced(va, vb).or(() -> unplaced(vb, va));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A district of one table whose present state did not exist yet when a period both tables count began, while the
     * other table counts states in the same dimension (or either has no period, so any time): today's map places the
     * district in the wrong state for those periods, so the two cannot be linked. Linked anyway, Andhra Pradesh's 2013
     * total beside its districts of 2013 (Telangana's then among them) looked like a contradiction, the link was
     * dropped, and an attacker who knows the old borders read a withheld district as the difference.
     */
    Optional<String> movedDistrict(KeyedTable a, KeyedTable b) {
        Optional<java.time.LocalDate> startA = earliestStart(a);
        Optional<java.time.LocalDate> startB = earliestStart(b);
        java.time.LocalDate earliest = startA.isEmpty() || startB.isEmpty()
                ? java.time.LocalDate.MIN
                // A period both tables count (or one holding the other's) starts no earlier than either's first.
                : startA.get().isAfter(startB.get()) ? startA.get() : startB.get();
        for (Node d : a.dimensions()) {
            if (!b.dimensions().contains(d)) {
                continue;
            }
            Set<String> va = categories(a, d);
            Set<String> vb = categories(b, d);
            Optional<String> found = moved(va, vb, earliest).or(() -> moved(vb, va, earliest));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> moved(Set<String> districts, Set<String> states, java.time.LocalDate earliest) {
        if (states.stream().noneMatch(ValueNesting::isState)) {
            return Optional.empty();
        }
        return districts.stream()
                .filter(ValueNesting::isDistrict)
                .filter(v -> nesting.misplacedBefore(v, states, earliest))
                .sorted()
                .findFirst();
    }

    /** The first day of the earliest period {@code t} counts; empty if it has no period dimension. */
    private Optional<java.time.LocalDate> earliestStart(KeyedTable t) {
        java.time.LocalDate first = null;
        for (Node d : t.dimensions()) {
            for (String v : categories(t, d)) {
                Optional<org.pravasi.ontology.Period> p = ValueNesting.period(v);
                if (p.isPresent() && (first == null || p.get().start().isBefore(first))) {
                    first = p.get().start();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private Optional<String> unplaced(Set<String> districts, Set<String> states) {
        if (states.stream().noneMatch(ValueNesting::isState)) {
            return Optional.empty();
        }
        return districts.stream()
                .filter(ValueNesting::isDistrict)
                .filter(v -> !nesting.knowsStateOf(v))
                .sorted()
                .findFirst();
    }

    /** Each finer value that lies within a coarser one, kept only where the finer values cover the coarser one. */
    private Map<String, String> into(Set<String> finer, Set<String> coarser) {
        Map<String, List<String>> parts = new HashMap<>();
        for (String v : finer) {
            nesting.within(v, coarser)
                    .ifPresent(c ->
                            parts.computeIfAbsent(c, k -> new ArrayList<>()).add(v));
        }
        Map<String, String> out = new HashMap<>();
        parts.forEach((whole, within) -> {
            if (ValueNesting.covers(whole, within)) {
                within.forEach(v -> out.put(v, whole));
            }
        });
        return out;
    }

    /**
     * Whether the published counts show that the two tables count different things on a coarse key: its cells are all
     * published in both with different sums, or the published cells on one side already exceed the other side's wholly
     * published sum. An attacker cannot then take that sum to be equal; the other keys still link the tables (one
     * corrected key does not make an attacker doubt the rest).
     */
    private static boolean contradicts(KeyedTable a, KeyedTable b, LinkedTables.Link link) {
        boolean openA = anyWithheld(a, link.leftCells());
        boolean openB = anyWithheld(b, link.rightCells());
        long sumA = published(a, link.leftCells());
        long sumB = published(b, link.rightCells());
        return (!openA && !openB && sumA != sumB) || (!openA && sumB > sumA) || (!openB && sumA > sumB);
    }

    /** Whether any of {@code cells} of {@code t} is withheld. */
    static boolean anyWithheld(KeyedTable t, int[] cells) {
        for (int c : cells) {
            if (t.withheld().get(c)) {
                return true;
            }
        }
        return false;
    }

    private static long published(KeyedTable t, int[] cells) {
        long sum = 0;
        for (int c : cells) {
            if (!t.withheld().get(c)) {
                sum += t.values()[c];
            }
        }
        return sum;
    }

    private static Map<String, String> identity(Set<String> values) {
        Map<String, String> out = new HashMap<>();
        values.forEach(v -> out.put(v, v));
        return out;
    }

    /**
     * For each coarse key, the cells of {@code t} that count everyone in it once: for each key on the shared
     * dimensions, the table's own total over its other dimensions with categories where it has one (their categories
     * may overlap, one case counted in several, or leave some out), else its cells that are no total in any of them.
     */
    private Map<List<String>, int[]> sums(KeyedTable t, List<Node> shared, List<Map<String, String>> coarse) {
        int[] position = new int[shared.size()];
        for (int s = 0; s < shared.size(); s++) {
            position[s] = t.dimensions().indexOf(shared.get(s));
        }
        List<Integer> summed = new ArrayList<>();
        for (int d = 0; d < t.dimensions().size(); d++) {
            if (hasCategories(t, t.dimensions().get(d))
                    && !shared.contains(t.dimensions().get(d))) {
                summed.add(d);
            }
        }
        Map<List<String>, Integer> totals = new HashMap<>();
        Map<List<String>, List<Integer>> details = new LinkedHashMap<>();
        cells:
        for (int c = 0; c < t.keys().size(); c++) {
            List<String> key = t.keys().get(c);
            List<String> fine = new ArrayList<>(shared.size());
            for (int s = 0; s < shared.size(); s++) {
                if (!coarse.get(s).containsKey(key.get(position[s]))) {
                    continue cells;
                }
                fine.add(key.get(position[s]));
            }
            int totalsIn = 0;
            for (int d : summed) {
                totalsIn += Cell.TOTAL.equals(key.get(d)) ? 1 : 0;
            }
            if (totalsIn == summed.size()) {
                totals.put(fine, c);
            }
            if (totalsIn == 0) {
                details.computeIfAbsent(fine, k -> new ArrayList<>()).add(c);
            }
        }
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        Set<List<String>> fineKeys = new java.util.LinkedHashSet<>(details.keySet());
        fineKeys.addAll(totals.keySet());
        for (List<String> fine : fineKeys) {
            List<String> coarseKey = new ArrayList<>(shared.size());
            for (int s = 0; s < shared.size(); s++) {
                coarseKey.add(coarse.get(s).get(fine.get(s)));
            }
            Integer total = totals.get(fine);
            groups.computeIfAbsent(coarseKey, k -> new ArrayList<>())
                    .addAll(total != null ? List.of(total) : details.get(fine));
        }
        Map<List<String>, int[]> out = new LinkedHashMap<>();
        groups.forEach((k, v) ->
                out.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return out;
    }

    private boolean hasCategories(KeyedTable t, Node dimension) {
        return !categories(t, dimension).isEmpty();
    }

    /** The values of {@code dimension} in {@code t} other than the total (unmodifiable; empty if it has none). */
    private Set<String> categories(KeyedTable t, Node dimension) {
        return categories
                .computeIfAbsent(t, k -> new HashMap<>())
                .computeIfAbsent(dimension, d -> Set.copyOf(read(t, d)));
    }

    private static Set<String> read(KeyedTable t, Node dimension) {
        int d = t.dimensions().indexOf(dimension);
        Set<String> out = new HashSet<>();
        if (d < 0) {
            return out;
        }
        for (List<String> key : t.keys()) {
            if (!Cell.TOTAL.equals(key.get(d))) {
                out.add(key.get(d));
            }
        }
        return out;
    }
}
