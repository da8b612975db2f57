package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page shows a published text whole, or cut at white space, never cut inside a token (review 38, finding 2). */
class ShownTextTest {

    private final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    /** A source line as publishers write it: words, then a long archive reference with no space in it. */
    private static final String SOURCE = "Source: district registers, archive "
            + "https://records.example.org/archive/registers/2024/annual-collection-of-case-files-katihar/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "phone in a longer number  | Helpline:98765432101     | 9876543210",
                "phone in a reference      | /987654321012345         | 9876543210",
                "phone grouped, then more  | Helpline 98765 43210111  | 98765 43210",
                "phone with +91            | +91987654321012345       | +919876543210",
                "Aadhaar in a longer group | Ref 2341 2341 23461      | 2341 2341 2346",
            })
    @DisplayName("a cut right after the digits of a number the text does not hold shows no such number")
    void aCutInsideDigitsShowsNoNumber(String row, String tail, String shownByACutInside) {
        String text = SOURCE + tail;
        int max = text.indexOf(shownByACutInside) + shownByACutInside.length(); // where the old cuts fell
        assertEquals(List.of(), screen.checkText(text), "the text itself passes");

        String shown = ShownText.shorten(text, max);

        assertEquals(List.of(), screen.checkText(shown), shown);
        assertTrue(shown.length() <= max, shown);
        assertTrue(text.startsWith(shown.substring(0, shown.length() - 1)), shown);
    }

    @Test
    @DisplayName("a token that does not fit is dropped whole, the ellipsis in its place")
    void aLongTokenIsDroppedWhole() {
        assertEquals("Source: district registers, archive…", ShownText.shorten(SOURCE + " and more", 100));
        assertEquals("…", ShownText.shorten("https://records.example.org/archive/registers/2024/", 20));
    }

    @Test
    @DisplayName("a text that fits is shown whole, and a cut shows at most max characters, the ellipsis included")
    void lengths() {
        assertEquals("3 lakh workers migrated", ShownText.shorten("3 lakh workers migrated", 23));
        assertEquals("3 lakh workers…", ShownText.shorten("3 lakh workers migrated", 22));
        assertEquals("3 lakh…", ShownText.shorten("3 lakh  workers migrated", 14));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a college, not a person  | Students of Shri Ram College of Commerce volunteered. | Shri Ram",
                "centres, not women       | Katihar has 3 women centres and a helpline.          | 3 women",
            })
    @DisplayName("a cut at white space that leaves words reading as personal data is made earlier")
    void aCutThatChangesWhatWordsMeanIsMadeEarlier(String row, String text, String shownByTheCut) {
        int max = text.indexOf(shownByTheCut) + shownByTheCut.length() + ShownText.ELLIPSIS.length();
        assertEquals(List.of(), screen.checkText(text), "the text itself passes");

        String shown = ShownText.shorten(text, max);

        assertEquals(List.of(), screen.checkText(shown), shown);
        assertTrue(shown.endsWith(ShownText.ELLIPSIS) && shown.length() > 1, shown);
    }

    @Test
    @DisplayName("Hindi text is cut between words, never between a letter and its matra")
    void hindiIsCutBetweenWords() {
        String text = "कटिहार ज़िले में प्रवासी मज़दूरों की मज़दूरी की शिकायतें दर्ज की गईं।";
        for (int max = 1; max <= text.length(); max++) {
            String shown = ShownText.shorten(text, max);
            String head = shown.endsWith(ShownText.ELLIPSIS) ? shown.substring(0, shown.length() - 1) : shown;
            assertTrue(text.startsWith(head), shown);
            assertTrue(head.equals(text) || head.isEmpty() || text.charAt(head.length()) == ' ', shown);
            assertTrue(isGraphemeBoundary(text, head.length()), "max " + max + ": " + shown);
        }
        assertEquals("कटिहार ज़िले में…", ShownText.shorten(text, 18));
    }

    @Test
    @DisplayName("a cut never splits a surrogate pair")
    void surrogatePairsStayWhole() {
        String text = "😀😀😀😀 🙂🙂🙂🙂 👍🏽👍🏽";
        for (int max = 1; max < text.length(); max++) {
            String shown = ShownText.shorten(text, max);
            for (int i = 0; i < shown.length(); i++) {
                assertTrue(!Character.isHighSurrogate(shown.charAt(i)) || i + 1 < shown.length(), shown);
            }
            assertTrue(isGraphemeBoundary(text, shown.length() - 1), shown);
        }
    }

    private static boolean isGraphemeBoundary(String text, int at) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        return graphemes.isBoundary(at);
    }
}
