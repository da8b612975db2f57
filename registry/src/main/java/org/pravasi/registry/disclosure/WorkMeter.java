package org.pravasi.registry.disclosure;

/**
 * The work one check of one table has done, and the vector entries it keeps, against its budgets: work a table's shape
 * controls is counted where it is done, so that a table built to make a check run for hours, or fill the heap, is
 * refused after a bounded amount of either. The same for other work a sender controls, such as matching the public
 * figures it declares ({@link #of}).
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
    /** Whether the check is of a table's {@link #cells}, for the refusal. */
    private final boolean ofTable;
    /** Whether {@link #HELD} bounds the vector entries kept (a peer's table; not this registry's own publishing). */
    private final boolean capsMemory;

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
        this(budget, cells, check, units, true, budget != Long.MAX_VALUE);
    }

    private WorkMeter(long budget, int cells, String check, String units, boolean ofTable, boolean capsMemory) {
        if (budget < 1) {
            throw new IllegalArgumentException("a work budget must be positive: " + budget);
        }
        this.budget = budget;
        this.cells = cells;
        this.check = check;
        this.units = units;
        this.ofTable = ofTable;
        this.capsMemory = capsMemory;
    }

    /**
     * A meter for a check of something other than a table's cells.
     *
     * @param check what the check does, such as "matching the 1000 declared public figures against the texts"
     */
    static WorkMeter of(long budget, String check, String units) {
        return new WorkMeter(budget, 0, check, units, false, true);
    }

    /**
     * A meter for this registry's own publishing of a table of {@code cells} cells: its work is bounded, so that an
     * upload built to make the suppression run for hours is refused, but not the vector entries it keeps apart, which
     * that work budget bounds too (an entry kept is an entry eliminated).
     */
    static WorkMeter ofPublishing(long budget, int cells, String check, String units) {
        return new WorkMeter(budget, cells, check, units, true, false);
    }

    /** A meter that never stops a check. */
    static WorkMeter unbounded() {
        return new WorkMeter(Long.MAX_VALUE, 0, "", "");
    }

    /** The units counted so far. */
    long spent() {
        return spent;
    }

    /**
     * Counts {@code work} more units.
     *
     * @throws TooCostly once the budget is passed
     */
    void spend(long work) {
        spent += work;
        if (spent > budget) {
            String of = "units of work (" + units + ")";
            throw ofTable ? new TooCostly(check, cells, budget, of) : TooCostly.of(check, budget, of);
        }
    }

    /**
     * Counts {@code entries} more vector entries kept until the check ends.
     *
     * @throws TooCostly once more than {@link #HELD} are kept, where that bounds the check
     */
    void hold(long entries) {
        held += entries;
        if (held > HELD && capsMemory) {
            throw new TooCostly(check, cells, HELD, "vector entries kept in memory at once");
        }
    }
}
