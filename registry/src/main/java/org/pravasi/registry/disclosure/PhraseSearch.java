package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a declared phrase occurs in a prepared text exactly as {@code Matcher.find} with its pattern would (in
 * order, none overlapping the one before), without running the pattern at every position of the text, which costs about
 * a hundred times as much as {@link String#indexOf}. The pattern compares each character of a word after {@link #fold},
 * so a word can only match where the folded text holds the folded word: the phrase's rarest word is sought there, each
 * find is walked back to where the phrase would start and forward over its words and spaces, and only the starts where
 * everything lines up are given to the pattern. Phrases or a JDK for which that reasoning does not hold
 * ({@link #FOLDING_HOLDS}) are sought with the pattern alone.
 */
final class PhraseSearch {
    /**
     * Whether folding is idempotent on the Basic Multilingual Plane and keeps both planes apart, as the search relies
     * on: then a character the pattern matches to a word's character folds to that character's fold.
     */
    static final boolean FOLDING_HOLDS = foldingHolds();

    private PhraseSearch() {}

    /** The phrase's words in order, any spacing between them, no letter or digit on either side. */
    static Pattern pattern(String[] words) {
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            p.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(
                p.append("(?![\\p{L}\\p{M}\\p{N}])").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** How a case-insensitive pattern compares a character: its upper case in lower case. */
    static char fold(char c) {
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** {@code s} folded character by character: offsets hold. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Whether words can be sought folded: none is empty or has a supplementary character. */
    static boolean foldable(String[] words) {
        return FOLDING_HOLDS
                && Arrays.stream(words)
                        .allMatch(w -> !w.isEmpty() && w.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }

    /**
     * The occurrences of {@code pattern} (made by {@link #pattern} from {@code words}) in {@code text}, as start and
     * end offsets; {@code folded} is {@code text} {@link #fold folded}, and {@code foldedWords} the words folded, or
     * null when they are not {@link #foldable}. Characters read are counted to {@code work}.
     */
    static List<int[]> occurrences(String text, String folded, Pattern pattern, String[] foldedWords, WorkMeter work) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (foldedWords == null) {
            work.spend(text.length());
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            return found;
        }
        int anchor = rarest(folded, foldedWords, work);
        if (anchor < 0) {
            return found;
        }
        int[] starts = new int[16];
        int n = 0;
        String word = foldedWords[anchor];
        for (int at = next(folded, word, 0, work); at >= 0; at = next(folded, word, at + 1, work)) {
            int start = startBefore(text, at, foldedWords, anchor, work);
            if (start >= 0 && linedUp(text, folded, start, foldedWords, work)) {
                starts = n == starts.length ? Arrays.copyOf(starts, 2 * n) : starts;
                starts[n++] = start;
            }
        }
        Arrays.sort(starts, 0, n);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int cursor = 0;
        for (int i = 0; i < n; i++) {
            if (starts[i] >= cursor) {
                m.region(starts[i], text.length());
                if (m.lookingAt()) {
                    work.spend(m.end() - m.start());
                    found.add(new int[] {m.start(), m.end()});
                    cursor = m.end();
                }
            }
        }
        return found;
    }

    /**
     * The index of the word found least often in {@code folded}, or -1 when one is not found at all: longest first,
     * each counted only as far as the least count so far.
     */
    private static int rarest(String folded, String[] words, WorkMeter work) {
        Integer[] order = new Integer[words.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> words[b].length() - words[a].length());
        int best = -1;
        long least = Long.MAX_VALUE;
        for (int i : order) {
            long count = 0;
            for (int at = next(folded, words[i], 0, work);
                    at >= 0 && count < least;
                    at = next(folded, words[i], at + 1, work)) {
                count++;
            }
            if (count == 0) {
                return -1;
            }
            if (count < least) {
                least = count;
                best = i;
            }
        }
        return best;
    }

    /** The next place from {@code from} where {@code folded} holds {@code word}, or -1; the characters passed count. */
    private static int next(String folded, String word, int from, WorkMeter work) {
        int at = folded.indexOf(word, from);
        work.spend((at < 0 ? folded.length() : at + word.length()) - from);
        return at;
    }

    /**
     * Where the phrase starts if word {@code anchor} matched at {@code at}: before it, a run of spaces and the word
     * before, and so on back to the first; -1 when there is no room.
     */
    private static int startBefore(String text, int at, String[] words, int anchor, WorkMeter work) {
        int pos = at;
        for (int j = anchor - 1; j >= 0; j--) {
            int run = pos;
            while (run > 0 && isSpace(text.charAt(run - 1))) {
                run--;
            }
            work.spend(pos - run + 1);
            if (run == pos || run < words[j].length()) {
                return -1;
            }
            pos = run - words[j].length();
        }
        return pos;
    }

    /** Whether the words, folded, follow one another from {@code start}, each after a run of spaces. */
    private static boolean linedUp(String text, String folded, int start, String[] words, WorkMeter work) {
        int pos = start;
        try {
            for (int j = 0; j < words.length; j++) {
                if (j > 0) {
                    int run = pos;
                    while (pos < text.length() && isSpace(text.charAt(pos))) {
                        pos++;
                    }
                    if (pos == run) {
                        return false;
                    }
                }
                if (!folded.startsWith(words[j], pos)) {
                    return false;
                }
                pos += words[j].length();
            }
            return true;
        } finally {
            work.spend(pos - start + 1);
        }
    }

    /** A space as the pattern's {@code \s} reads one. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean foldingHolds() {
        for (int c = 0; c <= 0xFFFF; c++) {
            int f = Character.toLowerCase(Character.toUpperCase(c));
            if (f > 0xFFFF || Character.toLowerCase(Character.toUpperCase(f)) != f) {
                return false;
            }
        }
        for (int c = 0x10000; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.toLowerCase(Character.toUpperCase(c)) <= 0xFFFF) {
                return false;
            }
        }
        return true;
    }
}
