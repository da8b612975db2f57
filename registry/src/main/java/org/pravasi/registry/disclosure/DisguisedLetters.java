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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /**
     * The Cyrillic, Greek, Cherokee and Lisu letters that look like Latin ones: a word of them alone, in a text that
     * holds Latin letters, reads as Latin to a reader ("ЅМТ.", "АВСРК1234Е", "W/о").
     */
    private static final String LOOK_ALIKES = "АВЕЅІЈКМНОРСТХУаеіјорсухѕԁԛԜԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοκνρτυχ";

    private static final int MICRO = 0x03BC;

    private DisguisedLetters() {}

    static List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        boolean latinText = text.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        Matcher m = ReadBudget.matcher(WORD, text);
        while (m.find()) {
            boolean latin = false;
            boolean lookalike = false;
            boolean onlyLookAlikes = true;
            int letters = 0;
            for (int i = m.start(); i < m.end(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp) || cp == MICRO) {
                    continue;
                }
                UnicodeScript script = UnicodeScript.of(cp);
                latin |= script == UnicodeScript.LATIN;
                boolean other = script == UnicodeScript.CYRILLIC
                        || script == UnicodeScript.GREEK
                        || script == UnicodeScript.CHEROKEE
                        || script == UnicodeScript.LISU;
                lookalike |= other;
                onlyLookAlikes &= other
                        && (LOOK_ALIKES.indexOf(cp) >= 0
                                || script == UnicodeScript.CHEROKEE
                                || script == UnicodeScript.LISU);
                letters++;
            }
            // A lone Greek letter ("α", "χ²") is notation; one after a slash is a relation's ("W/о").
            boolean word = letters > 1 || letters == 1 && m.start() > 0 && text.charAt(m.start() - 1) == '/';
            if (latin && lookalike || word && onlyLookAlikes && latinText) {
                found.add(new PersonalDataMatch(
                        PersonalDataKind.DISGUISED_LETTERS, m.start(), m.end(), Masking.identifier(m.group())));
            }
        }
        return found;
    }
}
