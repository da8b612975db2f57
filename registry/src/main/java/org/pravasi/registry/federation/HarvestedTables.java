package org.pravasi.registry.federation;

import java.util.BitSet;
import java.util.List;
import org.pravasi.registry.disclosure.DerivableCells;

/**
 * The disclosure re-check of a harvested table, whatever the peer's own suppression did: no withheld cell may be
 * derivable from the published cells and the line totals, decided by the same code that suppresses at publishing
 * ({@link DerivableCells}). The one place to add further audits of harvested tables.
 */
final class HarvestedTables {
    /** Derivable cells named in one refusal; the rest are counted. */
    static final int NAMED_CELLS = 3;

    /** Adds a problem naming the derivable withheld cells of {@code table}, if any. */
    void check(ObservedTable table, List<String> problems) {
        if (table.withheld().isEmpty()) {
            return;
        }
        BitSet derivable = DerivableCells.of(table.cells(), table.withheld());
        if (derivable.isEmpty()) {
            return;
        }
        StringBuilder named = new StringBuilder();
        derivable.stream().limit(NAMED_CELLS).forEach(i -> named.append(named.isEmpty() ? "" : "; ").append(table.describe(i)));
        int more = derivable.cardinality() - NAMED_CELLS;
        problems.add(derivable.cardinality() + " withheld cell(s) can be derived from the published cells and totals: " + named
                + (more > 0 ? " (and " + more + " more)" : "")
                + "; withholding a cell hides nothing while its line's total minus its published cells gives it away, so the peer must"
                + " withhold complements too (this registry's publishing does so)");
    }
}
