package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The search for a declared phrase finds exactly what the phrase's pattern finds with {@code Matcher.find}, without
 * running the pattern at every position: replayed on random texts from a seed, with case variants whose folding is
 * unusual, runs of spaces, tabs and line breaks, letters and digits next to the phrase, and phrases that overlap
 * themselves.
 */
class PhraseSearchTest {
    static final long SEED = 20261206L;
    static final String[] PIECES = {
        "3",
        "33",
        "women",
        "WOMEN",
        "Women",
        "wOmEn",
        "aged",
        "16-17",
        "ΣΟΦΙΑ",
        "σοφια",
        "σοφιας",
        "İstanbul",
        "istanbul",
        "ıstanbul",
        "straße",
        "STRASSE",
        "\u212Aerala",
        "kerala",
        "ǅemal",
        "ǆemal",
        "x",
        "(",
        ")",
        ".",
        ",",
        "-",
        "3women",
        "a3",
        "३"
    };
    static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", " \n\t ", "", "\u00A0"};

    @Test
    @DisplayName("case folding holds on this JDK as the search relies on, so the fast search is the one tested")
    void foldingHolds() {
        assertTrue(PhraseSearch.FOLDING_HOLDS);
    }

    @Test
    @DisplayName("on 3,000 random texts and phrases, the search finds exactly what Matcher.find finds")
    void findsWhatTheMatcherFinds() {
        Random random = new Random(SEED);
        for (int round = 0; round < 3_000; round++) {
            String text = join(random, 5 + random.nextInt(60));
            String[] words = random.nextInt(3) == 0
                    ? sample(random, text)
                    : join(random, 1 + random.nextInt(4)).strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            Pattern pattern = PhraseSearch.pattern(words);
            String[] folded = Arrays.stream(words).map(PhraseSearch::fold).toArray(String[]::new);

            List<int[]> found =
                    PhraseSearch.occurrences(text, PhraseSearch.fold(text), pattern, folded, WorkMeter.unbounded());

            List<int[]> expected = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                expected.add(new int[] {m.start(), m.end()});
            }
            String seen = "round " + round + ": " + Arrays.toString(words) + " in '" + text + "'";
            assertEquals(expected.size(), found.size(), seen);
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), found.get(i), seen);
            }
        }
    }

    @Test
    @DisplayName("a phrase that overlaps itself is found as Matcher.find finds it: left to right, none overlapping")
    void selfOverlappingPhrases() {
        String[] words = {"3", "3"};
        String text = "3 3 3 3 3";

        List<int[]> found =
                PhraseSearch.occurrences(text, text, PhraseSearch.pattern(words), words, WorkMeter.unbounded());

        assertEquals(2, found.size());
        assertArrayEquals(new int[] {0, 3}, found.get(0));
        assertArrayEquals(new int[] {4, 7}, found.get(1));
    }

    private static String join(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]).append(SPACES[random.nextInt(SPACES.length)]);
        }
        return sb.toString();
    }

    /** A few consecutive words of {@code text}, in another case now and then: phrases that do occur. */
    private static String[] sample(Random random, String text) {
        String[] all = text.strip().split("\\s+");
        int from = random.nextInt(all.length);
        String[] words = Arrays.copyOfRange(all, from, Math.min(all.length, from + 1 + random.nextInt(3)));
        if (random.nextBoolean()) {
            Arrays.setAll(words, i -> words[i].toUpperCase(java.util.Locale.ROOT));
        }
        return words;
    }
}
