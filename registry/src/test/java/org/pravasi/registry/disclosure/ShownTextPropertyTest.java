package org.pravasi.registry.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every text the screen's own tests use, those texts glued to more digits or words, and random mixes of digits,
 * letters, separators and the words the screen reads, every cut {@link ShownText#shorten} makes shows no personal data
 * the whole text does not hold (by kind, counted).
 */
class ShownTextPropertyTest {

    private static final long SEED = 38;
    private static final int RANDOM_TEXTS = 300;

    private static final String[] PIECES = {
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "98765",
        "43210",
        "2341",
        "9876543210",
        "+91",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\u00A0",
        "-",
        "/",
        ":",
        ".",
        "(",
        ")",
        "a",
        "x",
        "Ref",
        "women",
        "workers",
        "centres",
        "Shri",
        "Ram",
        "College",
        "Smt",
        "Sunita",
        "Mr.",
        "named",
        "at",
        "gmail",
        "dot",
        "com",
        "@",
        "three",
        "तीन",
        "मज़दूर",
        "श्री",
        "https://example.org/"
    };

    private final PersonalDataScreen screen = PersonalDataScreen.withThreshold(10);

    @Test
    @DisplayName("no cut of any text, at any length, shows personal data the text does not hold")
    void noCutShowsWhatTheTextDoesNotHold() {
        List<String> texts = new ArrayList<>();
        for (String s : screenTestTexts()) {
            texts.add(s);
            texts.add("Ref:" + s + "1");
            texts.add("Helpline " + s + "12 centres");
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = 2 + random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(b.toString());
        }
        int cuts = 0;
        for (String text : texts) {
            Map<PersonalDataKind, Integer> whole = kinds(text);
            for (int max = 1; max < text.length(); max++) {
                String shown = ShownText.shorten(text, max);
                cuts++;
                kinds(shown).forEach((kind, n) -> {
                    if (n > whole.getOrDefault(kind, 0)) {
                        fail("'" + text + "' shown as '" + shown + "' shows " + kind + " it does not hold");
                    }
                });
            }
        }
        assertTrue(cuts > 20_000, "cuts tried: " + cuts);
    }

    private Map<PersonalDataKind, Integer> kinds(String text) {
        Map<PersonalDataKind, Integer> counts = new HashMap<>();
        for (PersonalDataFinding f : screen.checkText(text)) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** Every text of the screen's parameterised tests, read from their annotations so that new ones are tried too. */
    private static List<String> screenTestTexts() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : List.of(
                PersonalDataScreenTest.class,
                OrdinaryTextIsNotFlaggedTest.class,
                CountsOfPeopleTest.class,
                HiddenPersonalDataTest.class)) {
            for (Method m : c.getDeclaredMethods()) {
                ValueSource v = m.getAnnotation(ValueSource.class);
                if (v != null) {
                    out.addAll(Arrays.asList(v.strings()));
                }
            }
        }
        assertTrue(out.size() > 100, "screen test texts: " + out.size());
        return out;
    }
}
