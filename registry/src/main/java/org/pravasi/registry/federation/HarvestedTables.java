package org.pravasi.registry.federation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.pravasi.registry.disclosure.Cell;
import org.pravasi.registry.disclosure.DerivableCells;
import org.pravasi.registry.disclosure.NaturalGroups;
import org.pravasi.registry.disclosure.ProtectionAudit;
import org.pravasi.registry.disclosure.ProtectionFinding;
import org.pravasi.registry.disclosure.PublishedCell;
import org.pravasi.registry.disclosure.TooCostly;

/**
 * The disclosure re-check of a harvested table, whatever the peer's own suppression did, by the same code that
 * suppresses at publishing: no withheld cell may be derivable from the published cells, the line totals and the totals
 * of the natural groups along them (a year, a financial year, a state; {@link DerivableCells}), and every withheld cell
 * must be able to hold k or more as far as the published cells and totals show ({@link ProtectionAudit}, the attacker's
 * view: withheld values are unknown here).
 */
final class HarvestedTables {
    /** Cells named in one refusal; the rest are counted. */
    static final int NAMED_CELLS = 3;

    private final ProtectionAudit audit;
    private final long derivableWork;
    private final int threshold;

    HarvestedTables(int threshold) {
        this(threshold, ProtectionAudit.create(), DerivableCells.WORK);
    }

    /** Checks within the given audit and within {@code derivableWork} units for {@link DerivableCells}. */
    HarvestedTables(int threshold, ProtectionAudit audit, long derivableWork) {
        this.threshold = threshold;
        this.audit = audit;
        this.derivableWork = derivableWork;
    }

    /**
     * Adds a problem naming the derivable or too narrowly protected withheld cells of {@code table}, if any, with only
     * whole lines' totals known.
     */
    void check(ObservedTable table, List<String> problems) {
        check(table, NaturalGroups.NONE, problems);
    }

    /**
     * As {@link #check(ObservedTable, List)}, with the totals of {@code groups} (a year of quarters, a state of
     * districts: {@link org.pravasi.registry.publish.OutsideGroups}) known along every line, as at publishing.
     */
    void check(ObservedTable table, NaturalGroups groups, List<String> problems) {
        BitSet withheld = table.withheld();
        if (withheld.isEmpty()) {
            return;
        }
        BitSet derivable;
        BitSet narrow;
        try {
            derivable = DerivableCells.of(table.cells(), withheld, derivableWork, groups);
            narrow = derivable.isEmpty() ? narrow(table) : new BitSet();
        } catch (TooCostly x) {
            problems.add(x.cells()
                    + " cells whose withheld ones lie in lines or linked groups too large to check ("
                    + x.getMessage() + "); this portal does not hold a table it cannot show to protect its withheld"
                    + " counts, so the peer must publish it as smaller tables, or withhold fewer cells in lines that"
                    + " share totals");
            return;
        }
        if (!derivable.isEmpty()) {
            problems.add(
                    derivable.cardinality() + " withheld cell(s) can be derived from the published cells and totals: "
                            + named(table, derivable)
                            + "; withholding a cell hides nothing while its line's total (or a year's, financial"
                            + " year's or state's total along it) minus its published cells gives it away, so the peer must"
                            + " withhold complements too (this registry's publishing does so)");
            return;
        }
        if (!narrow.isEmpty()) {
            problems.add(
                    narrow.cardinality() + " withheld cell(s) are shown by the published cells and totals to be below "
                            + threshold + ": " + named(table, narrow)
                            + "; a withheld cell must be able to hold " + threshold
                            + " or more as far as everything published shows"
                            + " (docs/disclosure.md, \"Protection intervals\"), so the peer must withhold more cells in those lines");
        }
    }

    /**
     * The withheld cells whose largest possible value, given everything published, is below the threshold. The audit's
     * view shares the cells' keys, and its findings (a few) are found back by key: no index of every key is built.
     */
    private BitSet narrow(ObservedTable table) {
        List<Cell> cells = table.cells();
        BitSet withheld = table.withheld(); // a copy: taken once, not once per cell
        List<PublishedCell> view = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            view.add(new PublishedCell(c.key(), withheld.get(i) ? OptionalLong.empty() : OptionalLong.of(c.value())));
        }
        Set<List<String>> found = new HashSet<>();
        for (ProtectionFinding f : audit.audit(view, threshold)) {
            found.add(f.key());
        }
        BitSet narrow = new BitSet();
        for (int i = 0; i < cells.size() && !found.isEmpty(); i++) {
            if (found.contains(cells.get(i).key())) {
                narrow.set(i);
            }
        }
        return narrow;
    }

    private static String named(ObservedTable table, BitSet cells) {
        StringBuilder named = new StringBuilder();
        cells.stream()
                .limit(NAMED_CELLS)
                .forEach(i -> named.append(named.isEmpty() ? "" : "; ").append(table.describe(i)));
        int more = cells.cardinality() - NAMED_CELLS;
        return named + (more > 0 ? " (and " + more + " more)" : "");
    }
}
