package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * The attacker's view of a published table, for tables whose withheld counts are unknown (such as tables harvested from
 * peers): bounds every withheld cell by linear programming over the lines that have a published total cell, counts at
 * least 0 and every published count and zero, and reports the cells whose upper bound is below k or that are determined
 * exactly. Totals known from outside are not assumed, since the auditor does not know them.
 */
public interface ProtectionAudit {

    /** The standard audit (ojAlgo linear programming). */
    static ProtectionAudit create() {
        return new AttackerViewAudit();
    }

    /**
     * The withheld cells of {@code table} that it does not protect at threshold {@code k}, in key order; empty when
     * every withheld cell could hold k or more and none is determined.
     *
     * @throws IllegalArgumentException if keys differ in length or two cells share a key
     */
    List<ProtectionFinding> audit(List<PublishedCell> table, int k);
}
