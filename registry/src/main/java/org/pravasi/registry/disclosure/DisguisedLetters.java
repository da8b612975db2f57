package org.pravasi.registry.disclosure;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that mix Latin letters with Cyrillic or Greek ones, which look alike ("Ѕmt." with a Cyrillic Ѕ, "Мr.", a
 * PAN "АВСРК1234D"): every pattern of the screen reads Latin letters, and a page shows these words as the Latin ones.
 * No language writes a word in two of these scripts; the micro sign, which normalisation makes Greek ("50 µg"), is left
 * alone.
 */
final class DisguisedLetters {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]{2,}");
    private static final int MICRO = 0x03BC;

    private DisguisedLetters() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(WORD, text);
        while (m.find()) {
            boolean latin = false;
            boolean lookalike = false;
            for (int i = m.start(); i < m.end(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp) || cp == MICRO) {
                    continue;
                }
                UnicodeScript script = UnicodeScript.of(cp);
                latin |= script == UnicodeScript.LATIN;
                lookalike |= script == UnicodeScript.CYRILLIC || script == UnicodeScript.GREEK;
            }
            if (latin && lookalike) {
                found.add(new PersonalDataMatch(
                        PersonalDataKind.DISGUISED_LETTERS, m.start(), m.end(), Masking.identifier(m.group())));
            }
        }
        return found;
    }
}
