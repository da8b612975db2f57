package org.pravasi.registry.disclosure;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Withholds every count from 1 to k-1, then adds complements until no withheld cell can be
 * derived from the published cells and the line totals.
 */
final class CellSuppressor implements DisclosureControl {

    private final int threshold;

    CellSuppressor(int threshold) {
        assert threshold >= MINIMUM_THRESHOLD;
        this.threshold = threshold;
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public SuppressionResult suppress(List<Cell> table) {
        Objects.requireNonNull(table, "table");
        if (table.isEmpty()) {
            return new SuppressionResult(threshold, 0, new BitSet(), new BitSet(), new BitSet());
        }
        CodedTable coded = CodedTable.of(table);
        TableLines lines = TableLines.of(coded);
        BitSet primary = new BitSet();
        for (int i = 0; i < table.size(); i++) {
            long value = coded.value(i);
            if (value >= 1 && value < threshold) {
                primary.set(i);
            }
        }
        // Work in key order, not row order, so the result does not depend on how rows were listed.
        List<Integer> byKey = primary.stream().boxed().sorted(coded::compareKeys).toList();
        WithheldCells withheld = new WithheldCells(lines);
        byKey.forEach(withheld::withhold);
        Deque<Integer> work = new ArrayDeque<>();
        for (int k = byKey.size() - 1; k >= 0; k--) {
            work.push(byKey.get(k));
        }
        BitSet secondary = protect(work, withheld, new HypercubeSearch(lines, withheld),
                new ComplementChooser(lines, withheld));
        return new SuppressionResult(threshold, table.size(), primary, secondary, withheld.unprotected());
    }

    /**
     * Takes the most recently withheld cell not yet protected and withholds the cheapest hypercube
     * around it, which protects every cell of the cube once certified, or, where the table has
     * none, one complement from its lines; until every withheld cell is protected or has no
     * complement left. Returns the cells withheld here.
     */
    private static BitSet protect(Deque<Integer> work, WithheldCells withheld, HypercubeSearch cubes,
            ComplementChooser chooser) {
        BitSet secondary = new BitSet();
        BitSet exhausted = new BitSet();
        while (!work.isEmpty()) {
            int target = work.peek();
            if (withheld.isProtected(target) || exhausted.get(target)) {
                work.pop();
                continue;
            }
            HypercubeSearch.Cube cube = cubes.cheapest(target);
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
        return secondary;
    }
}
