package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The heap large harvested versions may take in memory, shared by the harvest threads. */
class HeldMemoryTest {
    @Test
    @DisplayName("shares take from one budget; one that does not fit takes nothing; closing gives back what it took")
    void sharesTakeFromOneBudget() {
        HeldMemory memory = new HeldMemory(100);
        try (HeldMemory.Share a = memory.open();
                HeldMemory.Share b = memory.open()) {
            assertTrue(a.grow(60));
            assertFalse(b.grow(50), "only 40 left");
            assertEquals(0, b.held());
            assertTrue(b.grow(40));
            assertEquals(0, memory.free());
            a.close();
            assertEquals(60, memory.free());
            assertThrows(IllegalStateException.class, () -> a.grow(1));
        }
        assertEquals(100, memory.free(), "every share closed: the whole budget is free again");
    }
}
