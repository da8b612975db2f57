package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Withholds every count from 1 to k-1, then adds complements until no withheld cell can be derived from the published
 * cells and the line totals, and none can be narrowed below k.
 */
final class CellSuppressor implements DisclosureControl {

    private final int threshold;
    /** The units of work one suppression may do, or {@link Long#MAX_VALUE} for no bound. */
    private final long work;

    CellSuppressor(int threshold, long work) {
        assert threshold >= MINIMUM_THRESHOLD;
        if (work < 1) {
            throw new IllegalArgumentException("a work budget must be positive: " + work);
        }
        this.threshold = threshold;
        this.work = work;
    }

    @Override
    public DisclosureControl withinWork(long units) {
        return new CellSuppressor(threshold, units);
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public SuppressionResult suppress(List<Cell> table, PriorRelease prior, NaturalGroups groups) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(groups, "groups");
        if (Math.max(prior.withheld().length(), prior.published().length()) > table.size()) {
            throw new IllegalArgumentException("the earlier release names a cell outside the table");
        }
        if (table.isEmpty()) {
            return new SuppressionResult(threshold, 0, new BitSet(), new BitSet(), new BitSet(), Map.of());
        }
        CodedTable coded = CodedTable.of(table);
        TableLines lines = TableLines.of(coded, groups);
        BitSet primary = new BitSet();
        for (int i = 0; i < table.size(); i++) {
            long value = coded.value(i);
            if (value >= 1 && value < threshold) {
                primary.set(i);
            }
        }
        // A cell alone in its group along a line is known from the group's total, unless small (no one publishes
        // that): it is published, even where the replaced version withheld it, and protects nothing.
        BitSet known = lines.alone();
        known.stream()
                .filter(c -> coded.value(c) != 0 && coded.value(c) < threshold)
                .forEach(known::clear);
        // Withheld before: withheld again and protected like a small count.
        BitSet again = prior.withheld();
        again.andNot(primary);
        again.andNot(known);
        BitSet pinned = prior.published();
        pinned.or(known);
        pinned.andNot(primary);
        BitSet start = (BitSet) primary.clone();
        start.or(again);
        // Cells the totals fix are known whatever is withheld: the search treats them as published, so they protect
        // nothing and their lines are not linked through them, and reports them.
        BitSet fixed = FixedByTotals.among(lines, start, pinned);
        start.andNot(fixed);
        pinned.or(fixed);
        // Work in key order, not row order, so the result does not depend on how rows were listed.
        List<Integer> byKey = start.stream().boxed().sorted(coded::compareKeys).toList();
        WithheldCells withheld = new WithheldCells(
                lines,
                threshold,
                work == Long.MAX_VALUE
                        ? WorkMeter.unbounded()
                        : WorkMeter.ofPublishing(
                                work,
                                table.size(),
                                "protecting the small counts among",
                                "cells read from lines, vector entries eliminated, and linear programs' variables"
                                        + " times their rows"));
        withheld.pin(pinned);
        byKey.forEach(withheld::withhold);
        Deque<Integer> work = new ArrayDeque<>();
        for (int k = byKey.size() - 1; k >= 0; k--) {
            work.push(byKey.get(k));
        }
        if (!again.isEmpty()) {
            // A new version withholds again what the last one withheld: the last suppression protected most of those
            // cells as corners of cubes chosen for others, which the search below, from each cell's cheapest cube,
            // would miss and leave to the circuit basis over components spanning a large table (a new version of the
            // bench's 988,848-observation table, 458,816 cells withheld again: 12,441,922,186 units, 26,726,249
            // vector entries kept and 141 s before; 145,253,055 units, none kept, 4.9 s since).
            withheld.certifyCubesAmongWithheld(start);
        }
        HypercubeSearch cubes = new HypercubeSearch(lines, withheld);
        ComplementChooser chooser = new ComplementChooser(lines, withheld);
        BitSet secondary = (BitSet) again.clone();
        protect(work, withheld, cubes, chooser, secondary);
        ProtectionLevels levels = new ProtectionLevels(lines, withheld, threshold, again);
        BitSet narrow = enforce(levels, coded, withheld, cubes, chooser, secondary);
        BitSet unprotectable = withheld.unprotected();
        unprotectable.or(narrow);
        unprotectable.or(fixed);
        Map<Integer, Long> bounds = new TreeMap<>();
        narrow.stream().forEach(cell -> bounds.put(cell, IntervalSolver.floor(levels.shownBound(cell))));
        return new SuppressionResult(threshold, table.size(), primary, secondary, unprotectable, bounds);
    }

