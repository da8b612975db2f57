package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Audits a table someone else suppressed: which of its withheld cells the published cells and line totals determine,
 * under the attacker model of this package. It decides with the same code as suppression (hypercubes certified in exact
 * arithmetic, then the circuit basis), so a table this registry published always passes.
 */
public final class DerivableCells {

    private DerivableCells() {}

    /**
     * The withheld cells of {@code table} (by index) whose value follows from the published cells and line totals; the
     * counts of withheld cells are ignored.
     *
     * @throws IllegalArgumentException if keys differ in length, two cells share a key, or a withheld index lies
     *     outside the table
     */
    public static BitSet of(List<Cell> table, BitSet withheld) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(withheld, "withheld");
        if (withheld.length() > table.size()) {
            throw new IllegalArgumentException("a withheld index lies outside the table");
        }
        if (withheld.isEmpty()) {
            return new BitSet();
        }
        TableLines lines = TableLines.of(CodedTable.of(table));
        WithheldCells cells = new WithheldCells(lines);
        withheld.stream().forEach(cells::withhold);
        // Certifying complete withheld cubes first spares the elimination for dense tables, as in suppression.
        HypercubeSearch cubes = new HypercubeSearch(lines, cells);
        for (int cell = withheld.nextSetBit(0); cell >= 0; cell = withheld.nextSetBit(cell + 1)) {
            if (!cells.isProtected(cell)) {
                HypercubeSearch.Cube cube = cubes.cheapest(cell);
                if (cube != null) {
                    cells.certify(cube);
                }
            }
        }
        return cells.unprotected();
    }
}
