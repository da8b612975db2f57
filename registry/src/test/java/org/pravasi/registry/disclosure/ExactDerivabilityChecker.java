package org.pravasi.registry.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An independent statement of the attacker model, sharing no code with the production solver: builds the line equations
 * from the keys with hash maps, and decides with exact rational Gauss-Jordan elimination (BigInteger, fraction-free)
 * which withheld cells are determined, that is, which unit vectors lie in the row space of the equations restricted to
 * the withheld cells.
 */
final class ExactDerivabilityChecker {

    private ExactDerivabilityChecker() {}

    /** Returns the withheld cells whose value the attacker can work out. */
    static BitSet derivable(List<Cell> table, BitSet withheld) {
        return derivable(table, withheld, NaturalGroups.NONE);
    }

    /**
     * Returns the withheld cells whose value the attacker can work out who also knows, along every line, the total of
     * each group of {@code groups} that has two or more members in it (an annual report's year, a press note's state).
     */
    static BitSet derivable(List<Cell> table, BitSet withheld, NaturalGroups groups) {
        return derivable(table, withheld, groups, Long.MAX_VALUE);
    }

    /**
     * As {@link #derivable(List, BitSet, NaturalGroups)}, where a cell alone in its group along a line is known too
     * when its count is 0 or {@code k} or more: the total the attacker knows is that cell (an organisation publishes no
     * total from 1 to k − 1).
     */
    static BitSet derivable(List<Cell> table, BitSet withheld, NaturalGroups groups, long k) {
        List<Map<Integer, Integer>> equations = new ArrayList<>();
        List<Map<Integer, Integer>> known = new ArrayList<>(knownLines(table, groups));
        knownAlone(table, groups, k).stream().forEach(cell -> known.add(Map.of(cell, 1)));
        for (Map<Integer, Integer> line : known) {
            Map<Integer, Integer> equation = new HashMap<>(line);
            equation.keySet().removeIf(cell -> !withheld.get(cell));
            if (!equation.isEmpty()) {
                equations.add(equation);
            }
        }
        BitSet result = new BitSet();
        for (List<Map<Integer, Integer>> component : components(equations)) {
            result.or(determined(component));
        }
        return result;
    }

    /**
     * Whether withholding more cells could hide {@code cell}: whether it is no longer derivable once every cell is
     * withheld (the {@code withheld} cells are a subset of that, so the answer does not depend on them).
     */
    static boolean canStillBeHidden(List<Cell> table, BitSet withheld, int cell) {
        return canStillBeHidden(table, withheld, cell, NaturalGroups.NONE);
    }

    /** As {@link #canStillBeHidden(List, BitSet, int)}, with the totals of {@code groups} known. */
    static boolean canStillBeHidden(List<Cell> table, BitSet withheld, int cell, NaturalGroups groups) {
        return canStillBeHidden(table, withheld, cell, groups, Long.MAX_VALUE);
    }

    /** As above, where the cells {@link #knownAlone} finds for {@code k} are known, so cannot be withheld. */
    static boolean canStillBeHidden(List<Cell> table, BitSet withheld, int cell, NaturalGroups groups, long k) {
        BitSet everything = new BitSet();
        everything.set(0, table.size());
        everything.andNot(knownAlone(table, groups, k));
        everything.set(cell);
        return !derivable(table, everything, groups, k).get(cell);
    }

    /**
     * The cells of count 0 or {@code k} or more that are the one member of their group along a line (its total, known,
     * is the cell); none for {@code k} = {@link Long#MAX_VALUE}.
     */
    static BitSet knownAlone(List<Cell> table, NaturalGroups groups, long k) {
        BitSet alone = new BitSet();
        if (k == Long.MAX_VALUE) {
            return alone;
        }
        for (int p = 0; p < groups.partitions().size(); p++) {
            for (List<Integer> cells : groupMembers(table, groups, p).values()) {
                if (cells.size() == 1) {
                    alone.set(cells.getFirst());
                }
            }
        }
        alone.stream()
                .filter(c -> table.get(c).value() != 0 && table.get(c).value() < k)
                .forEach(alone::clear);
        return alone;
    }

    /**
     * Every line whose total the attacker knows, as cell → coefficient: +1 for members, -1 for the publisher's total
     * cell; lines with one member and no total cell give no equation.
     */
    private static List<Map<Integer, Integer>> knownLines(List<Cell> table, NaturalGroups groups) {
        List<Map<Integer, Integer>> lines = knownLines(table);
        for (int p = 0; p < groups.partitions().size(); p++) {
            for (List<Integer> cells : groupMembers(table, groups, p).values()) {
                if (cells.size() >= 2) {
                    Map<Integer, Integer> equation = new HashMap<>();
                    cells.forEach(cell -> equation.put(cell, 1));
                    lines.add(equation);
                }
            }
        }
        return lines;
    }

