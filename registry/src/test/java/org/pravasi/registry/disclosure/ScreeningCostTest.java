package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What screening a text costs grows with the text and the declared figures, not with their product: counts of people
 * found in a text are looked up among the declarations by phrase, and each declaration is sought in the text once.
 */
class ScreeningCostTest {
    /**
     * A bound for a pathological input, far above what the screen takes now: before, such inputs took minutes or hours.
     */
    static final Duration GENEROUS = Duration.ofSeconds(20);

    final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    @Test
    @DisplayName("5,000 declared figures, each quoted once in a text, are matched within seconds")
    void thousandsOfDeclaredFiguresAreMatchedQuickly() {
        List<PublicFigure> declared = IntStream.range(0, 5_000)
                .mapToObj(i -> new PublicFigure("3 women aaa" + i, "https://news.example.org/a"))
                .toList();
        String text =
                IntStream.range(0, 5_000).mapToObj(i -> "3 women aaa" + i + ".").collect(Collectors.joining(" "));

        List<PersonalDataFinding> rest = assertTimeoutPreemptively(GENEROUS, () -> screen.checkText(text, declared));

        assertEquals(List.of(), rest);
    }

    @Test
    @DisplayName("a text holding 200,000 counts of people is screened within seconds, every count found")
    void aTextWithManyCountsIsScreenedQuickly() {
        String text = "3 women, ".repeat(200_000);

        List<PersonalDataFinding> found = assertTimeoutPreemptively(GENEROUS, () -> screen.checkText(text));

        assertEquals(200_000, found.size());
    }

    /**
     * Runs that a pattern read again from each of their characters took time growing with the square of their length
     * (review 39b: 20,000 Devanagari letters 7.3 s, 80,000 underscores 3.8 s). Each detector may read a text at most
     * {@link ReadBudget#READS_PER_CHARACTER} times per character; a text read more is refused as unreadable. So these
     * pass the screen with no finding only if each step reads them in linear time: no clock involved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"क", "_", "*", "कि ", "a ", "1 ", "-", "."})
    @DisplayName("long runs of one letter, emphasis or punctuation are read in linear time, with no finding")
    void longRunsAreReadInLinearTime(String unit) {
        String text = unit.repeat(40_000 / unit.length());

        assertEquals(List.of(), screen.checkText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.", "1,", "a. "})
    @DisplayName("a chain a pattern would recurse on past the thread's stack is refused as unreadable, not an error")
    void chainsTooDeepToMatchAreRefused(String unit) {
        String text = unit.repeat(20_000);

        List<PersonalDataFinding> found = screen.checkText(text);

        assertEquals(
                List.of(PersonalDataKind.UNREADABLE),
                found.stream().map(PersonalDataFinding::kind).distinct().toList(),
                () -> found.toString().substring(0, 300));
    }
}
