package org.pravasi.registry.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a page shows of a published text too long for its place: the text whole, or its start cut at white space, so
 * that only whole tokens are shown, followed by an ellipsis. The personal-data screen reads texts whole, and a cut
 * inside a token can make what it passed into what it refuses: "Helpline:98765432101" (eleven digits, a reference) cut
 * after ten digits shows a phone number, "2341 2341 23461" cut after twelve an Aadhaar number. A cut at white space can
 * do so too where the words after it made the difference ("Shri Ram College" is a college, "Shri Ram" a person; "3
 * women centres" are centres), so a cut is also checked with the screen: a start that holds a finding the text itself
 * does not is shortened further, token by token. A token longer than the room left is dropped whole, the ellipsis
 * standing in its place. Since a cut always falls before white space, it never splits a surrogate pair or a letter from
 * its combining marks (a Devanagari matra).
 */
public final class ShownText {
    /** What stands for the part of a text left out. */
    public static final String ELLIPSIS = "…";

    /**
     * Whole tokens read on each side of a cut to judge it: what changes the meaning of a match ("College" after "Shri
     * Ram", "centres" after "3 women", "dot com" after "name at gmail") is within a few words of it.
     */
    static final int CONTEXT_TOKENS = 12;

    /**
     * The most text read to judge one cut; past it (tokens thousands of characters long) only the ellipsis is shown.
     */
    static final int MAX_CONTEXT_CHARS = 8_000;

    /** Cuts tried before only the ellipsis is shown, so that a hostile text cannot make a page screen it many times. */
    static final int MAX_TRIES = 8;

    /** Every rule, counts of people of any size included, so a cut shows no count whatever the node's k. */
    private static final PersonalDataScreen SCREEN = PersonalDataScreen.withThreshold(Integer.MAX_VALUE);

    private ShownText() {}

    /**
     * {@code text} if it has at most {@code max} characters, else its longest start that ends before white space and in
     * none, followed by the {@linkplain #ELLIPSIS ellipsis}, at most {@code max} characters in all, that shows no
     * personal data {@code text} does not hold where it stands; only the ellipsis if there is none (one token longer
     * than {@code max}).
     */
    public static String shorten(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 (room for the ellipsis): " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int end = lastCut(text, max - ELLIPSIS.length());
        for (int tries = 0; end > 0 && tries < MAX_TRIES; tries++) {
            int fresh = firstFreshFinding(text, end);
            if (fresh < 0) {
                return text.substring(0, end) + ELLIPSIS;
            }
            end = lastCut(text, Math.min(fresh, end - 1));
        }
        return ELLIPSIS;
    }

    /**
     * Whether the part of {@code text} from {@code start} to {@code end}, with the {@linkplain #ELLIPSIS ellipsis}
     * where it cuts the text, shows no personal data {@code text} does not hold where it stands: for a passage a page
     * picks out of a text (a search hit's highlighted passage), judged as {@link #shorten} judges a start. False when a
     * cut falls inside a token, and when the context to read is longer than {@link #MAX_CONTEXT_CHARS} besides the
     * passage.
     */
    public static boolean showsOnlyWhatItHolds(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException(
                    "not a part of a text of " + text.length() + " characters: " + start + " to " + end);
        }
        boolean cutBefore = start > 0;
        boolean cutAfter = end < text.length();
        if ((cutBefore && !isSpace(text.charAt(start - 1)) && !isSpace(text.charAt(start)))
                || (cutAfter && end > 0 && !isSpace(text.charAt(end - 1)) && !isSpace(text.charAt(end)))) {
            return false;
        }
        int from = contextStart(text, start);
        int to = contextEnd(text, end);
        if ((to - from) - (end - start) > MAX_CONTEXT_CHARS) {
            return false;
        }
        String before = cutBefore ? ELLIPSIS + " " : "";
        String shown = before + text.substring(start, end) + (cutAfter ? " " + ELLIPSIS : "");
        List<PersonalDataFinding> found = SCREEN.checkText(shown);
        if (found.isEmpty()) {
            return true;
        }
        Set<Key> known = keys(SCREEN.checkText(text.substring(from, to)));
        for (PersonalDataFinding f : found) {
            int at = f.offset() - before.length() + start - from;
            if (!known.contains(new Key(f.kind(), at, f.maskedExcerpt()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the first finding starts that the start of {@code text} up to {@code end}, with the ellipsis, shows and
     * {@code text} does not hold there, or -1 if none. Both are read from {@link #CONTEXT_TOKENS} tokens before the
     * cut, the text to as many after it, so that the cost of a cut does not grow with the text.
     */
    private static int firstFreshFinding(String text, int end) {
        int from = contextStart(text, end);
        int to = contextEnd(text, end);
        if (to - from > MAX_CONTEXT_CHARS) {
            return 0;
        }
        List<PersonalDataFinding> shown = SCREEN.checkText(text.substring(from, end) + ELLIPSIS);
        if (shown.isEmpty()) {
            return -1;
        }
        Set<Key> known = keys(SCREEN.checkText(text.substring(from, to)));
        int fresh = -1;
        for (PersonalDataFinding f : shown) {
            if (!known.contains(Key.of(f)) && (fresh < 0 || from + f.offset() < fresh)) {
                fresh = from + f.offset();
            }
        }
        return fresh;
    }

    /** The largest end at most {@code at} of a start of {@code text} that white space follows and none ends, or 0. */
    private static int lastCut(String text, int at) {
        int i = Math.max(0, at);
        while (i > 0 && !isSpace(text.charAt(i))) {
            i--;
        }
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the context read to judge a cut at {@code at} starts: {@link #CONTEXT_TOKENS} tokens before it. */
    private static int contextStart(String text, int at) {
        int from = at;
        for (int t = 0; t < CONTEXT_TOKENS; t++) {
            from = tokenStart(text, from);
        }
        return from;
    }

    /** Where the context read to judge a cut at {@code at} ends: {@link #CONTEXT_TOKENS} tokens after it. */
    private static int contextEnd(String text, int at) {
        int to = at;
        for (int t = 0; t < CONTEXT_TOKENS; t++) {
            to = tokenEnd(text, to);
        }
        return to;
    }

    /** The start of the token before {@code at} (white space between skipped), or 0. */
    private static int tokenStart(String text, int at) {
        int i = at;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the token after {@code at} (white space between skipped), or the text's end. */
    private static int tokenEnd(String text, int at) {
        int i = at;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * White space as the screen's URL rule reads it ({@code \s}: space, tab, line breaks), so that no URL spans a cut;
     * never half of a surrogate pair nor a combining mark.
     */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static Set<Key> keys(List<PersonalDataFinding> findings) {
        Set<Key> keys = new HashSet<>();
        for (PersonalDataFinding f : findings) {
            keys.add(Key.of(f));
        }
        return keys;
    }

    /** A finding as a cut could repeat it: the same kind at the same place, with the same masked excerpt. */
    private record Key(PersonalDataKind kind, int offset, String excerpt) {
        static Key of(PersonalDataFinding f) {
            return new Key(f.kind(), f.offset(), f.maskedExcerpt());
        }
    }
}
