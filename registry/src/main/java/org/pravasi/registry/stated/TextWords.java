package org.pravasi.registry.stated;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as figures are read from it: normalised (compatibility forms, no nukta, no apostrophes, lower case, chandrabindu
 * read as anusvara, Devanagari digits as ASCII) with its length kept, so that offsets into the normalised text are
 * offsets into the original; and split into words, numbers and marks.
 */
final class TextWords {
    private TextWords() {}

    /** What a token is. */
    enum Kind {
        WORD,
        NUMBER,
        MARK
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its normalised text
     * @param start its first character in the text
     * @param end one past its last character
     */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    /** {@code text} normalised character by character, of the same length. */
    static String norm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0966' && c <= '\u096F') {
                out.append((char) ('0' + (c - '\u0966')));
            } else if (c == '\u0901') {
                out.append('\u0902');
            } else if (c == '\u093C') {
                out.append('\u200B');
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
                out.append('-');
            } else if (Character.isLetter(c) || Character.isDigit(c)) {
                String one = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                out.append(one.length() == 1 ? one.charAt(0) : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A word or phrase as word lists hold it: normalised, without what a nukta or an apostrophe left. */
    static String word(String word) {
        return norm(word).replace("\u200B", "");
    }

    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}\u200B]+|[0-9]+(?:,[0-9]{2,3})*(?![0-9])|\\S");

    /**
     * The tokens of {@code norm} from {@code from} to {@code to}: runs of letters and marks (what {@link #norm} left of
     * a nukta or an apostrophe joins its word), numbers (digits with grouping commas: "1,245", "1,00,000"), and every
     * other character but spaces as a mark of its own.
     */
    static List<Token> tokens(String norm, int from, int to) {
        List<Token> out = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(norm).region(from, to);
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            Kind kind = c >= '0' && c <= '9'
                    ? Kind.NUMBER
                    : t.length() == 1 && !Character.isLetter(c) ? Kind.MARK : Kind.WORD;
            String text = kind == Kind.NUMBER ? t.replace(",", "") : kind == Kind.WORD ? t.replace("\u200B", "") : t;
            if (kind == Kind.WORD && text.isEmpty()) {
                continue;
            }
            out.add(new Token(kind, text, m.start(), m.end()));
        }
        return out;
    }
}
