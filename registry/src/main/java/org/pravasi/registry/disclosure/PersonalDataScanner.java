package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pravasi.registry.disclosure.PersonalDataScreen.IriRole;

/**
 * Runs every detector over a string, most specific first, keeping at most one match for any stretch of text. The string
 * is first {@link PreparedText prepared}; matches are reported at offsets of the original. A URL in the text is
 * screened as any IRI is ({@link IriScreen}), and a match in it is reported over the whole URL.
 */
final class PersonalDataScanner {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.|(?:wa|t|m)\\.me/|chat\\.whatsapp\\.com/|wa\\.link/|signal\\.group/|discord\\.gg/"
                    + "|telegram\\.me/|(?:mailto|tel|sms|whatsapp|tg):)[^\\s<>\"'()\\[\\]]+");

    private PersonalDataScanner() {}

    /**
     * The matches in {@code raw}, ordered by position; counts of people are sought when {@code threshold > 1}. The text
     * is screened as written and again as a page shows it ({@link PreparedText#collapsed}): a descriptor's description
     * is shown in a paragraph and a search snippet flattens every line break, so "3", a blank line and "women" read "3
     * women". A text a page may show in another order ({@link VisualOrder#needed}) is screened in that order too, its
     * paragraphs apart and, if it has line breaks, as one paragraph: "رابطہ 43210 98765" is shown "98765 43210 رابطہ".
     * A match in any form is a match; where two overlap, the first found is kept.
     */
    static List<PersonalDataMatch> scan(String raw, int threshold) {
        try {
            return scan(raw, threshold, true);
        } catch (ReadBudget.Unreadable | StackOverflowError e) {
            return unreadable(raw);
        }
    }

    /**
     * A text the screen cannot read within its budget ({@link ReadBudget}), or whose pattern nests deeper than the
     * thread's stack (Java's regular expressions recurse once per repetition of a group: a chain "a.a.a…" of a few
     * thousand characters): one finding over the whole text, so that it is refused, never published unread.
     */
    private static List<PersonalDataMatch> unreadable(String raw) {
        return List.of(new PersonalDataMatch(
                PersonalDataKind.UNREADABLE,
                0,
                raw.length(),
                Masking.identifier(raw.substring(0, Math.min(raw.length(), 12)))));
    }

    /** As {@link #scan(String, int)}, URLs screened as IRIs only when {@code urls}: a part of one is read as words. */
    private static List<PersonalDataMatch> scan(String raw, int threshold, boolean urls) {
        PreparedText prepared = PreparedText.of(raw);
        ClaimedSpans claimed = new ClaimedSpans();
        List<PersonalDataMatch> found = new ArrayList<>();
        scan(prepared, OriginalSpans.AS_WRITTEN, threshold, urls, true, claimed, found);
        PreparedText shown = prepared.collapsed();
        if (shown != prepared) {
            scan(shown, OriginalSpans.AS_WRITTEN, threshold, urls, false, claimed, found);
        }
        if (VisualOrder.needed(raw)) {
            scanVisually(raw, threshold, urls, claimed, found);
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }

    /**
     * Adds the matches in {@code raw} as a page shows it, its paragraphs apart and, where line breaks part them, as one
     * paragraph with its white space collapsed (as a {@code <p>} and a search snippet show it).
     */
    private static void scanVisually(
            String raw, int threshold, boolean urls, ClaimedSpans claimed, List<PersonalDataMatch> found) {
        VisualOrder paragraphs = VisualOrder.of(raw, false);
        PreparedText prepared = PreparedText.of(paragraphs.text());
        scan(prepared, paragraphs, threshold, urls, false, claimed, found);
        VisualOrder line = VisualOrder.hasBreaks(raw) ? VisualOrder.of(raw, true) : paragraphs;
        PreparedText shown = (line == paragraphs ? prepared : PreparedText.of(line.text())).collapsed();
        if (shown != prepared) {
            scan(shown, line, threshold, urls, false, claimed, found);
        }
    }

    /**
     * Adds to {@code found} the matches in {@code prepared} that overlap none claimed, at offsets of the original:
     * {@code spans} tells where a stretch of the form {@code prepared} was made from stands in it.
     */
    private static void scan(
            PreparedText prepared,
            OriginalSpans spans,
            int threshold,
            boolean urls,
            boolean asWritten,
            ClaimedSpans claimed,
            List<PersonalDataMatch> found) {
        String text = prepared.text();
        Matcher url = ReadBudget.matcher(URL, text);
        while (urls && url.find()) {
            int from = prepared.originalOffset(url.start());
            int to = prepared.originalOffset(url.end());
            int start = spans.start(from, to);
            int end = spans.end(from, to);
            if (claimed.claimIfFree(start, end)) {
                for (PersonalDataMatch inner :
                        IriScreen.scan(url.group(), IriRole.ANY, threshold, ScreenedParts.none(), IriScreen.Kept.ALL)) {
                    found.add(new PersonalDataMatch(inner.kind(), start, end, inner.maskedExcerpt()));
                }
            }
        }
        List<List<PersonalDataMatch>> detectors = new ArrayList<>(List.of(
                DisguisedLetters.find(text),
                IdentifierDetector.find(text),
                PhoneDetector.find(text),
                NameDetector.find(text),
                RecordedNames.find(text)));
        if (urls) {
            // In text, not in an IRI's parts: a news article's URL holds ids as long as an account number.
            detectors.add(IdentifierDetector.findLongNumbers(text));
        }
        if (urls && asWritten) {
            // Its paragraphs as written: collapsed, a whole document would read as one.
            detectors.add(OnePersonDetails.find(text));
        }
        if (threshold > 1) {
            detectors.add(PeopleCountDetector.find(text, threshold));
        }
        for (List<PersonalDataMatch> candidates : detectors) {
            for (PersonalDataMatch candidate : candidates) {
                int from = prepared.originalOffset(candidate.start());
                int to = prepared.originalOffset(candidate.end());
                int start = spans.start(from, to);
                int end = spans.end(from, to);
                if (claimed.claimIfFree(start, end)) {
                    found.add(new PersonalDataMatch(candidate.kind(), start, end, candidate.maskedExcerpt()));
                }
            }
        }
    }

    /**
     * The matches in one part of a percent-decoded IRI (its host, a path segment, a query parameter, its fragment):
     * everything {@link #scan} finds but URLs in the {@code words} it reads as ({@code 3 women from barsoi}, {@code Mr
     * Ramesh Kumar}), an e-mail address or identifier as written ({@code sunita@jan-sahas.org}, whose words lose the
     * hyphen), and in a query {@code parameter} a name naming a personal field ({@code name=…}). Offsets are into
     * {@code words}, which has a character for each of {@code part}.
     */
    static List<PersonalDataMatch> scanIriPart(String part, String words, boolean parameter, int threshold) {
        try {
            return scanPart(part, words, parameter, threshold);
        } catch (ReadBudget.Unreadable | StackOverflowError e) {
            return unreadable(part);
        }
    }

    private static List<PersonalDataMatch> scanPart(String part, String words, boolean parameter, int threshold) {
        List<PersonalDataMatch> found = new ArrayList<>(scan(words, threshold, false));
        PreparedText prepared = PreparedText.of(part);
        for (PersonalDataMatch m : IdentifierDetector.find(prepared.text())) {
            int start = prepared.originalOffset(m.start());
            int end = prepared.originalOffset(m.end());
            if (found.stream().noneMatch(f -> f.overlaps(start, end))) {
                found.add(new PersonalDataMatch(m.kind(), start, end, m.maskedExcerpt()));
            }
        }
        int equals = part.indexOf('=');
        if (parameter && equals > 0) {
            String name = part.substring(0, equals);
            String value = part.substring(equals + 1).strip();
            if (!value.isEmpty() && found.stream().noneMatch(f -> f.overlaps(equals + 1, part.length()))) {
                PersonalFieldHeaders.personalField(name)
                        .ifPresent(field -> found.add(new PersonalDataMatch(
                                PersonalDataKind.PERSONAL_FIELD,
                                0,
                                part.length(),
                                name + "=" + Masking.words(Masking.identifier(value)))));
            }
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }
}
