package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link ProtectionAudit} over lines with a total cell, one linear program per bound and withheld cell; then, for a
 * cell that could hold k or more, the rule that a withheld group holds a small count (docs/disclosure.md, "A withheld
 * group holds a small count"): a table that shows the cell at k or more must also have another cell of its group from 1
 * to k − 1, since a table in which nothing withheld is small would have been published whole. The group is every
 * withheld cell linked to it through lines of two or more cells, with or without a total.
 */
final class AttackerViewAudit implements ProtectionAudit {
    /** The linear programs' work one audit may do ({@link ProtectionAudit#WORK}). */
    private final long budget;

    AttackerViewAudit(long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("the audit's work budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /**
     * What the attacker is taken to know of a component: whether its lines' members add up to their totals
     * ({@code equality}) or at most to them, and the least count of each withheld cell ({@code floor}).
     */
    private record Model(boolean equality, double floor) {
        /** Tried in this order, the first the published counts allow kept. */
        static final List<Model> IN_ORDER =
                List.of(new Model(true, 1), new Model(true, 0), new Model(false, 1), new Model(false, 0));
    }

    /**
     * A line: its members and its total cell, by index into the table; {@code cells}, both, made once. Indexes are kept
     * as {@code int[]}, not lists of boxed integers: a table of a million cells has millions of line places.
     */
    private record Line(int[] members, int total, int[] cells) {
        Line(int[] members, int total) {
            this(members, total, withTotal(members, total));
        }

        private static int[] withTotal(int[] members, int total) {
            int[] all = java.util.Arrays.copyOf(members, members.length + 1);
            all[members.length] = total;
            return all;
        }

        int coefficient(int cell) {
            return cell == total ? -1 : 1;
        }
    }

    @Override
    public List<ProtectionFinding> audit(List<PublishedCell> table, int k) {
        Objects.requireNonNull(table, "table");
        List<Line> lines = lines(table);
        // The lines of each cell, by index (null: none): an array, not a map of boxed indexes.
        List<int[]> lineCells = lines.stream().map(Line::cells).toList();
        List<int[]> byCell = byCell(table.size(), lineCells);
        List<ProtectionFinding> findings = new ArrayList<>();
        WorkMeter work = new WorkMeter(
                budget, table.size(), "auditing", "variables × constraints of its linear programs, summed");
        long[] lows = new long[table.size()];
        long[] highs = new long[table.size()];
        Map<Integer, List<Integer>> components = new HashMap<>();
        Map<Integer, List<Line>> touchedLines = new HashMap<>();
        Map<Integer, Model> models = new HashMap<>();
        // Each component is walked once, and its lines gathered once, however many withheld cells it has: walking it
        // again from each of its cells took minutes on a 100,000-cell table.
        Map<Integer, List<Integer>> componentOf = new HashMap<>();
        Map<List<Integer>, List<Line>> linesOf = new IdentityHashMap<>();
        for (int cell = 0; cell < table.size(); cell++) {
            if (!table.get(cell).isWithheld()) {
                continue;
            }
            int withheld = cell;
            List<Integer> members =
                    memo(componentOf, cell, () -> linked(table, withheld, c -> linesOf(byCell, lineCells, c)));
            List<Integer> component = first(members, cell);
            List<Line> touched = linesOf.computeIfAbsent(members, m -> touched(byCell, lines, m));
            // Withheld counts are at least 1 (zeros are published): a floor of 0 only where 1 is impossible, which
            // a withheld zero makes so. The published members exceeding or falling short of a total (categories left
            // out) leave only "members add up to at most the total" sure.
            Model model = null;
            double upper = Double.NaN;
            double lower = Double.NaN;
            for (Model tried : Model.IN_ORDER) {
                model = tried;
                upper = bound(work, table, component, touched, true, model, List.of());
                lower = bound(work, table, component, touched, false, model, List.of());
                if (!Double.isNaN(upper) && !Double.isNaN(lower)) {
                    break;
                }
            }
            lows[cell] = (long) Math.ceil(lower - 1e-6);
            highs[cell] = IntervalSolver.floor(upper);
            components.put(cell, component);
            touchedLines.put(cell, touched);
            models.put(cell, model);
        }
        List<int[]> groups = groupLines(table);
        List<int[]> groupLinesOf = byCell(table.size(), groups);
        Map<Integer, List<Integer>> groupOf = new HashMap<>();
        Map<List<Integer>, Long> smallInGroup = new IdentityHashMap<>();
        for (int cell = 0; cell < table.size(); cell++) {
            if (!table.get(cell).isWithheld()) {
                continue;
            }
            long high = highs[cell];
            long low = lows[cell];
            boolean determined = high == low;
            if (!determined && high >= k) {
                int withheld = cell;
                List<Integer> group =
                        memo(groupOf, cell, () -> linked(table, withheld, c -> linesOf(groupLinesOf, groups, c)));
                long small = smallInGroup.computeIfAbsent(group, g -> mayBeSmall(g, lows, highs, k));
                high = smallCountBound(
                        work, table, group, small, components, touchedLines, models, lows, highs, cell, k);
            }
            String key = String.join(" / ", table.get(cell).key());
            if (determined) {
                findings.add(new ProtectionFinding(
                        table.get(cell).key(),
                        low,
                        high,
                        true,
                        "withheld cell " + key + " is determined by the published cells and totals: it is exactly "
                                + high));
            } else if (high < k && highs[cell] < k) {
                findings.add(new ProtectionFinding(
                        table.get(cell).key(),
                        low,
                        high,
                        false,
                        "withheld cell " + key + " can be at most " + high
                                + " given the published cells and totals, below the threshold " + k));
            } else if (high < k) {
                findings.add(new ProtectionFinding(
                        table.get(cell).key(),
                        low,
                        high,
                        false,
                        "withheld cell " + key + " can be at most " + high + ", below the threshold " + k
                                + ": the totals allow more only in tables where no other withheld cell of its group is"
                                + " from 1 to " + (k - 1) + ", and cells are withheld only to protect such a count"));
            }
        }
        findings.sort(Comparator.comparing(f -> String.join("\u0000", f.key())));
        return List.copyOf(findings);
    }

    /**
     * The largest value of withheld cell {@code cell} in a table that also has another cell of its group from 1 to k −
     * 1, or {@code k} once one such table lets it reach k (the search stops there). Another cell of the group that
     * shares no line with a total (outside its component) bounds nothing: it only has to be able to be small itself.
     */
    private static long smallCountBound(
            WorkMeter work,
            List<PublishedCell> table,
            List<Integer> group,
            long smallInGroup,
            Map<Integer, List<Integer>> components,
            Map<Integer, List<Line>> touchedLines,
            Map<Integer, Model> models,
            long[] lows,
            long[] highs,
            int cell,
            int k) {
        List<Integer> component = components.get(cell);
        // The component lies within the group (a line with a total is a line of two or more cells): a cell of the
        // group outside it that may be small lets this one reach whatever its own lines allow.
        if (smallInGroup > mayBeSmall(component, lows, highs, k)) {
            return k;
        }
        // Its own count may be the small one.
        long best = Math.min(highs[cell], k - 1L);
        List<Line> touched = touchedLines.get(cell);
        for (int at = 1; at < component.size(); at++) {
            List<IntervalSolver.Row> small = List.of(
                    new IntervalSolver.Row(new int[] {at}, new int[] {1}, k - 1.0, false),
                    new IntervalSolver.Row(new int[] {at}, new int[] {-1}, -1.0, false));
            double upper = bound(work, table, component, touched, true, models.get(cell), small);
            if (!Double.isNaN(upper)) {
                long reach = IntervalSolver.floor(upper);
                if (reach >= k) {
                    return k;
                }
                best = Math.max(best, reach);
            }
        }
        return best;
    }

    /**
     * The lines of {@code component}'s cells, each once, in the order first met; told apart by identity (each line is
     * one object), since hashing a line hashes all its cells, once per withheld cell of it.
     */
    private static List<Line> touched(List<int[]> byCell, List<Line> all, List<Integer> component) {
        Set<Line> met = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Line> lines = new ArrayList<>();
        for (int c : component) {
            for (int at : indexes(byCell, c)) {
                Line line = all.get(at);
                if (met.add(line)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /**
     * For each of {@code size} cells, the indexes of the {@code lines} it lies in (null where none), as {@code int[]}
     * filled in two passes: counted, then placed.
     */
    private static List<int[]> byCell(int size, List<int[]> lines) {
        int[] counts = new int[size];
        for (int[] line : lines) {
            for (int c : line) {
                counts[c]++;
            }
        }
        int[][] of = new int[size][];
        for (int c = 0; c < size; c++) {
            if (counts[c] > 0) {
                of[c] = new int[counts[c]];
                counts[c] = 0;
            }
        }
        for (int at = 0; at < lines.size(); at++) {
            for (int c : lines.get(at)) {
                of[c][counts[c]++] = at;
            }
        }
        return java.util.Arrays.asList(of);
    }

    private static final int[] NONE = new int[0];

    /** The indexes of the lines of {@code cell}. */
    private static int[] indexes(List<int[]> byCell, int cell) {
        int[] at = byCell.get(cell);
        return at == null ? NONE : at;
    }

    /** The lines of {@code cell} themselves. */
    private static List<int[]> linesOf(List<int[]> byCell, List<int[]> lines, int cell) {
        int[] at = indexes(byCell, cell);
        List<int[]> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(lines.get(i));
        }
        return out;
    }

    /** How many of {@code cells} may hold a count from 1 to k − 1, by their bounds. */
    private static long mayBeSmall(List<Integer> cells, long[] lows, long[] highs, int k) {
        return cells.stream().filter(c -> lows[c] <= k - 1L && highs[c] >= 1).count();
    }

    /**
     * The cells linked to {@code cell} (itself among them), walked once for all of them: {@code walk} runs only when no
     * cell of it was walked before, and its list is remembered for each of its cells.
     */
    private static List<Integer> memo(Map<Integer, List<Integer>> of, int cell, Supplier<List<Integer>> walk) {
        List<Integer> cells = of.get(cell);
        if (cells == null) {
            cells = List.copyOf(walk.get());
            for (int c : cells) {
                of.put(c, cells);
            }
        }
        return cells;
    }

    /** {@code cells} with {@code cell} moved to the front (the column whose bounds are asked). */
    private static List<Integer> first(List<Integer> cells, int cell) {
        List<Integer> out = new ArrayList<>(cells.size());
        out.add(cell);
        for (int c : cells) {
            if (c != cell) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every line of two or more cells (members, and its total cell where the table has one), by index. */
    private static List<int[]> groupLines(List<PublishedCell> table) {
        if (table.isEmpty()) {
            return List.of();
        }
        return lineMembers(table).values().stream()
                .filter(l -> l.size() >= 2)
                .map(IntList::toArray)
                .toList();
    }

    /**
     * The cells of each line, by the line's key (the cell's key with one dimension's value replaced by that dimension's
     * marker), in the order first met.
     */
    private static Map<List<String>, IntList> lineMembers(List<PublishedCell> table) {
        int dimensions = table.getFirst().key().size();
        String[] markers = markers(dimensions);
        Map<List<String>, IntList> lines = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            for (int d = 0; d < dimensions; d++) {
                lines.computeIfAbsent(lineKey(key, d, markers), x -> new IntList())
                        .add(i);
            }
        }
        return lines;
    }

    /** Each dimension's marker in a line's key: a value no key holds. */
    private static String[] markers(int dimensions) {
        String[] markers = new String[dimensions];
        for (int d = 0; d < dimensions; d++) {
            markers[d] = "\u0000" + d;
        }
        return markers;
    }

    /** {@code key} with dimension {@code d}'s value replaced by its marker. */
    private static List<String> lineKey(List<String> key, int d, String[] markers) {
        String[] line = key.toArray(String[]::new);
        line[d] = markers[d];
        return java.util.Arrays.asList(line);
    }

    /** A growing list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static double bound(
            WorkMeter work,
            List<PublishedCell> table,
            List<Integer> component,
            List<Line> touched,
            boolean maximise,
            Model model,
            List<IntervalSolver.Row> extra) {
        Map<Integer, Integer> column = new HashMap<>();
        component.forEach(c -> column.put(c, column.size()));
        List<IntervalSolver.Row> rows = new ArrayList<>();
        for (Line line : touched) {
            List<Integer> columns = new ArrayList<>();
            List<Integer> coefficients = new ArrayList<>();
            double constant = 0;
            for (int cell : line.cells()) {
                Integer at = column.get(cell);
                if (at != null) {
                    columns.add(at);
                    coefficients.add(line.coefficient(cell));
                } else {
                    constant -= (double) line.coefficient(cell)
                            * table.get(cell).count().getAsLong();
                }
            }
            rows.add(new IntervalSolver.Row(
                    columns.stream().mapToInt(Integer::intValue).toArray(),
                    coefficients.stream().mapToInt(Integer::intValue).toArray(),
                    constant,
                    model.equality()));
        }
        rows.addAll(extra);
        work.spend((long) component.size() * (rows.size() + 1));
        double[] floors = new double[component.size()];
        java.util.Arrays.fill(floors, model.floor());
        return maximise
                ? IntervalSolver.maximum(component.size(), floors, rows, 0)
                : IntervalSolver.minimum(component.size(), floors, rows, 0);
    }

    /**
     * The cell first, then the withheld cells reached from it, breadth first, through {@code lines} of each. Each line
     * (the same array however many of its cells are reached) is read once: read again from each of its withheld cells,
     * a long line with many of them made the walk quadratic in its length.
     */
    private static List<Integer> linked(
            List<PublishedCell> table, int cell, java.util.function.IntFunction<List<int[]>> lines) {
        List<Integer> cells = new ArrayList<>();
        Set<Integer> seen = new HashSet<>(List.of(cell));
        Set<int[]> read = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Integer> queue = new ArrayDeque<>(List.of(cell));
        while (!queue.isEmpty()) {
            int next = queue.poll();
            cells.add(next);
            for (int[] line : lines.apply(next)) {
                if (!read.add(line)) {
                    continue;
                }
                for (int other : line) {
                    if (table.get(other).isWithheld() && seen.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return cells;
    }

    /** Throws unless every cell has {@code dimensions} key values and no two cells share a key. */
    private static void checkKeys(List<PublishedCell> table, int dimensions) {
        Set<List<String>> keys = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            if (key.size() != dimensions) {
                throw new IllegalArgumentException(
                        "cell " + i + " has " + key.size() + " key values but cell 0 has " + dimensions);
            }
            if (!keys.add(key)) {
                throw new IllegalArgumentException("two cells have the key " + key);
            }
        }
    }

    /** Lines with a total cell and at least one member, built from the keys. */
    private static List<Line> lines(List<PublishedCell> table) {
        if (table.isEmpty()) {
            return List.of();
        }
        int dimensions = table.getFirst().key().size();
        checkKeys(table, dimensions);
        // A line's total is the cell whose value along the line's dimension is the total; its members, the others.
        String[] markers = markers(dimensions);
        Map<List<String>, Integer> totals = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            for (int d = 0; d < dimensions; d++) {
                if (Cell.TOTAL.equals(key.get(d))) {
                    totals.put(lineKey(key, d, markers), i);
                }
            }
        }
        Map<List<String>, IntList> members = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.get(i).key();
            for (int d = 0; d < dimensions; d++) {
                if (!Cell.TOTAL.equals(key.get(d))) {
                    List<String> line = lineKey(key, d, markers);
                    if (totals.containsKey(line)) {
                        members.computeIfAbsent(line, x -> new IntList()).add(i);
                    }
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        members.forEach((line, cells) -> lines.add(new Line(cells.toArray(), totals.get(line))));
        return lines;
    }
}
