package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The cells withheld so far, and which of them are proven protected: a withheld cell is protected once it lies on an
 * exactly checked circuit (a withheld hypercube, or a circuit found by the circuit basis), and stays protected as more
 * cells are withheld, because withholding more only ever removes knowledge from the attacker.
 *
 * <p>The circuit basis is lazy: it holds whole <em>components</em> of withheld cells (cells linked through shared
 * equation lines) and nothing else, so that it knows every circuit of the cells it holds. A component enters it only
 * when asked ({@link #completeBasisFor}) or when a newly withheld cell joins one already in it. Tables where hypercubes
 * protect every cell never pay for elimination.
 */
final class WithheldCells {

    private final TableLines lines;
    private final CircuitBasis basis;
    private final BitSet withheld = new BitSet();
    /**
     * Cells that must stay published: an earlier release showed them with the same count, so hiding them hides nothing.
     */
    private final BitSet pinned = new BitSet();

    private final BitSet protectedCells = new BitSet();
    private final BitSet inBasis = new BitSet();
    private final int[] withheldInLine;
    private final int[] inBasisInLine;
    /** The order in which cells were withheld, so the basis is always built in the same order. */
    private final int[] sequence;

    private int withheldCount;
    /** Per cell, the best lower bound on its largest possible value that a certified cube proves. */
    private final long[] cubeBound;
    /**
     * Cells that a certified cube shows can be k or more in a table where another cell of the cube is from 1 to k-1
     * (docs/disclosure.md, "A withheld group holds a small count"); only kept when the threshold is known.
     */
    private final BitSet cubeWitness = new BitSet();
    /** The disclosure threshold k, or 0 when these cells only serve to find derivable ones. */
    private final long threshold;

    private final WorkMeter work;

    /** Withheld cells of an audit of derivability, its work counted on {@code work}. */
    WithheldCells(TableLines lines, WorkMeter work) {
        this(lines, 0, work);
    }

    /** Withheld cells of a suppression at threshold {@code threshold}, which also records cube witnesses. */
    WithheldCells(TableLines lines, long threshold) {
        this(lines, threshold, WorkMeter.unbounded());
    }

    /** As {@link #WithheldCells(TableLines, long)}, its work counted on {@code work}. */
    WithheldCells(TableLines lines, long threshold, WorkMeter work) {
        this.lines = lines;
        this.threshold = threshold;
        this.work = work;
        this.basis = new CircuitBasis(lines, work);
        this.withheldInLine = new int[lines.lineCount()];
        this.inBasisInLine = new int[lines.lineCount()];
        this.sequence = new int[lines.table().size()];
        this.cubeBound = new long[lines.table().size()];
    }

    /**
     * Withholds {@code cell}; if it joins a component already in the circuit basis, the merged component enters the
     * basis and every cell on a circuit it closes is marked protected.
     */
    void withhold(int cell) {
        assert !withheld.get(cell) : "cell " + cell + " is already withheld";
        withheld.set(cell);
        sequence[cell] = withheldCount++;
        boolean joinsBasis = false;
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(cell, slot);
            if (line >= 0) {
                withheldInLine[line]++;
                joinsBasis |= lines.isEquation(line) && inBasisInLine[line] > 0;
            }
        }
        if (joinsBasis) {
            completeBasisFor(cell);
        }
    }

    /**
     * Marks the cells of {@code cube} protected if they are all withheld and its signed sum checks out, in exact
     * integer arithmetic, as a combination that changes no line total; returns whether it did.
     */
    boolean certify(HypercubeSearch.Cube cube) {
        int[] cells = cube.cells();
        for (int cell : cells) {
            if (!withheld.get(cell)) {
                return false;
            }
        }
        if (!ExactCircuitCheck.holds(cells, cube.signs(), lines)) {
            return false;
        }
        for (int cell : cells) {
            protectedCells.set(cell);
        }
        recordBounds(cells, cube.signs());
        return true;
    }

    /**
     * Certifies, for each of {@code cells} not yet protected, a cube already withheld whole through it
     * ({@link HypercubeSearch#amongWithheld}): the cubes a suppression chose, which the cheapest cube around each cell
     * misses when the cell is a corner of a cube chosen for another.
     */
    void certifyCubesAmongWithheld(BitSet cells) {
        HypercubeSearch among = HypercubeSearch.amongWithheld(lines, this);
        for (int cell = cells.nextSetBit(0); cell >= 0; cell = cells.nextSetBit(cell + 1)) {
            if (!isProtected(cell)) {
                HypercubeSearch.Cube cube = among.cheapest(cell);
                if (cube != null) {
                    certify(cube);
                }
            }
        }
    }

    /**
     * Adding t times the signed cube to the true counts raises a cell with sign s by t and lowers every cell of the
     * opposite sign by t, all line totals unchanged: so each cell can reach its count plus the smallest room of the
     * opposite sign (a count less its floor, {@link ProtectionLevels#floor}), a cheap certified lower bound on its
     * upper protection.
     */
    private void recordBounds(int[] cells, long[] signs) {
        CodedTable table = lines.table();
        long minPositive = Long.MAX_VALUE;
        long minNegative = Long.MAX_VALUE;
        for (int i = 0; i < cells.length; i++) {
            // How far the cell can go down: to its floor, not to 0 (ProtectionLevels.floor).
            long value = table.value(cells[i]) - ProtectionLevels.floor(table.value(cells[i]));
            if (signs[i] > 0) {
                minPositive = Math.min(minPositive, value);
            } else {
                minNegative = Math.min(minNegative, value);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            long step = signs[i] > 0 ? minNegative : minPositive;
            long bound = step == Long.MAX_VALUE ? Long.MAX_VALUE : table.value(cells[i]) + step;
            cubeBound[cells[i]] = Math.max(cubeBound[cells[i]], bound);
            if (threshold > 0 && !cubeWitness.get(cells[i]) && leavesASmallCount(cells, signs, i, step)) {
                cubeWitness.set(cells[i]);
            }
        }
    }

    /**
     * Whether some shift t of the cube (cell {@code i} up by t, each cell of its sign up, each of the other sign down,
     * at most {@code step} so none goes below its floor) brings cell {@code i} to k or more while another cube cell
     * ends from 1 to k-1: a table the attacker cannot rule out even knowing that the cube holds a small count.
     */
    private boolean leavesASmallCount(int[] cells, long[] signs, int i, long step) {
        CodedTable table = lines.table();
        long low = Math.max(0, threshold - table.value(cells[i]));
        long high = step;
        if (low > high) {
            return false;
        }
        for (int j = 0; j < cells.length; j++) {
            if (j == i) {
                continue;
            }
            long v = table.value(cells[j]);
            // Same sign: v + t in 1..k-1; opposite sign: v - t in 1..k-1.
            long from = signs[j] == signs[i] ? 1 - v : v - threshold + 1;
            long to = signs[j] == signs[i] ? threshold - 1 - v : v - 1;
            if (Math.max(low, from) <= Math.min(high, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a certified cube shows that {@code cell} can be k or more while another of the cube's cells is from 1 to
     * k-1.
     */
    boolean cubeWitness(int cell) {
        return cubeWitness.get(cell);
    }

    /** The largest value of {@code cell} that a certified cube shows the attacker cannot rule out (0 if none). */
    long cubeBound(int cell) {
        return cubeBound[cell];
    }

    /**
     * Puts the component of the withheld {@code cell} into the circuit basis, so that the basis knows every circuit
     * through it; cells on the circuits found are marked protected.
     */
    void completeBasisFor(int cell) {
        assert withheld.get(cell);
        if (inBasis.get(cell)) {
            return;
        }
        List<Integer> pending = new ArrayList<>();
        BitSet seenLines = new BitSet();
        BitSet seenCells = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(cell);
        seenCells.set(cell);
        while (!queue.isEmpty()) {
            int next = queue.poll();
            if (!inBasis.get(next)) {
                pending.add(next);
            }
            for (int slot = 0; slot < lines.slots(); slot++) {
                int line = lines.line(next, slot);
                if (!lines.isEquation(line) || seenLines.get(line)) {
                    continue;
                }
                seenLines.set(line);
                work.spend(lines.end(line) - lines.start(line));
                for (int p = lines.start(line); p < lines.end(line); p++) {
                    int linked = lines.cellAt(p);
                    if (withheld.get(linked) && !seenCells.get(linked)) {
                        seenCells.set(linked);
                        queue.add(linked);
                    }
                }
            }
        }
        pending.sort(Comparator.comparingInt(c -> sequence[c]));
        pending.forEach(this::addToBasis);
    }

    private void addToBasis(int cell) {
        inBasis.set(cell);
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(cell, slot);
            if (line >= 0) {
                inBasisInLine[line]++;
            }
        }
        SparseVector circuit = basis.add(cell);
        if (circuit != null && ExactCircuitCheck.holds(circuit, lines)) {
            for (int k = 0; k < circuit.size(); k++) {
                protectedCells.set(circuit.index(k));
            }
        }
    }

    CodedTable table() {
        return lines.table();
    }

    /** Where the work on these cells is counted. */
    WorkMeter work() {
        return work;
    }

    /** Every withheld cell (a copy). */
    BitSet all() {
        return (BitSet) withheld.clone();
    }

    /** How many cells are withheld: it only grows, so it tells whether anything was withheld since it was read. */
    int count() {
        return withheldCount;
    }

    boolean isWithheld(int cell) {
        return withheld.get(cell);
    }

    /** Marks {@code cells} as never to be chosen to protect another: anyone already knows their counts. */
    void pin(BitSet cells) {
        pinned.or(cells);
    }

    /** Whether {@code cell} may not be withheld to protect another (see {@link #pin}). */
    boolean isPinned(int cell) {
        return pinned.get(cell);
    }

    boolean isProtected(int cell) {
        return protectedCells.get(cell);
    }

    /** The number of withheld cells in {@code line}, its total included. */
    int withheldIn(int line) {
        return withheldInLine[line];
    }

    /**
     * Withheld cells not proven protected, after putting their components into the circuit basis so that the answer is
     * exact: these cells are derivable.
     */
    BitSet unprotected() {
        BitSet open = (BitSet) withheld.clone();
        open.andNot(protectedCells);
        for (int cell = open.nextSetBit(0); cell >= 0; cell = open.nextSetBit(cell + 1)) {
            completeBasisFor(cell);
        }
        open.andNot(protectedCells);
        return open;
    }

    /**
     * Whether withholding {@code candidate} would make the withheld {@code target} protected; the target's component
     * must be in the circuit basis ({@link #completeBasisFor}).
     */
    boolean wouldProtect(int candidate, int target) {
        assert inBasis.get(target);
        // A candidate alone in one of its equation lines would itself be determined by that line,
        // so it cannot close a circuit; this check spares an elimination for most candidates.
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(candidate, slot);
            if (lines.isEquation(line) && withheldInLine[line] == 0) {
                return false;
            }
        }
        // A circuit through the candidate may pass through every component it would join.
        for (int slot = 0; slot < lines.slots(); slot++) {
            int line = lines.line(candidate, slot);
            if (lines.isEquation(line) && inBasisInLine[line] < withheldInLine[line]) {
                completeBasisFor(aWithheldCellIn(line));
            }
        }
        return basis.closesCircuitThrough(candidate, target);
    }

    private int aWithheldCellIn(int line) {
        work.spend(lines.end(line) - lines.start(line));
        for (int p = lines.start(line); p < lines.end(line); p++) {
            if (withheld.get(lines.cellAt(p))) {
                return lines.cellAt(p);
            }
        }
        throw new IllegalStateException("line " + line + " has no withheld cell");
    }
}
