package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a compaction learns about the store's growth, and how the next one is timed by it: a store that grew by new data
 * is not copied again at twice its size, one that grew by garbage is, and none grows past ratio² whatever was learned.
 */
class LastCompactionTest {
    private static final long MIB = 1 << 20;
    private static final Compaction POLICY = new Compaction(2, 8 * MIB);

    @Test
    void aFirstCompactionLearnsNothingSinceItsGrowthIncludesTheFirstLoad() {
        LastCompaction first = LastCompaction.UNKNOWN.next(10 * MIB, 9 * MIB);
        assertEquals(new LastCompaction(9 * MIB, 1), first);
    }

    @Test
    void aLaterCompactionLearnsTheShareOfTheGrowthItReclaimed() {
        // 10 MiB left, grown to 30 MiB, compacted to 22 MiB: 8 of the 20 MiB grown were garbage.
        LastCompaction learned = new LastCompaction(10 * MIB, 1).next(30 * MIB, 22 * MIB);
        assertEquals(22 * MIB, learned.size());
        assertEquals(0.4, learned.garbageShare(), 1e-9);
    }

    @Test
    void aCompactionWithNoGrowthBeforeItKeepsTheShareLearned() {
        assertEquals(new LastCompaction(20 * MIB, 0.4), new LastCompaction(20 * MIB, 0.4).next(20 * MIB, 20 * MIB));
    }

    @Test
    void aStoreThatGrewByNewDataIsNotCopiedAgainAtTwiceItsSize() {
        LastCompaction mostlyLive = new LastCompaction(20 * MIB, 0.4);
        assertFalse(POLICY.due(41 * MIB, mostlyLive), "twice the last size, mostly new data");
        assertFalse(POLICY.due(79 * MIB, mostlyLive));
        assertTrue(POLICY.due(81 * MIB, mostlyLive), "past ratio² times the last size, whatever was learned");
    }

    @Test
    void aStoreThatGrewByGarbageIsCopiedAtTwiceItsLiveSize() {
        assertFalse(POLICY.due(40 * MIB, new LastCompaction(20 * MIB, 1)));
        assertTrue(POLICY.due(41 * MIB, new LastCompaction(20 * MIB, 1)));
        // Three quarters garbage: live at 60 MiB is 20 + 40/4 = 30 MiB, so due just past 60.
        assertFalse(POLICY.due(59 * MIB, new LastCompaction(20 * MIB, 0.75)));
        assertTrue(POLICY.due(61 * MIB, new LastCompaction(20 * MIB, 0.75)));
    }

    @Test
    void anUnknownStoreIsDueOnceAboveTheMinimum() {
        assertFalse(POLICY.due(7 * MIB, LastCompaction.UNKNOWN));
        assertTrue(POLICY.due(8 * MIB, LastCompaction.UNKNOWN));
        assertFalse(Compaction.NEVER.due(Long.MAX_VALUE, new LastCompaction(1, 1)));
    }

    @Test
    void theRecordIsReadBackAndAnOlderNodesSizeAloneCountsAllGrowthAsGarbage() {
        LastCompaction kept = new LastCompaction(22 * MIB, 0.4);
        assertEquals(kept, LastCompaction.parse(kept.format()));
        assertEquals(new LastCompaction(123456, 1), LastCompaction.parse("123456\n"));
        assertEquals(LastCompaction.UNKNOWN, LastCompaction.parse("not a size"));
        assertEquals(LastCompaction.UNKNOWN, LastCompaction.parse("1 0.5 7"));
        assertEquals(LastCompaction.UNKNOWN, LastCompaction.parse("1 1.5"));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LastCompaction(1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new LastCompaction(-1, 0.5));
    }
}
