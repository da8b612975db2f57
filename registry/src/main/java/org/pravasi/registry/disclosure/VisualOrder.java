package org.pravasi.registry.disclosure;

import com.ibm.icu.text.Bidi;

/**
 * A text in the order a browser shows it inside a left-to-right element: laid out by the Unicode Bidirectional
 * Algorithm (ICU's, as browsers use), each right-to-left run reversed and its brackets mirrored, with the offset in the
 * original of each character. In memory "رابطہ 43210 98765" (Urdu "contact" before two digit groups) is shown "98765
 * 43210 رابطہ", and "Call", U+202E, "0123456789", U+202C is shown "Call 9876543210": the screen reads this form too.
 *
 * <p>Only a text holding a right-to-left letter or Arabic digit, a right-to-left mark, or an embedding, override or
 * isolate control {@link #needed needs} it; any other is shown in the order written.
 */
final class VisualOrder implements OriginalSpans {
    private final String text;
    /** For each character of {@link #text}, the offset in the original of the character shown there. */
    private final int[] logical;

    private VisualOrder(String text, int[] logical) {
        this.text = text;
        this.logical = logical;
    }

    /**
     * Whether a page may show {@code raw} in another order than written: it holds a character of bidirectional type R,
     * AL or AN (Hebrew, Arabic and Urdu letters, the right-to-left and Arabic letter marks, Arabic digits) or a control
     * that opens a right-to-left embedding, override or isolate. Characters below U+0590 are none of these, so text in
     * Latin script is answered at the cost of one pass over its characters.
     */
    static boolean needed(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x0590 && rightToLeft(Character.isHighSurrogate(c) ? raw.codePointAt(i) : c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rightToLeft(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_ARABIC_NUMBER,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                    Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> true;
            default -> false;
        };
    }

    /** Whether {@code raw} holds a character that parts paragraphs or segments (a line break, a tab). */
    static boolean hasBreaks(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (isBreak(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        byte type = Character.getDirectionality(c);
        return type == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || type == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /**
     * {@code raw} as shown, each line break parting two paragraphs (as a {@code <pre>} element, or a story's
     * paragraphs, show it) or, when {@code oneParagraph}, every line break and tab read as a space (as a {@code <p>}
     * element and a search snippet show it). One character for one, so offsets hold.
     */
    static VisualOrder of(String raw, boolean oneParagraph) {
        String laidOut = raw;
        if (oneParagraph) {
            char[] chars = raw.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (isBreak(chars[i])) {
                    chars[i] = ' ';
                }
            }
            laidOut = new String(chars);
        }
        Bidi bidi = new Bidi();
        bidi.setPara(laidOut, Bidi.LTR, null);
        String shown = bidi.writeReordered(Bidi.DO_MIRRORING);
        int[] map = bidi.getVisualMap();
        assert shown.length() == raw.length() && map.length == raw.length();
        return new VisualOrder(shown, map);
    }

    /** The text as shown. */
    String text() {
        return text;
    }

    /** The first offset in the original of the characters shown from {@code from} to {@code to}. */
    @Override
    public int start(int from, int to) {
        if (to <= from) {
            return from < logical.length ? logical[from] : logical.length;
        }
        int start = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            start = Math.min(start, logical[i]);
        }
        return start;
    }

    /** The end in the original of the characters shown from {@code from} to {@code to}, past the last of them. */
    @Override
    public int end(int from, int to) {
        if (to <= from) {
            return start(from, to);
        }
        int end = 0;
        for (int i = from; i < to; i++) {
            end = Math.max(end, logical[i] + 1);
        }
        return end;
    }
}
