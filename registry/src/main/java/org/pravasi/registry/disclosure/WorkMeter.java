package org.pravasi.registry.disclosure;

/**
 * The work one check of one table has done, and the vector entries it keeps, against its budgets: work a table's shape
 * controls is counted where it is done, so that a table built to make a check run for hours, or fill the heap, is
 * refused after a bounded amount of either.
 */
final class WorkMeter {
    /**
     * Vector entries one bounded check may keep at once (about 12 bytes each, plus each vector's arrays): a
     * 1,000,000-cell table suppressed by this registry keeps 1,109,381 in its circuit basis; two tables linked cell by
     * cell in a chain keep the square of its length (8,000 links: 64,023,999, about 1 GB).
     */
    static final long HELD = 4_000_000L;

    private final long budget;
    private final int cells;
    private final String check;
    private final String units;
    private long spent;
    private long held;

    /**
     * @param budget the units this check may spend; {@link Long#MAX_VALUE} for no budget, of work or of memory (this
     *     registry's own publishing)
     * @param cells the cells of the table, for the refusal
     * @param check what the check does, such as "auditing"
     * @param units what one unit is, for the refusal
     */
    WorkMeter(long budget, int cells, String check, String units) {
        if (budget < 1) {
            throw new IllegalArgumentException("a work budget must be positive: " + budget);
        }
        this.budget = budget;
        this.cells = cells;
        this.check = check;
        this.units = units;
    }

    /** A meter that never stops a check: for this registry's own publishing, which has its own limits. */
    static WorkMeter unbounded() {
        return new WorkMeter(Long.MAX_VALUE, 0, "", "");
    }

    /**
     * Counts {@code work} more units.
     *
     * @throws TooCostly once the budget is passed
     */
    void spend(long work) {
        spent += work;
        if (spent > budget) {
            throw new TooCostly(check, cells, budget, "units of work (" + units + ")");
        }
    }

    /**
     * Counts {@code entries} more vector entries kept until the check ends.
     *
     * @throws TooCostly once more than {@link #HELD} are kept, unless the check has no budget
     */
    void hold(long entries) {
        held += entries;
        if (held > HELD && budget != Long.MAX_VALUE) {
            throw new TooCostly(check, cells, HELD, "vector entries kept in memory at once");
        }
    }
}
