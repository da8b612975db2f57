package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every detector over a string, most specific first, ignoring anything inside a URL and
 * keeping at most one match for any stretch of text.
 */
final class PersonalDataScanner {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]]+|\\bwww\\.[^\\s<>\"'()\\[\\]]+");

    private PersonalDataScanner() {
    }

    /** The matches in {@code text}, ordered by position. */
    static List<PersonalDataMatch> scan(String text) {
        List<int[]> claimed = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            // A URL claims its span without being reported.
            claimed.add(new int[] {url.start(), url.end()});
        }
        List<PersonalDataMatch> found = new ArrayList<>();
        for (List<PersonalDataMatch> candidates : List.of(IdentifierDetector.find(text), PhoneDetector.find(text),
                NameDetector.find(text))) {
            for (PersonalDataMatch candidate : candidates) {
                if (claimed.stream().noneMatch(span -> candidate.overlaps(span[0], span[1]))) {
                    claimed.add(new int[] {candidate.start(), candidate.end()});
                    found.add(candidate);
                }
            }
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }
}
