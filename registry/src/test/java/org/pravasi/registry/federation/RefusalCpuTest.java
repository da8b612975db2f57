package org.pravasi.registry.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CPU budget of a peer's refused datasets, on a clock moved by hand. */
class RefusalCpuTest {
    private static final Instant T0 = Instant.parse("2026-12-04T00:00:00Z");
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final Peer evil = new Peer("http://127.0.0.1:1/");
    private final Peer good = new Peer("http://127.0.0.1:2/");
    private final RefusalCpu budget = new RefusalCpu(Duration.ofSeconds(3), () -> 0);

    @Test
    @DisplayName("a peer starts with a minute's budget and is spent once its refused checks used it")
    void spentOnceUsed() {
        assertFalse(budget.spent(evil, T0));
        budget.charge(evil, 2 * SECOND, T0);
        assertFalse(budget.spent(evil, T0));
        budget.charge(evil, SECOND, T0);
        assertTrue(budget.spent(evil, T0));
        assertFalse(budget.spent(good, T0), "each peer has its own budget");
    }

    @Test
    @DisplayName("CPU time a helper thread spent for a harvest thread counts as that thread's own, and no other's")
    void helpersCpuCountsAsTheCallersOwn() throws InterruptedException {
        long before = budget.cpuNow();
        budget.borrowed(2 * SECOND);

        assertEquals(before + 2 * SECOND, budget.cpuNow());
        long[] elsewhere = new long[1];
        Thread other = Thread.ofPlatform().start(() -> elsewhere[0] = budget.cpuNow());
        other.join();
        assertEquals(0, elsewhere[0], "another harvest thread borrowed nothing");
    }

    @Test
    @DisplayName("a check costlier than the balance leaves a debt, paid back at the budget's rate")
    void debtIsPaidBack() {
        budget.charge(evil, 9 * SECOND, T0);

        Instant resumes = budget.resumes(evil, T0);
        assertTrue(
                resumes.isAfter(T0.plus(Duration.ofMinutes(2)))
                        && resumes.isBefore(T0.plus(Duration.ofMinutes(2)).plusMillis(1)),
                "a 6 s debt at 3 s per minute: two minutes, then positive; was " + resumes);
        assertTrue(budget.spent(evil, T0.plus(Duration.ofSeconds(119))));
        assertFalse(budget.spent(evil, T0.plus(Duration.ofMinutes(2)).plusSeconds(1)));
    }

    @Test
    @DisplayName("an idle peer saves no more than one minute's budget")
    void savingIsCapped() {
        budget.charge(evil, SECOND, T0);
        Instant later = T0.plus(Duration.ofDays(1));

        budget.charge(evil, 3 * SECOND, later);

        assertTrue(budget.spent(evil, later), "a day idle still allows only 3 s at once");
    }
}
