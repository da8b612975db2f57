package org.pravasi.registry.disclosure;

/**
 * Thrown when checking a table would take more than the check's budget of work or of memory: its withheld cells are
 * arranged so that the check's cost grows faster than the table (long lines of withheld cells, or groups linked through
 * many lines), and a table that cannot be checked is not held. Budgets count in machine-independent units, so a table
 * passes or fails alike on every machine.
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
        super(check + " the " + cells + " cells of this table would take more than " + limit + " " + of);
        this.cells = cells;
        this.limit = limit;
    }

    /** The cells of the table. */
    public int cells() {
        return cells;
    }

    /** The budget it would pass. */
    public long limit() {
        return limit;
    }
}
