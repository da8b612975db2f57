package org.pravasi.registry.disclosure;

/**
 * Thrown when checking a table would take more than the check's budget of work or of memory: its withheld cells are
 * arranged so that the check's cost grows faster than the table (long lines of withheld cells, or groups linked through
 * many lines), and a table that cannot be checked is not held. Also thrown when screening what a sender wrote would
 * take more than its budget: matching the public figures it declares against its texts ({@link PublicFigures}), or a
 * peer's texts themselves. Budgets count in machine-independent units, so a table passes or fails alike on every
 * machine.
 */
public final class TooCostly extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int cells;
    private final long limit;

    /**
     * @param check what would be done, such as "auditing"
     * @param cells the cells of the table
     * @param limit the budget the check would pass
     * @param of what the budget counts, such as "units of work (…)"
     */
    public TooCostly(String check, int cells, long limit, String of) {
        this(check + " the " + cells + " cells of this table would take more than " + limit + " " + of, cells, limit);
    }

    private TooCostly(String message, int cells, long limit) {
        super(message);
        this.cells = cells;
        this.limit = limit;
    }

    /**
     * A check of something other than a table past its budget, such as screening a peer's texts or matching the public
     * figures it declares.
     *
     * @param check what would be done, such as "matching the 1000 declared public figures against the texts"
     * @param limit the budget the check would pass
     * @param of what the budget counts
     */
    public static TooCostly of(String check, long limit, String of) {
        return new TooCostly(check + " would take more than " + limit + " " + of, 0, limit);
    }

    /** The cells of the table; 0 for a check of something else. */
    public int cells() {
        return cells;
    }

    /** The budget it would pass. */
    public long limit() {
        return limit;
    }
}