    /** The members of each group of partition {@code p} along each line, by the line's key with the group for d. */
    private static Map<List<String>, List<Integer>> groupMembers(List<Cell> table, NaturalGroups groups, int p) {
        NaturalGroups.Partition partition = groups.partitions().get(p);
        int d = partition.dimension();
        Map<List<String>, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String group = partition.groupOf().get(table.get(i).key().get(d));
            if (group != null && !Cell.TOTAL.equals(table.get(i).key().get(d))) {
                List<String> line = new ArrayList<>(table.get(i).key());
                line.set(d, "\u0000group " + p + " " + group);
                members.computeIfAbsent(line, x -> new ArrayList<>()).add(i);
            }
        }
        return members;
    }

    private static List<Map<Integer, Integer>> knownLines(List<Cell> table) {
        OracleLines grouped = OracleLines.of(table);
        Map<List<String>, List<Integer>> members = grouped.members();
        Map<List<String>, Integer> totals = grouped.totals();
        List<Map<Integer, Integer>> lines = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> line : members.entrySet()) {
            Integer total = totals.get(line.getKey());
            if (line.getValue().size() >= 2 || total != null) {
                Map<Integer, Integer> equation = new HashMap<>();
                line.getValue().forEach(cell -> equation.put(cell, 1));
                if (total != null) {
                    equation.put(total, -1);
                }
                lines.add(equation);
            }
        }
        return lines;
    }

    /** Splits equations into groups that share no withheld cell. */
    private static List<List<Map<Integer, Integer>>> components(List<Map<Integer, Integer>> equations) {
        Map<Integer, Integer> parent = new HashMap<>();
        for (Map<Integer, Integer> equation : equations) {
            Integer first = null;
            for (int cell : equation.keySet()) {
                parent.putIfAbsent(cell, cell);
                if (first == null) {
                    first = cell;
                } else {
                    parent.put(root(parent, cell), root(parent, first));
                }
            }
        }
        Map<Integer, List<Map<Integer, Integer>>> byRoot = new LinkedHashMap<>();
        for (Map<Integer, Integer> equation : equations) {
            int root = root(parent, equation.keySet().iterator().next());
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(equation);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(Map<Integer, Integer> parent, int cell) {
        int r = cell;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** Exact reduced row echelon form; a cell is determined iff some row is a multiple of its unit vector. */
    private static BitSet determined(List<Map<Integer, Integer>> equations) {
        List<Integer> cells = equations.stream()
                .flatMap(e -> e.keySet().stream())
                .distinct()
                .sorted()
                .toList();
        Map<Integer, Integer> column = new HashMap<>();
        cells.forEach(cell -> column.put(cell, column.size()));
        int m = cells.size();
        BigInteger[][] rows = new BigInteger[equations.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new BigInteger[m];
            Arrays.fill(rows[r], BigInteger.ZERO);
            for (Map.Entry<Integer, Integer> term : equations.get(r).entrySet()) {
                rows[r][column.get(term.getKey())] = BigInteger.valueOf(term.getValue());
            }
        }
        int rank = 0;
        int[] pivotColumn = new int[rows.length];
        for (int c = 0; c < m && rank < rows.length; c++) {
            int pivot = rank;
            while (pivot < rows.length && rows[pivot][c].signum() == 0) {
                pivot++;
            }
            if (pivot == rows.length) {
                continue;
            }
            BigInteger[] swap = rows[pivot];
            rows[pivot] = rows[rank];
            rows[rank] = swap;
            if (rows[rank][c].signum() < 0) {
                negate(rows[rank]);
            }
            int[] support = support(rows[rank]);
            for (int r = 0; r < rows.length; r++) {
                if (r != rank && rows[r][c].signum() != 0) {
                    eliminate(rows[r], rows[rank], support, c);
                }
            }
            pivotColumn[rank++] = c;
        }
        BitSet determined = new BitSet();
        for (int r = 0; r < rank; r++) {
            long nonZero = Arrays.stream(rows[r]).filter(x -> x.signum() != 0).count();
            if (nonZero == 1) {
                determined.set(cells.get(pivotColumn[r]));
            }
        }
        return determined;
    }

    /** row := pivot[c]·row − row[c]·pivot, divided by the gcd of its entries when they grow. */
    private static void eliminate(BigInteger[] row, BigInteger[] pivot, int[] support, int c) {
        BigInteger a = pivot[c];
        BigInteger b = row[c];
        if (!a.equals(BigInteger.ONE)) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].multiply(a);
            }
        }
        for (int j : support) {
            row[j] = row[j].subtract(pivot[j].multiply(b));
        }
        if (!a.equals(BigInteger.ONE)) {
            BigInteger gcd = BigInteger.ZERO;
            for (BigInteger x : row) {
                gcd = gcd.gcd(x);
            }
            for (int j = 0; j < row.length && gcd.compareTo(BigInteger.ONE) > 0; j++) {
                row[j] = row[j].divide(gcd);
            }
        }
    }

    private static int[] support(BigInteger[] row) {
        return IntStream.range(0, row.length).filter(j -> row[j].signum() != 0).toArray();
    }

    private static void negate(BigInteger[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = row[j].negate();
        }
    }
}
