package org.pravasi.portal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.portal.pages.Messages;

@DisplayName("A bundle's sentence read back from a text, in linear time")
class SentenceTemplateTest {
    static final SentenceTemplate STORED_SMALL_SUM = SentenceTemplate.of(
            "finding.together.storedSmallSum",
            "The withheld counts of your dataset '{0}' at {1} add up to {2}, below the threshold of {3}, as anyone"
                    + " can work out from this table and {4}.");

    /** The regular expression the sentences were read with before: each gap a lazy group, matched whole. */
    static Optional<List<String>> byRegex(String sentence, String text) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(sentence);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(sentence.substring(at, m.start()))).append("(.+?)");
            at = m.end();
        }
        regex.append(Pattern.quote(sentence.substring(at)));
        Matcher whole = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text);
        if (!whole.matches()) {
            return Optional.empty();
        }
        List<String> gaps = new ArrayList<>();
        for (int g = 1; g <= whole.groupCount(); g++) {
            gaps.add(whole.group(g));
        }
        return Optional.of(gaps);
    }

    @Test
    @DisplayName("each gap takes at least one character and ends where the text after it first appears")
    void gapsEndAtTheEarliestText() {
        SentenceTemplate both = SentenceTemplate.of("both", "{0}; {1}");
        assertEquals(Optional.of(List.of("a", "b; c")), both.read("a; b; c"));
        assertEquals(Optional.of(List.of(";", "x")), both.read(";; x"), "the first gap takes a character first");
        assertEquals(Optional.empty(), both.read("; x"));
        assertEquals(Optional.empty(), both.read("a; "));
        SentenceTemplate quoted = SentenceTemplate.of("quoted", "'{0}' is not a district code.");
        assertEquals(
                Optional.of(List.of("a' is not a district code. 'b")),
                quoted.read("'a' is not a district code. 'b' is not a district code."));
        assertEquals(Optional.empty(), quoted.read("'' is not a district code."));
        assertEquals(Optional.empty(), quoted.read("'a' is not a district code"));
        assertEquals(
                Optional.of(List.of()),
                SentenceTemplate.of("plain", "Pick one.").read("Pick one."));
        assertEquals(
                Optional.of(List.of("\uD83D\uDE00", "x")),
                SentenceTemplate.of("pair", "{0}{1}").read("\uD83D\uDE00x"),
                "a gap takes a whole code point, as the regular expression's '.'");
    }

    @Test
    @DisplayName("reads every finding sentence of the bundle as the regular expression did (500 texts each, seed 28)")
    void readsAsTheRegularExpressionDid() {
        Random random = new Random(28);
        var sentences = Messages.bundle("messages", "en").entrySet().stream()
                .filter(e -> e.getKey().startsWith(FindingTexts.PREFIX))
                .toList();
        int matched = 0;
        for (var e : sentences) {
            SentenceTemplate t = SentenceTemplate.of(e.getKey(), e.getValue());
            List<String> pieces = new ArrayList<>(t.texts());
            pieces.addAll(List.of("a", "b", "; ", "'", " ", ".", "x y", "", "\uD83D\uDE00"));
            for (int i = 0; i < 500; i++) {
                String text = text(random, t, pieces);
                Optional<List<String>> read = t.read(text);
                assertEquals(byRegex(e.getValue(), text), read, e.getKey() + " on <" + text + ">");
                matched += read.isPresent() ? 1 : 0;
            }
        }
        assertTrue(matched > sentences.size() * 50, "texts that are the sentence: " + matched);
    }

    /** The sentence with random gaps, sometimes a piece left out, doubled or added: texts near the sentence. */
    static String text(Random random, SentenceTemplate t, List<String> pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.texts().size(); i++) {
            int roll = random.nextInt(10);
            if (roll > 0) {
                b.append(t.texts().get(i));
            }
            if (roll == 1) {
                b.append(t.texts().get(i));
            }
            if (i < t.order().size()) {
                for (int n = random.nextInt(4); n >= 0; n--) {
                    b.append(pieces.get(random.nextInt(pieces.size())));
                }
            }
        }
        return b.toString();
    }

    @Test
    @DisplayName("a text repeating the sentence's separators hundreds of times is read at once")
    void repeatedSeparatorsAreReadAtOnce() {
        String text = "The withheld counts of your dataset '" + "' at ".repeat(800) + " add up to ".repeat(360)
                + ", below the threshold of ".repeat(320) + "' is not a kind of value the workspace maps.";
        assertEquals(
                Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(10), () -> STORED_SMALL_SUM.read(text)));
    }
}
