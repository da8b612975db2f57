package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of people below the threshold in free text: a number from 1 to k-1 (in digits, after
 * {@link PreparedText}, or as an English or Hindi number word) followed, within three describing words, by a word for
 * people ("3 women", "three migrant workers", "2 minor girls", "तीन मज़दूर", "3 of the women"). A story that says "3
 * women aged 16-17 from Barsoi block" names a group small enough to identify; the dataset withholds such counts, so the
 * text must not give them back.
 *
 * <p>Not a count: a number with a multiplier ("3 lakh workers"), a percentage or a decimal, a hyphenated number
 * ("16-year-old girls", "two-thirds"), a ratio ("1 in 3 women", "2 out of 5 workers"), a rate ("per 1,000 women"), or a
 * number after a word that makes it a label ("Section 3", "Class 10", "Phase 2"). Describing words between the number
 * and the people word stop at prepositions, conjunctions, units and other numbers, so "3 centres for women" and "12
 * districts" pass; a people word used as an adjective before a thing ("3 migrant resource centres") is no count, nor is
 * "one of the …". Hindi एक is also the indefinite article ("एक महिला ने बताया", a woman said), so it counts only when
 * written in digits.
 */
final class PeopleCountDetector {

    private static final Map<String, Integer> NUMBER_WORDS = PeopleCountWords.NUMBER_WORDS;
    private static final Set<String> PEOPLE = PeopleCountWords.PEOPLE;
    private static final Set<String> STOP = PeopleCountWords.STOP;
    private static final Set<String> UNITS = PeopleCountWords.UNITS;
    private static final Set<String> THINGS = PeopleCountWords.THINGS;
    private static final Set<String> LABEL_BEFORE = PeopleCountWords.LABEL_BEFORE;
    private static final String ENGLISH_TENS = PeopleCountWords.ENGLISH_TENS;
    private static final String WORD = "[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?";
    /**
     * A number, perhaps restated in parentheses ("three (3)", "3 (three)"), then up to three words before a candidate
     * people word, all separated by spaces.
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.,\\-–/:])"
            + "((?i:(?:" + ENGLISH_TENS + ")[ -](?:one|two|three|four|five|six|seven|eight|nine))|\\d+(?:,\\d+)*"
            + "|[\\p{L}\\p{M}]+)"
            + "(?:[ \\t]*\\((?:\\d+(?:,\\d+)*|[\\p{L}\\p{M}]+)\\))?"
            + "((?:[ \\t]+(?i:of)[ \\t]+(?i:the|these|those|our|their|its|all|all the))?)"
            + "((?:[ \\t]+" + WORD + "){1,4})(?![\\p{L}\\p{M}\\p{N}]|[-–][\\p{L}\\p{N}])");

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+(?:,\\d+)*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.:#=]+$");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(" + WORD + ")");

    private PeopleCountDetector() {}

    /** Counts of people from 1 to {@code threshold - 1} in {@code text} (prepared). */
    static List<PersonalDataMatch> find(String text, int threshold) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher m = ReadBudget.matcher(CANDIDATE, text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(1) + Math.max(1, m.group(1).length());
            int count = value(m.group(1));
            if (count < 1 || count >= threshold || isLabelOrRatio(text, m.start())) {
                continue;
            }
            String[] words = SPACES.split(m.group(3).strip());
            int first = -1;
            for (int i = 0; i < words.length && first < 0; i++) {
                String w = PeopleCountWords.norm(words[i]);
                if (STOP.contains(w) || NUMBER_WORDS.containsKey(w)) {
                    break;
                }
                first = isCounted(w) ? i : -1;
            }
            if (first < 0 || count == 1 && !m.group(2).isEmpty()) {
                continue;
            }
            if (count == 1
                    && !Character.isDigit(m.group(1).charAt(0))
                    && UNITS.contains(PeopleCountWords.norm(words[first]))) {
                continue; // "one case can record several violations": said of any case
            }
            int last = first;
            while (last + 1 < words.length && isCounted(PeopleCountWords.norm(words[last + 1]))) {
                last++;
            }
            int stop = m.end(2);
            for (int i = 0; i <= last; i++) {
                stop = text.indexOf(words[i], stop) + words[i].length();
            }
            Matcher next = ReadBudget.matcher(NEXT_WORD, text).region(stop, text.length());
            if (next.lookingAt() && THINGS.contains(PeopleCountWords.norm(next.group(1)))) {
                continue;
            }
            String phrase = text.substring(m.start(), stop);
            found.add(new PersonalDataMatch(PersonalDataKind.PEOPLE_COUNT, m.start(), stop, phrase));
            from = stop;
        }
        return found;
    }

    private static boolean isCounted(String word) {
        return PEOPLE.contains(word) || UNITS.contains(word);
    }

    /** The number's value, or 0 when it is not a number this rule knows. */
    private static int value(String number) {
        if (Character.isDigit(number.charAt(0))) {
            String digits = number.replace(",", "");
            return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        String w = PeopleCountWords.norm(number);
        int dash = w.indexOf(' ') >= 0 ? w.indexOf(' ') : w.indexOf('-');
        if (dash > 0) {
            return NUMBER_WORDS.getOrDefault(w.substring(0, dash), 0)
                    + NUMBER_WORDS.getOrDefault(w.substring(dash + 1), 0);
        }
        return NUMBER_WORDS.getOrDefault(w, 0);
    }

    private static boolean isLabelOrRatio(String text, int start) {
        String[] before =
                SPACES.split(text.substring(Math.max(0, start - 40), start).strip());
        if (before.length == 0 || before[before.length - 1].isEmpty()) {
            return false;
        }
        String last = PeopleCountWords.norm(
                TRAILING_MARKS.matcher(before[before.length - 1]).replaceAll(""));
        if (LABEL_BEFORE.contains(last) || before[before.length - 1].endsWith("=")) {
            return true;
        }
        boolean ratioWord = last.equals("in")
                || last.equals("of")
                        && before.length >= 2
                        && PeopleCountWords.norm(before[before.length - 2]).equals("out");
        int numberAt = last.equals("in") ? before.length - 2 : before.length - 3;
        return ratioWord && numberAt >= 0 && isNumber(before[numberAt]);
    }

    private static boolean isNumber(String word) {
        return DIGIT_GROUPS.matcher(word).matches() || NUMBER_WORDS.containsKey(PeopleCountWords.norm(word));
    }
}
