package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What screening a text costs grows with the text, not with the square of what it holds. */
class ScreeningCostTest {
    /**
     * A bound for a pathological input, far above what the screen takes now: before, such inputs took minutes or hours.
     */
    static final Duration GENEROUS = Duration.ofSeconds(20);

    final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    @Test
    @DisplayName("a text holding 200,000 counts of people is screened within seconds, every count found")
    void aTextWithManyCountsIsScreenedQuickly() {
        String text = "3 women, ".repeat(200_000);

        List<PersonalDataFinding> found = assertTimeoutPreemptively(GENEROUS, () -> screen.checkText(text));

        assertEquals(200_000, found.size());
    }
}