    /**
     * Withholds further cells, one at a time and each followed by the search above, until every withheld cell can be
     * worth k or more as far as the attacker knows; returns the cells that cannot get there. Cells are examined in key
     * order, so the result does not depend on row order.
     */
    private BitSet enforce(
            ProtectionLevels levels,
            CodedTable coded,
            WithheldCells withheld,
            HypercubeSearch cubes,
            ComplementChooser chooser,
            BitSet secondary) {
        BitSet narrow = new BitSet();
        BitSet queued = withheld.all();
        Deque<Integer> queue = new ArrayDeque<>(
                queued.stream().boxed().sorted(coded::compareKeys).toList());
        while (!queue.isEmpty()) {
            int cell = queue.peek();
            if (levels.reaches(cell)) {
                queue.pop();
                continue;
            }
            long room = threshold - coded.value(cell);
            HypercubeSearch.Cube cube = cubes.cheapest(cell, room);
            if (cube != null) {
                boolean added = withholdCube(cube, withheld, secondary);
                boolean certified = withheld.certify(cube);
                // A cube already withheld and certified that still leaves the cell short (its group would have to
                // hold no small count) needs a further cell instead, or this would loop.
                if (added || certified && levels.reaches(cell)) {
                    enqueueNew(withheld, queued, queue, coded);
                    continue;
                }
            }
            int complement = levels.complementFor(cell);
            if (complement < 0) {
                narrow.set(cell);
                queue.pop();
                continue;
            }
            withheld.withhold(complement);
            secondary.set(complement);
            protect(new ArrayDeque<>(List.of(complement)), withheld, cubes, chooser, secondary);
            enqueueNew(withheld, queued, queue, coded);
        }
        // Cells given up on early may have gained room from cells withheld later for others.
        narrow.stream().filter(levels::reaches).forEach(narrow::clear);
        return narrow;
    }

    /** Cells withheld just now are audited after those already waiting, in key order. */
    private static void enqueueNew(WithheldCells withheld, BitSet queued, Deque<Integer> queue, CodedTable coded) {
        BitSet added = withheld.all();
        added.andNot(queued);
        queued.or(added);
        added.stream().boxed().sorted(coded::compareKeys).forEach(queue::addLast);
    }

    /** Withholds the cube's cells not yet withheld; returns whether there were any. */
    private static boolean withholdCube(HypercubeSearch.Cube cube, WithheldCells withheld, BitSet secondary) {
        boolean added = false;
        for (int c : cube.cells()) {
            if (!withheld.isWithheld(c)) {
                withheld.withhold(c);
                secondary.set(c);
                added = true;
            }
        }
        return added;
    }

    /**
     * Takes the most recently withheld cell not yet protected and withholds the cheapest hypercube around it, which
     * protects every cell of the cube once certified, or, where the table has none, one complement from its lines;
     * until every withheld cell is protected or has no complement left. Adds the cells withheld here to
     * {@code secondary}.
     */
    private void protect(
            Deque<Integer> work,
            WithheldCells withheld,
            HypercubeSearch cubes,
            ComplementChooser chooser,
            BitSet secondary) {
        BitSet exhausted = new BitSet();
        while (!work.isEmpty()) {
            int target = work.peek();
            if (withheld.isProtected(target) || exhausted.get(target)) {
                work.pop();
                continue;
            }
            // A cube whose cells of opposite sign hold enough lets a small target reach k at once.
            long room = threshold - withheld.table().value(target);
            HypercubeSearch.Cube cube = room > 0 ? cubes.cheapest(target, room) : null;
            if (cube == null) {
                cube = cubes.cheapest(target);
            }
            if (cube != null) {
                boolean added = false;
                for (int cell : cube.cells()) {
                    if (!withheld.isWithheld(cell)) {
                        withheld.withhold(cell);
                        secondary.set(cell);
                        added = true;
                    }
                }
                if (withheld.certify(cube)) {
                    continue;
                }
                // Not expected, since a complete cube is a circuit: the circuit basis decides instead.
                for (int cell : cube.cells()) {
                    withheld.completeBasisFor(cell);
                    if (!withheld.isProtected(cell) && cell != target) {
                        work.push(cell);
                    }
                }
                if (added) {
                    continue;
                }
            }
            withheld.completeBasisFor(target);
            if (withheld.isProtected(target)) {
                continue;
            }
            int complement = chooser.choose(target);
            if (complement < 0) {
                exhausted.set(target);
                continue;
            }
            withheld.withhold(complement);
            secondary.set(complement);
            if (!withheld.isProtected(complement)) {
                // Depth first: hiding the newest cell usually closes the circuit around the target.
                work.push(complement);
            }
        }
    }
}
