package org.pravasi.registry.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a detector's pattern reads, counting every character it reads against a budget linear in the text's length.
 * A regular expression that backtracks (one a future change adds, or an input no test foresaw) would otherwise take
 * time growing with the square of a text in one call that nothing stops; past the budget the text is {@link Unreadable}
 * and the screen refuses it instead. Ordinary text reads each character a few dozen times at most.
 */
final class ReadBudget implements CharSequence {
    /** Reads allowed per character of the text, for one pattern's whole search. */
    static final long READS_PER_CHARACTER = 256;
    /** Reads allowed whatever the length, so that short texts are never refused. */
    static final long BASE_READS = 100_000;

    private final String text;
    private long left;

    private ReadBudget(String text) {
        this.text = text;
        this.left = BASE_READS + READS_PER_CHARACTER * text.length();
    }

    /** A matcher of {@code pattern} over {@code text} that throws {@link Unreadable} past the budget. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new ReadBudget(text));
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new Unreadable(text.length());
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * A text the screen cannot read within its budget: its patterns would read it far more often than ordinary text
     * (or, for Java's regular expressions, nest deeper than a thread's stack).
     */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(int length) {
            super(
                    "reading a text of " + length + " characters would take more than "
                            + (BASE_READS + READS_PER_CHARACTER * length) + " reads",
                    null,
                    false,
                    false);
        }
    }
}
