package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppression told what the replaced version of the table withheld and published (docs/disclosure.md). */
class PriorReleaseTest {
    private final DisclosureControl control = DisclosureControl.withDefaultThreshold();

    /** Districts a, b, c by years 1, 2; a1 is small. */
    private static List<Cell> table(long a1) {
        return List.of(
                new Cell(List.of("a", "1"), a1),
                new Cell(List.of("a", "2"), 20),
                new Cell(List.of("b", "1"), 30),
                new Cell(List.of("b", "2"), 40),
                new Cell(List.of("c", "1"), 50),
                new Cell(List.of("c", "2"), 60));
    }

    @Test
    void cellsTheEarlierReleaseWithheldAreWithheldAgainAndProtected() {
        // Nothing is small now, but b1 was withheld before: it is withheld again, and not alone on its lines.
        SuppressionResult r = control.suppress(table(12), new PriorRelease(TestTables.cells(2), new BitSet()));
        assertTrue(r.isSuppressed(2));
        assertEquals(0, r.primaryCount());
        assertTrue(r.secondaryCount() >= 4, "b1 needs a circuit: " + r.suppressed());
        assertTrue(r.unprotectable().isEmpty());
    }

    @Test
    void cellsTheEarlierReleasePublishedUnchangedAreNeverComplements() {
        BitSet plain = control.suppress(table(3)).suppressed();
        assertTrue(plain.get(1) && plain.get(2), "without it, a2 and b1 are the cheapest complements: " + plain);
        // a2 and b1 were published with these counts: the cube must go through c instead.
        SuppressionResult r = control.suppress(table(3), new PriorRelease(new BitSet(), TestTables.cells(1, 2, 3)));
        assertFalse(
                r.isSuppressed(1) || r.isSuppressed(2) || r.isSuppressed(3),
                r.suppressed().toString());
        assertTrue(r.unprotectable().get(0), "a1's lines hold only pinned cells and c1: " + r.suppressed());
    }

    @Test
    void aPriorReleaseOutsideTheTableIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> control.suppress(table(3), new PriorRelease(TestTables.cells(6), new BitSet())));
    }
}
