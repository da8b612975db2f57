package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.List;

/** The independent attacker model of {@link ExactDerivabilityChecker}, for tests of other packages. */
public final class DerivabilityProbe {
    private DerivabilityProbe() {}

    /** The withheld cells whose value follows from the published cells and the line equations. */
    public static BitSet derivable(List<Cell> table, BitSet withheld) {
        return ExactDerivabilityChecker.derivable(table, withheld);
    }

    /** As {@link #derivable(List, BitSet)}, with the totals of {@code groups} known along every line too. */
    public static BitSet derivable(List<Cell> table, BitSet withheld, NaturalGroups groups) {
        return ExactDerivabilityChecker.derivable(table, withheld, groups);
    }
}
