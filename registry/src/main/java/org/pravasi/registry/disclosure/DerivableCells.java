package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Audits a table someone else suppressed: which of its withheld cells the published cells and line totals determine,
 * under the attacker model of this package. It decides with the same code as suppression (hypercubes certified in exact
 * arithmetic, then the circuit basis), so a table this registry published passes, within the work budget
 * ({@link #WORK}) that bounds what a peer's table can make the check do. Its cubes are those withheld whole
 * ({@link HypercubeSearch#amongWithheld}): the suppression protected many cells as corners of a cube chosen for
 * another, which the cheapest cube around each cell misses, and the circuit basis over components spanning a large
 * table costs more than the budget (a quarterly table of nine years with both kinds of year known, 988,848
 * observations: refused after 40 s when each cell's cheapest cube was looked for, passed in 3.5 s since;
 * docs/disclosure.md, limits).
 */
public final class DerivableCells {

    /**
     * The work one check may do by default, in cells read from lines and vector entries eliminated. A 1,000,000-cell
     * table suppressed by this registry (212,797 withheld) takes 701,844,037 units (about 12 s of one core), a
     * 100,000-cell one 17,311,590. Withheld cells along two long crossing lines take about 2 × (cells)²: 32,000 cells
     * reach this budget in about 30 s of one core; unbounded, a peer's table of a few megabytes would hold a harvest
     * thread for hours (bench/results/2026-12-05-check-budgets.md).
     */
    public static final long WORK = 2_000_000_000L;

    private DerivableCells() {}

    /**
     * The withheld cells of {@code table} (by index) whose value follows from the published cells and line totals; the
     * counts of withheld cells are ignored. No group total is taken as known: see {@link #of(List, BitSet, long,
     * NaturalGroups)}.
     *
     * @throws IllegalArgumentException if keys differ in length, two cells share a key, or a withheld index lies
     *     outside the table
     * @throws TooCostly if deciding would take more than {@link #WORK}
     */
    public static BitSet of(List<Cell> table, BitSet withheld) {
        return of(table, withheld, WORK);
    }

    /** As {@link #of(List, BitSet)}, within {@code work} units. */
    public static BitSet of(List<Cell> table, BitSet withheld, long work) {
        return of(table, withheld, work, NaturalGroups.NONE);
    }

    /**
     * As {@link #of(List, BitSet, long)}, with the totals of {@code groups} (a year of quarters, a state of districts)
     * known to the attacker along every line, as at publishing (docs/disclosure.md, "Groups whose totals are published
     * elsewhere").
     *
     * @throws IllegalArgumentException also if a partition of {@code groups} names a dimension the table lacks
     */
    public static BitSet of(List<Cell> table, BitSet withheld, long work, NaturalGroups groups) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(withheld, "withheld");
        if (withheld.length() > table.size()) {
            throw new IllegalArgumentException("a withheld index lies outside the table");
        }
        if (withheld.isEmpty()) {
            return new BitSet();
        }
        CodedTable coded = CodedTable.of(table);
        TableLines lines = TableLines.of(coded, groups);
        WithheldCells cells = new WithheldCells(
                lines,
                new WorkMeter(
                        work,
                        table.size(),
                        "finding the derivable cells among",
                        "cells read from lines and vector entries eliminated"));
        // Key order, as in suppression: the circuit basis is built in withholding order, and row order made three to
        // six times the elimination work on tables listed quarter by quarter.
        withheld.stream().boxed().sorted(coded::compareKeys).forEach(cells::withhold);
        // Certifying complete withheld cubes first spares the elimination for dense tables, as in suppression.
        cells.certifyCubesAmongWithheld(withheld);
        return cells.unprotected();
    }
}
