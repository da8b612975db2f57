package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which withheld cells several tables give away when read together. Each table alone satisfies this package's attacker
 * model; read together, an attacker also knows that some sums of cells of one table equal sums of cells of another (the
 * same organisation's cases by district and by state: each state's districts add up to the state's figure). A withheld
 * cell is derivable when its unit vector lies in the row space of every table's line equations and of these links,
 * restricted to the withheld cells.
 *
 * <p>Only connected components of withheld cells that a link touches are eliminated (the others were checked with their
 * own table); elimination runs modulo {@link ModP#P}, so a cell is reported derivable when its unit vector lies in the
 * row space modulo that prime, which over small ±1 systems agrees with the rationals except with negligible
 * probability.
 */
public final class LinkedTables {

    /**
     * The elimination work one check of a peer's tables may do by default, in vector entries eliminated: the same
     * budget as {@link DerivableCells#WORK}, which one table alone may use.
     */
    public static final long WORK = DerivableCells.WORK;

    /**
     * The work the search for cubes may do before the elimination decides the rest, per entry of the equations and per
     * unknown: a search that fails, because a link breaks the cube through a cell, is repeated from each cell, so
     * unbounded it costs the square of a line (one line of 50,000 withheld cells, one of them linked to a published
     * count: 226 s, where elimination takes 0.5 s). The bench's 988,848-observation table's new version, every cell
     * proven by a cube, takes a tenth of it.
     */
    static final long CUBE_WORK_PER_ENTRY = 128;

    private LinkedTables() {}

    /**
     * One table: its cells (keys in its own column order, {@link Cell#TOTAL} for its totals) and which are withheld.
     *
     * @param cells the cells with their published counts; the counts of withheld cells are ignored
     * @param withheld the withheld cells, by index
     * @param groups the groups along its lines whose totals are known from outside (a state's districts, a year's
     *     quarters), as the suppression assumed them; {@link NaturalGroups#NONE} for whole lines only
     */
    public record Table(List<Cell> cells, BitSet withheld, NaturalGroups groups) {
        /** Copies the cells and the set. */
        public Table {
            cells = List.copyOf(cells);
            withheld = (BitSet) withheld.clone();
            java.util.Objects.requireNonNull(groups, "groups");
            if (withheld.length() > cells.size()) {
                throw new IllegalArgumentException("a withheld index lies outside the table");
            }
        }

        /** A table whose lines are whole lines only. */
        public Table(List<Cell> cells, BitSet withheld) {
            this(cells, withheld, NaturalGroups.NONE);
        }
    }

    /**
     * What an attacker knows across two tables: the sum of {@code leftCells} of table {@code left} equals the sum of
     * {@code rightCells} of table {@code right} (cells absent from a table count 0).
     */
    public record Link(int left, int[] leftCells, int right, int[] rightCells) {
        /** Copies the arrays. */
        public Link {
            leftCells = leftCells.clone();
            rightCells = rightCells.clone();
        }
    }

    /**
     * A withheld cell the tables give away together.
     *
     * @param table the table, by index
     * @param cell the cell, by index in its table
     * @param with the tables whose equations and links are needed to work it out, {@code table} included
     */
    public record Derived(int table, int cell, Set<Integer> with) {
        /** Copies the set. */
        public Derived {
            with = Set.copyOf(with);
        }
    }

    /** The withheld cells of {@code tables} that their line equations and {@code links} determine, in table order. */
    public static List<Derived> derivable(List<Table> tables, List<Link> links) {
        return derivable(tables, links, Long.MAX_VALUE);
    }

    /**
     * As {@link #derivable(List, List)}, within {@code work} units of elimination.
     *
     * @throws TooCostly if it would take more
     */
    public static List<Derived> derivable(List<Table> tables, List<Link> links, long work) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(links, "links");
        Unknowns unknowns = new Unknowns(tables);
        if (unknowns.count() == 0 || links.isEmpty()) {
            return List.of();
        }
        List<SparseVector> equations = new ArrayList<>();
        List<Boolean> isLink = new ArrayList<>();
        List<Link> linkOf = new ArrayList<>();
        ExactRows exact = new ExactRows();
        List<TableLines> linesOf = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).withheld().isEmpty() || tables.get(t).cells().isEmpty()) {
                linesOf.add(null);
                continue;
            }
            TableLines lines = TableLines.of(
                    CodedTable.of(tables.get(t).cells()), tables.get(t).groups());
            linesOf.add(lines);
            for (int line = 0; line < lines.lineCount(); line++) {
                if (!lines.isEquation(line)) {
                    continue;
                }
                Map<Integer, Long> row = new HashMap<>();
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int cell = lines.cellAt(p);
                    int var = unknowns.of(t, cell);
                    if (var >= 0) {
                        int d = dimensionOf(lines, line, cell);
                        row.merge(var, (long) lines.coefficient(cell, d), Long::sum);
                    }
                }
                exact.add(row);
                add(equations, isLink, row, false);
            }
        }
        for (Link link : links) {
            Map<Integer, Long> row = new HashMap<>();
            for (int cell : link.leftCells()) {
                int var = unknowns.of(link.left(), cell);
                if (var >= 0) {
                    row.merge(var, 1L, Long::sum);
                }
            }
            for (int cell : link.rightCells()) {
                int var = unknowns.of(link.right(), cell);
                if (var >= 0) {
                    row.merge(var, -1L, Long::sum);
                }
            }
            exact.add(row);
            if (add(equations, isLink, row, true)) {
                linkOf.add(link);
            }
        }
        Components components = new Components(unknowns.count());
        for (SparseVector e : equations) {
            for (int k = 1; k < e.size(); k++) {
                components.join(e.index(0), e.index(k));
            }
        }
        BitSet linked = new BitSet();
        for (int i = 0; i < equations.size(); i++) {
            if (isLink.get(i)) {
                linked.set(components.root(equations.get(i).index(0)));
            }
        }
        WorkMeter meter = new WorkMeter(
                work,
                tables.stream().mapToInt(t -> t.cells().size()).sum(),
                "finding the derivable cells, read together, of",
                "cells read from lines and vector entries eliminated");
        BitSet certified = certifiedByCubes(tables, linesOf, unknowns, components, linked, exact, meter);
        // Only components with a cell no cube certified need eliminating.
        BitSet open = new BitSet();
        for (int var = 0; var < unknowns.count(); var++) {
            if (linked.get(components.root(var)) && !certified.get(var)) {
                open.set(components.root(var));
            }
        }
        Echelon basis = new Echelon(meter);
        for (SparseVector e : equations) {
            if (open.get(components.root(e.index(0)))) {
                basis.insert(e);
            }
        }
        Map<Integer, Set<Integer>> tablesOf = new HashMap<>();
        int linkIndex = 0;
        for (int i = 0; i < equations.size(); i++) {
            if (isLink.get(i)) {
                Link link = linkOf.get(linkIndex++);
                Set<Integer> with = tablesOf.computeIfAbsent(
                        components.root(equations.get(i).index(0)), r -> new TreeSet<>());
                with.add(link.left());
                with.add(link.right());
            }
        }
        for (int var = 0; var < unknowns.count(); var++) {
            if (linked.get(components.root(var))) {
                tablesOf.computeIfAbsent(components.root(var), r -> new TreeSet<>())
                        .add(unknowns.tableOf(var));
            }
        }
        List<Derived> out = new ArrayList<>();
        for (int var = 0; var < unknowns.count(); var++) {
            if (!certified.get(var)
                    && basis.isPivot(var)
                    && basis.reduce(SparseVector.unit(var)).isZero()) {
                out.add(new Derived(unknowns.tableOf(var), unknowns.cellOf(var), tablesOf.get(components.root(var))));
            }
        }
        return List.copyOf(out);
    }

    /**
     * What a link tells about small counts: where one side of a link has withheld cells and the other has none, the
     * withheld cells add up to the difference of the published ones. A difference of 1 to {@code k}-1, or one that
     * leaves each withheld cell below k once the others hold at least 1 ({@link #noneReaches}), shows counts below the
     * threshold (as a line total would, see the package's protection interval); the withheld counts of the tables are
     * not needed to know it.
     *
     * @param link the link
     * @param table the table whose withheld cells the sum covers
     * @param cells those cells, by index
     * @param sum what they add up to, as an attacker computes it
     */
    public record SmallSum(Link link, int table, int[] cells, long sum) {
        /** Copies the array. */
        public SmallSum {
            cells = cells.clone();
        }
    }

    /**
     * The links whose withheld cells on one side add up to too little for any of them to reach k, by the published
     * counts of both sides.
     */
    public static List<SmallSum> smallSums(List<Table> tables, List<Link> links, int k) {
        List<SmallSum> out = new ArrayList<>();
        for (Link link : links) {
            Table left = tables.get(link.left());
            Table right = tables.get(link.right());
            int[] leftWithheld = withheld(left, link.leftCells());
            int[] rightWithheld = withheld(right, link.rightCells());
            if (leftWithheld.length > 0 && rightWithheld.length == 0) {
                long sum = published(right, link.rightCells()) - published(left, link.leftCells());
                if (noneReaches(sum, leftWithheld.length, k)) {
                    out.add(new SmallSum(link, link.left(), leftWithheld, sum));
                }
            } else if (rightWithheld.length > 0 && leftWithheld.length == 0) {
                long sum = published(left, link.leftCells()) - published(right, link.rightCells());
                if (noneReaches(sum, rightWithheld.length, k)) {
                    out.add(new SmallSum(link, link.right(), rightWithheld, sum));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * What a link whose one side is wholly published tells along the lines of the other: where its withheld cells all
     * lie in a line whose total cell is published, the line's other withheld members add up to the total less the
     * line's published members and less what the link gives (a figure stating Katihar's Q3 as 45 in a row of 102 with
     * Q4's 50 published shows that Q1 and Q2 add up to 7). A sum of 1 to {@code k}-1, or one too small for each to
     * reach k, is reported as {@link #smallSums} reports it.
     */
    public static List<SmallSum> smallSumsAlongLines(List<Table> tables, List<Link> links, int k) {
        List<SmallSum> out = new ArrayList<>();
        Map<Integer, TableLines> linesOf = new HashMap<>();
        for (Link link : links) {
            Table left = tables.get(link.left());
            Table right = tables.get(link.right());
            int[] leftWithheld = withheld(left, link.leftCells());
            int[] rightWithheld = withheld(right, link.rightCells());
            if (leftWithheld.length > 0 || rightWithheld.length == 0) {
                continue;
            }
            long stated = published(left, link.leftCells()) - published(right, link.rightCells());
            TableLines lines = linesOf.computeIfAbsent(
                    link.right(), t -> TableLines.of(CodedTable.of(right.cells()), right.groups()));
            int dimensions = right.cells().getFirst().key().size();
            for (int slot = 0; slot < dimensions; slot++) {
                int line = lines.line(rightWithheld[0], slot);
                int total = line < 0 ? -1 : lines.totalCell(line);
                if (total < 0 || right.withheld().get(total)) {
                    continue;
                }
                final int s = slot;
                if (java.util.Arrays.stream(rightWithheld)
                        .anyMatch(c -> lines.line(c, s) != line || lines.coefficient(c, s) != 1)) {
                    continue;
                }
                java.util.Set<Integer> given = new java.util.HashSet<>();
                for (int c : rightWithheld) {
                    given.add(c);
                }
                List<Integer> rest = new ArrayList<>();
                long publishedMembers = 0;
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int c = lines.cellAt(p);
                    if (c == total) {
                        continue;
                    }
                    if (!right.withheld().get(c)) {
                        publishedMembers += right.cells().get(c).value();
                    } else if (!given.contains(c)) {
                        rest.add(c);
                    }
                }
                if (rest.isEmpty()) {
                    continue;
                }
                long sum = right.cells().get(total).value() - publishedMembers - stated;
                if (noneReaches(sum, rest.size(), k)) {
                    out.add(new SmallSum(
                            link,
                            link.right(),
                            rest.stream().mapToInt(Integer::intValue).toArray(),
                            sum));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Two links that tell together what neither tells alone: both have one side wholly published, and the withheld
     * cells of {@code less}'s other side lie among those of {@code more}'s, in the same table; the difference of what
     * the two state is the sum of {@code cells}, the withheld cells {@code more} holds and {@code less} does not.
     *
     * @param more the link over more withheld cells
     * @param less the link over some of them
     * @param table the table of those cells
     * @param cells the withheld cells {@code more} holds beyond {@code less}
     * @param sum what they add up to, as an attacker computes it
     */
    public record SmallDifference(Link more, Link less, int table, int[] cells, long sum) {
        /** Copies the array. */
        public SmallDifference {
            cells = cells.clone();
        }
    }

    /**
     * The pairs of {@code among} that show withheld cells adding up to too little for any of them to reach k, as
     * {@link #smallSums} reports one link ("60 cases of men in 2024, 52 of them in 2024-Q1" shows Q2 to Q4 adding up to
     * 8, though each figure alone shows nothing). Only links whose left side is wholly published and whose right side
     * holds withheld cells are paired; {@code work} bounds the pairs compared, times their cells, past which it throws
     * {@link TooCostly}.
     */
    public static List<SmallDifference> smallSumsBetweenLinks(List<Table> tables, List<Link> among, int k, long work) {
        record Stated(Link link, java.util.BitSet withheld, long sum) {}
        Map<Integer, List<Stated>> byTable = new HashMap<>();
        for (Link link : among) {
            Table left = tables.get(link.left());
            Table right = tables.get(link.right());
            int[] rightWithheld = withheld(right, link.rightCells());
            if (withheld(left, link.leftCells()).length > 0 || rightWithheld.length == 0) {
                continue;
            }
            java.util.BitSet cells = new java.util.BitSet();
            for (int c : rightWithheld) {
                cells.set(c);
            }
            long sum = published(left, link.leftCells()) - published(right, link.rightCells());
            byTable.computeIfAbsent(link.right(), t -> new ArrayList<>()).add(new Stated(link, cells, sum));
        }
        List<SmallDifference> out = new ArrayList<>();
        long spent = 0;
        for (Map.Entry<Integer, List<Stated>> e : byTable.entrySet()) {
            List<Stated> stated = e.getValue();
            for (Stated more : stated) {
                for (Stated less : stated) {
                    spent += 1 + more.withheld().size() / 64;
                    if (spent > work) {
                        throw new TooCostly("pairing the figures stated in text", 0, work, "words compared");
                    }
                    if (more == less
                            || more.withheld().cardinality() <= less.withheld().cardinality()) {
                        continue;
                    }
                    java.util.BitSet rest = (java.util.BitSet) more.withheld().clone();
                    rest.andNot(less.withheld());
                    if (rest.cardinality()
                            != more.withheld().cardinality() - less.withheld().cardinality()) {
                        continue; // not nested
                    }
                    long sum = more.sum() - less.sum();
                    if (noneReaches(sum, rest.cardinality(), k)) {
                        out.add(new SmallDifference(
                                more.link(),
                                less.link(),
                                e.getKey(),
                                rest.stream().toArray(),
                                sum));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code cells} withheld counts adding up to {@code sum} leave none of them able to reach k: each is at
     * least 1 (zeros are published, see the package's protection interval), so one holds at most the sum less one for
     * each other. A sum of 0 shows only zeros.
     */
    static boolean noneReaches(long sum, int cells, int k) {
        return sum >= 1 && sum - (cells - 1) < k;
    }

    private static int[] withheld(Table t, int[] cells) {
        return java.util.Arrays.stream(cells).filter(t.withheld()::get).toArray();
    }

    private static long published(Table t, int[] cells) {
        long sum = 0;
        for (int c : cells) {
            if (!t.withheld().get(c)) {
                sum += t.cells().get(c).value();
            }
        }
        return sum;
    }

    /**
     * The unknowns of linked components that a cube withheld whole in their own table, carried across the links, proves
     * free ({@link LinkedCubes}); the new table's cubes first.
     */
    private static BitSet certifiedByCubes(
            List<Table> tables,
            List<TableLines> linesOf,
            Unknowns unknowns,
            Components components,
            BitSet linked,
            ExactRows exact,
            WorkMeter meter) {
        BitSet certified = new BitSet();
        LinkedCubes across = new LinkedCubes(unknowns.count(), exact.vars, exact.coefficients, meter);
        long stop = meter.spent() + CUBE_WORK_PER_ENTRY * (exact.entries() + unknowns.count());
        for (int t = 0; t < tables.size() && meter.spent() <= stop; t++) {
            TableLines lines = linesOf.get(t);
            if (lines == null) {
                continue;
            }
            BitSet withheld = tables.get(t).withheld();
            WithheldCells cells = new WithheldCells(lines, meter);
            CodedTable coded = lines.table();
            withheld.stream().boxed().sorted(coded::compareKeys).forEach(cells::withhold);
            HypercubeSearch cubes = HypercubeSearch.amongWithheld(lines, cells);
            for (int cell = withheld.nextSetBit(0);
                    cell >= 0 && meter.spent() <= stop;
                    cell = withheld.nextSetBit(cell + 1)) {
                int var = unknowns.of(t, cell);
                if (certified.get(var) || !linked.get(components.root(var))) {
                    continue;
                }
                HypercubeSearch.Cube cube = cubes.cheapest(cell);
                if (cube == null) {
                    continue;
                }
                int[] vars = new int[cube.cells().length];
                for (int k = 0; k < vars.length; k++) {
                    vars[k] = unknowns.of(t, cube.cells()[k]);
                }
                if (across.certify(vars, cube.signs(), certified)) {
                    // Marked in its own table too, so that later searches prefer cells not yet proven free.
                    cells.certify(cube);
                }
            }
        }
        return certified;
    }

    /** The equations in exact integers, entries of zero left out. */
    private static final class ExactRows {
        private final List<int[]> vars = new ArrayList<>();
        private final List<long[]> coefficients = new ArrayList<>();
        private long entries;

        long entries() {
            return entries;
        }

        void add(Map<Integer, Long> row) {
            int[] idx = row.entrySet().stream()
                    .filter(e -> e.getValue() != 0)
                    .mapToInt(Map.Entry::getKey)
                    .sorted()
                    .toArray();
            if (idx.length == 0) {
                return;
            }
            long[] c = new long[idx.length];
            for (int k = 0; k < idx.length; k++) {
                c[k] = row.get(idx[k]);
            }
            vars.add(idx);
            coefficients.add(c);
            entries += idx.length;
        }
    }

    /**
     * The slot of {@code cell}'s line {@code line}: the dimension along which it runs, or past the dimensions, the
     * group partition it is a group line of (whose cells are all members).
     */
    private static int dimensionOf(TableLines lines, int line, int cell) {
        if (!lines.hasGroups()) {
            // The lines of dimension k occupy positions k·n to (k+1)·n.
            return lines.dimensionInIdOrder(lines.start(line) / lines.table().size());
        }
        for (int slot = 0; slot < lines.slots(); slot++) {
            if (lines.line(cell, slot) == line) {
                return slot;
            }
        }
        throw new IllegalStateException("cell " + cell + " is not on line " + line);
    }

    private static boolean add(
            List<SparseVector> equations, List<Boolean> isLink, Map<Integer, Long> row, boolean link) {
        int[] idx = row.entrySet().stream()
                .filter(e -> ModP.of(e.getValue()) != 0)
                .mapToInt(Map.Entry::getKey)
                .sorted()
                .toArray();
        if (idx.length == 0) {
            return false;
        }
        long[] val = new long[idx.length];
        for (int k = 0; k < idx.length; k++) {
            val[k] = ModP.of(row.get(idx[k]));
        }
        equations.add(new SparseVector(idx, val));
        isLink.add(link);
        return true;
    }

    /** The withheld cells of all tables, numbered 0.. in table order. */
    private static final class Unknowns {
        private final int[] offset;
        private final int[][] varOf;
        private final int[] table;
        private final int[] cell;

        Unknowns(List<Table> tables) {
            offset = new int[tables.size()];
            varOf = new int[tables.size()][];
            int count = 0;
            for (int t = 0; t < tables.size(); t++) {
                offset[t] = count;
                count += tables.get(t).withheld().cardinality();
            }
            table = new int[count];
            cell = new int[count];
            int var = 0;
            for (int t = 0; t < tables.size(); t++) {
                Table tb = tables.get(t);
                varOf[t] = new int[tb.cells().size()];
                java.util.Arrays.fill(varOf[t], -1);
                for (int c = tb.withheld().nextSetBit(0);
                        c >= 0;
                        c = tb.withheld().nextSetBit(c + 1)) {
                    varOf[t][c] = var;
                    table[var] = t;
                    cell[var] = c;
                    var++;
                }
            }
        }

        int count() {
            return table.length;
        }

        /** The unknown of a withheld cell, or -1 for a published one. */
        int of(int t, int c) {
            if (c < 0 || c >= varOf[t].length) {
                throw new IllegalArgumentException("cell " + c + " lies outside table " + t);
            }
            return varOf[t][c];
        }

        int tableOf(int var) {
            return table[var];
        }

        int cellOf(int var) {
            return cell[var];
        }
    }

    /** Union-find over unknowns. */
    private static final class Components {
        private final int[] parent;

        Components(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** Rows in echelon form: each with a distinct leading index and leading entry 1. */
    private static final class Echelon {
        private final Map<Integer, SparseVector> byPivot = new HashMap<>();
        private final WorkMeter work;

        Echelon(WorkMeter work) {
            this.work = work;
        }

        void insert(SparseVector v) {
            SparseVector r = reduce(v);
            if (!r.isZero()) {
                work.hold(r.size());
                byPivot.put(r.index(0), r.times(ModP.inverse(r.entry(0))));
            }
        }

        boolean isPivot(int index) {
            return byPivot.containsKey(index);
        }

        /** Subtracts rows until the leading index is no pivot; zero when {@code v} lies in the rows' span. */
        SparseVector reduce(SparseVector v) {
            SparseVector r = v;
            while (!r.isZero()) {
                SparseVector row = byPivot.get(r.index(0));
                if (row == null) {
                    return r;
                }
                work.spend(r.size() + row.size());
                r = r.minus(r.entry(0), row);
            }
            return r;
        }
    }
}
