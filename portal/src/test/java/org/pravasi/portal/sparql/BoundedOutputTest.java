package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A query's answer in memory: within its byte budget, by its deadline")
class BoundedOutputTest {
    @Test
    @DisplayName("keeps an answer of exactly the budget")
    void keepsAnAnswerOfExactlyTheBudget() {
        BoundedOutput out = new BoundedOutput(10, System.nanoTime() + 60_000_000_000L);
        out.write(new byte[9], 0, 9);
        out.write('x');
        assertEquals(10, out.answer().length());
    }

    @Test
    @DisplayName("refuses the write that would pass the budget and keeps nothing of it")
    void refusesTheWritePastTheBudget() {
        BoundedOutput out = new BoundedOutput(10, System.nanoTime() + 60_000_000_000L);
        out.write(new byte[8], 0, 8);
        AnswerTooLargeException e =
                assertThrows(AnswerTooLargeException.class, () -> out.write(new byte[1000], 0, 1000));
        assertEquals(10, e.budget());
        assertEquals(8, out.answer().length(), "not a byte past the budget is held");
        assertThrows(AnswerTooLargeException.class, () -> out.write(new byte[3], 0, 3));
    }

    @Test
    @DisplayName("stops writing once the deadline has passed")
    void stopsAtTheDeadline() {
        BoundedOutput out = new BoundedOutput(1 << 20, System.nanoTime() - 1);
        assertThrows(QueryCancelledException.class, () -> out.write(new byte[64 * 1024], 0, 64 * 1024));
    }
}
