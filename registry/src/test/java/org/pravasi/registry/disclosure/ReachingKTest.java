package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.linear.Relationship;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The oracles' shortcut: one table proves many cells can hold k or more")
class ReachingKTest {

    /** x0 + x1 <= 12 and x2 <= 5, every cell's floor 0. */
    private static final ReachingK PROGRAM = new ReachingK(
            List.of(new double[] {1, 1, 0}, new double[] {0, 0, 1}),
            List.of(Relationship.LEQ, Relationship.LEQ),
            List.of(12.0 / 12, 5.0 / 12),
            12);

    @Test
    @DisplayName("cells that reach k only one at a time are each proved, in tables of their own")
    void cellsThatCannotReachKTogetherAreProvedInTurn() {
        Map<Integer, Double> proved =
                PROGRAM.provedAmong(List.of(new ReachingK.Target(100, 0, 0), new ReachingK.Target(101, 1, 0)), 10);

        assertEquals(List.of(100, 101), proved.keySet().stream().sorted().toList());
        proved.values().forEach(v -> assertTrue(v >= 10 - 1e-6, "a value of at least k: " + v));
    }

    @Test
    @DisplayName("a cell no table puts at k is left for the oracle to ask about alone")
    void aCellBelowKIsNotProved() {
        Map<Integer, Double> proved =
                PROGRAM.provedAmong(List.of(new ReachingK.Target(100, 0, 0), new ReachingK.Target(102, 2, 0)), 10);

        assertEquals(List.of(100), List.copyOf(proved.keySet()));
    }

    @Test
    @DisplayName("a cell's floor counts toward k: floor 6 and room 5 reach 10")
    void theFloorCountsTowardK() {
        Map<Integer, Double> proved = PROGRAM.provedAmong(List.of(new ReachingK.Target(102, 2, 6)), 10);

        assertTrue(proved.containsKey(102), "proved: " + proved);
        assertTrue(proved.get(102) >= 10 - 1e-6, "a value of at least k: " + proved);
    }
}
