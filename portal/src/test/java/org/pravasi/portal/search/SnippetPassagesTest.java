package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A search hit's highlighted passages show only what the screen passed in the whole text (review 38, finding 2): a
 * passage that shows personal data the text does not hold where it stands is not shown, and the hit shows the start of
 * its text instead.
 */
@DisplayName("Search passages show nothing the whole text did not")
class SnippetPassagesTest {
    private final Snippets.Formatter formatter = new Snippets.Formatter();

    /** A passage of {@code content} from {@code start} to {@code end}, matching {@code word}. */
    private static Passage passage(String content, int start, int end, String word) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        int at = content.indexOf(word, start);
        p.addMatch(at, at + word.length(), new BytesRef(word), 1);
        return p;
    }

    @Test
    @DisplayName("a passage between spaces that changes nothing is shown, its match marked")
    void anOrdinaryPassageIsShown() {
        String content = "Legal aid for wage claims in Katihar. Our centres run groups led by women in three blocks.";
        int start = content.indexOf("Our");
        int end = content.indexOf("in three");

        String shown = formatter.format(new Passage[] {passage(content, start, end, "women")}, content);

        assertEquals("… Our centres run groups led by <mark>women</mark> …", shown);
    }

    @Test
    @DisplayName("a passage ending where the next word made a college of a name is not shown")
    void aPassageThatMakesANameIsNotShown() {
        String content = "Trainings for students of Shri Ram College of Commerce on the rights of migrant workers.";
        int end = content.indexOf("College");

        String shown = formatter.format(new Passage[] {passage(content, 0, end, "students")}, content);

        assertEquals("", shown, "the hit shows the start of its text instead");
    }

    @Test
    @DisplayName("a passage cut inside a token (ten digits of an eleven-digit reference) is not shown")
    void aPassageCutInsideATokenIsNotShown() {
        String content = "Claims filed under reference 98765432101 at the labour office in Katihar district.";
        int end = content.indexOf("98765432101") + 10;

        String shown = formatter.format(new Passage[] {passage(content, 0, end, "Claims")}, content);

        assertEquals("", shown);
    }

    @Test
    @DisplayName("text past the highlighter's length is cut at a space, never inside a token")
    void storedTextIsCutAtASpace() {
        String cut = Snippets.storedText(new String[] {"Call reference 98765432101 today"}, '\u2029', 25);

        assertEquals("Call reference", cut);
        assertTrue(cut.length() <= 25);
    }
}
