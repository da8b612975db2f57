package org.pravasi.registry.disclosure;

import java.util.List;

/**
 * The attacker's view of a published table, for tables whose withheld counts are unknown (such as tables harvested from
 * peers): bounds every withheld cell by linear programming over the lines that have a published total cell, withheld
 * counts of at least 1 (zeros are published; 0 only where the published counts rule 1 out) and every published count
 * and zero, and reports the cells whose upper bound is below k or that are determined exactly. Totals known from
 * outside are not assumed, since the auditor does not know them.
 */
public interface ProtectionAudit {

    /**
     * The linear programs' work one audit may do, in variables × (rows + 1) summed over its programs, by default. A
     * 100,000-cell table suppressed by this registry (23,182 withheld) takes 46,364; the costliest of the random tables
     * of {@code ProtectionIntervalPropertyTest}, suppressed by this registry, 118,826,895 (735 cells, dense withheld
     * groups). A table whose withheld cells form one linked group takes about 8 × (its districts)³ in the shape of
     * {@code ProtectionAuditTest.oneLinkedGroup}: 400 districts about 30 s of one core, and twice as many eight times
     * the work; unbounded, a peer could make one small dataset take hours (bench/results/2026-12-05-held-versions.md).
     */
    long WORK = 500_000_000L;

    /** The standard audit (ojAlgo linear programming), within {@link #WORK}; over it, {@link TooCostly}. */
    static ProtectionAudit create() {
        return new AttackerViewAudit(WORK);
    }

    /** The standard audit within {@code work}. */
    static ProtectionAudit create(long work) {
        return new AttackerViewAudit(work);
    }

    /**
     * The withheld cells of {@code table} that it does not protect at threshold {@code k}, in key order; empty when
     * every withheld cell could hold k or more and none is determined.
     *
     * @throws IllegalArgumentException if keys differ in length or two cells share a key
     */
    List<ProtectionFinding> audit(List<PublishedCell> table, int k);
}
