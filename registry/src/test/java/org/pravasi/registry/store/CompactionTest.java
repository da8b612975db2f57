package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.ConfigReader;

/** When the store is due for a compaction, and the values an operator may set. */
class CompactionTest {
    private static final long MIB = 1 << 20;

    @Test
    void aStoreIsDueOncePastTheRatioOfItsLastCompactedSize() {
        Compaction c = new Compaction(2, 8 * MIB);
        assertFalse(c.due(100 * MIB, new LastCompaction(50 * MIB, 1)));
        assertTrue(c.due(101 * MIB, new LastCompaction(50 * MIB, 1)));
    }

    @Test
    void aStoreNeverCompactedIsDueOnceAboveTheMinimum() {
        Compaction c = new Compaction(2, 8 * MIB);
        assertFalse(c.due(7 * MIB, LastCompaction.UNKNOWN));
        assertTrue(c.due(8 * MIB, LastCompaction.UNKNOWN));
    }

    @Test
    void ratioZeroNeverCompacts() {
        assertFalse(Compaction.NEVER.due(Long.MAX_VALUE, new LastCompaction(1, 1)));
    }

    @Test
    void aRatioThatWouldCompactAfterEveryWriteIsRefusedNamingItsFlag() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> new ConfigReader(java.util.Map.of()).read(List.of("--compact-ratio", "1.01")));
        assertTrue(e.getMessage().contains("--compact-ratio") && e.getMessage().contains("1.1"), e.getMessage());
        assertThrows(
                ConfigException.class,
                () -> new ConfigReader(java.util.Map.of()).read(List.of("--compact-min-size", "-1")));
    }
}
