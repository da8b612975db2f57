package org.pravasi.registry.disclosure;

import java.util.BitSet;
import java.util.Objects;

/**
 * What an earlier public release of the same table fixes for the next one (docs/disclosure.md, "Versions read
 * together"): anyone may have kept it, and most counts do not change between versions. A cell it withheld is withheld
 * again, or showing it would give the earlier release's withheld counts away; a cell it published with the same count
 * is known to everyone, so withholding it protects nothing.
 *
 * @param withheld cells, by index in the new table, whose key the earlier release withheld
 * @param published cells, by index in the new table, that the earlier release published with the same count
 */
public record PriorRelease(BitSet withheld, BitSet published) {

    /** No earlier release. */
    public static final PriorRelease NONE = new PriorRelease(new BitSet(), new BitSet());

    /** Copies the sets; a cell cannot be both. */
    public PriorRelease {
        withheld = (BitSet) Objects.requireNonNull(withheld, "withheld").clone();
        published = (BitSet) Objects.requireNonNull(published, "published").clone();
        if (withheld.intersects(published)) {
            throw new IllegalArgumentException("a cell cannot be both withheld and published by the earlier release");
        }
    }

    /** Cells whose key the earlier release withheld (a copy). */
    @Override
    public BitSet withheld() {
        return (BitSet) withheld.clone();
    }

    /** Cells the earlier release published with the same count (a copy). */
    @Override
    public BitSet published() {
        return (BitSet) published.clone();
    }
}
