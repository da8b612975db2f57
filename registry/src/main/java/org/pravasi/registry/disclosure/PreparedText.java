package org.pravasi.registry.disclosure;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the detectors see it, with the offset in the original of each character: compatibility-normalised (NFKC:
 * full-width digits and letters become ASCII), every script's decimal digits written as ASCII digits (९८७ and ৯৮৭
 * become 987), invisible format characters removed (zero-width space, joiner and non-joiner, word joiner, soft hyphen,
 * byte order mark, bidi controls; every default-ignorable code point: the combining grapheme joiner, variation
 * selectors), every dash a hyphen-minus, every character that shows as a gap a plain space (every Unicode White_Space
 * character but tab and line breaks: no-break, narrow and figure spaces, U+2028, U+2029; and blank fillers: Braille
 * blank, Hangul fillers), and a line break inside a paragraph a space; HTML character references ({@code &#57;},
 * {@code &commat;}) are read as the characters Markdown renders, and Markdown emphasis next to a digit is dropped.
 * Without this, "98765\u200B43210" or "९८७६५४३२१०" would pass a screen that looks for ASCII digits. {@link #collapsed}
 * is the same text as a page shows it, every run of white space one space. All of this is in the order written; the
 * order a page shows is {@link VisualOrder}'s, prepared here in turn.
 */
final class PreparedText {
    /** How many times an IRI is percent-decoded at most: enough for any double encoding seen in practice. */
    static final int DECODINGS = 3;

    private static final String EMPHASIS = "*_~`";
    /** Characters that are no White_Space but render as an empty cell of some width. */
    private static final String BLANK_FILLERS = "\u2800\u115F\u1160\u3164\uFFA0" + Character.toString(0x1D159);

    private static final java.util.Map<String, Integer> NAMED_REFERENCES = java.util.Map.of(
            "nbsp", 0xA0, "commat", (int) '@', "period", (int) '.', "amp", (int) '&', "shy", 0xAD, "zwnj", 0x200C,
            "zwj", 0x200D, "hyphen", (int) '-', "plus", (int) '+', "lpar", (int) '(');
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile(
            "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|commat|period|amp|shy|zwnj|zwj|hyphen|plus|lpar));");

    private final String text;
    private final int[] origin;

    private PreparedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** Prepares {@code raw}. */
    static PreparedText of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] origin = new int[raw.length() + 1];
        int n = 0;
        int emphasisEnd = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            Matcher reference =
                    cp == '&' ? CHARACTER_REFERENCE.matcher(raw).region(i, Math.min(raw.length(), i + 12)) : null;
            String mapped;
            if (reference != null && reference.lookingAt()) {
                mapped = map(referenced(reference));
                next = reference.end();
            } else if (EMPHASIS.indexOf(cp) >= 0
                    && nextToDigit(raw, emphasisEnd = runEnd(raw, next, emphasisEnd), out)) {
                mapped = "";
            } else if (isMark(cp) && !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1))) {
                // A mark on a digit shows the digit still: a keycap "9\u20E3", an underline "9\u0332".
                mapped = "";
            } else {
                mapped = map(cp);
            }
            for (int j = 0; j < mapped.length(); j++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
            }
            out.append(mapped);
            i = next;
        }
        if (n == origin.length) {
            origin = Arrays.copyOf(origin, origin.length + 1);
        }
        origin[n] = raw.length();
        joinLines(out);
        return new PreparedText(out.toString(), origin);
    }

    /**
     * A line break inside a paragraph becomes a space, as every page shows it ("3" at the end of one line and "women"
     * at the start of the next read "3 women"); a blank line still parts two paragraphs. One character for one, so
     * offsets hold.
     */
    private static void joinLines(StringBuilder out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\r') {
                out.setCharAt(i, ' ');
            } else if (c == '\n' && !lineBreakAt(out, i, -1) && !lineBreakAt(out, i, 1)) {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** Whether the first character from {@code i} in direction {@code step} that is not a space or tab is a newline. */
    private static boolean lineBreakAt(StringBuilder out, int i, int step) {
        for (int j = i + step; j >= 0 && j < out.length(); j += step) {
            char c = out.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the run of emphasis characters going on at {@code next} ends: {@code knownEnd} when the run was measured
     * before (it lies beyond {@code next}), so that a run of n characters is read once, not n times.
     */
    private static int runEnd(String raw, int next, int knownEnd) {
        int i = Math.max(next, knownEnd);
        while (i < raw.length() && EMPHASIS.indexOf(raw.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /**
     * Markdown emphasis next to a digit is dropped: "98765**43210**" and "**3** women" render as plain figures;
     * {@code end} is where the emphasis run ends.
     */
    private static boolean nextToDigit(String raw, int end, StringBuilder out) {
        boolean before = !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1));
        return before || end < raw.length() && Character.isDigit(raw.codePointAt(end));
    }

    /**
     * The code point of an HTML character reference, which Markdown renders: {@code &#57;}, {@code &#x39;},
     * {@code &commat;}.
     */
    private static int referenced(Matcher m) {
        if (m.group(1) != null) {
            int cp = Integer.parseInt(m.group(1));
            return Character.isValidCodePoint(cp) ? cp : '\uFFFD';
        }
        if (m.group(2) != null) {
            return Integer.parseInt(m.group(2), 16);
        }
        return NAMED_REFERENCES.get(m.group(3));
    }

    /**
     * Prepares a URL or IRI: percent-decoded as UTF-8 first ({@code %40} is @, and so is {@code %2540}, decoded again
     * up to {@value #DECODINGS} times), then as {@link #of}.
     */
    static String iri(String raw) {
        return of(decoded(raw)).text();
    }

    /**
     * {@code raw} percent-decoded as UTF-8, and decoded again while that changes it, at most {@value #DECODINGS} times:
     * how every screen of an IRI reads it ({@code %2540} is @).
     */
    static String decoded(String raw) {
        String decoded = raw;
        for (int i = 0; i < DECODINGS; i++) {
            String again = percentDecode(decoded);
            if (again.equals(decoded)) {
                break;
            }
            decoded = again;
        }
        return decoded;
    }

    private static String map(int cp) {
        if (cp < 0x80) {
            // Tabs and line breaks stay for joinLines; a vertical tab or form feed is a gap like a space.
            return cp == 0x0B || cp == 0x0C ? " " : Character.toString(cp);
        }
        if (isBlank(cp)) {
            return " ";
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            // Invisible: format characters, and marks that show nothing (zero-width space and joiners, combining
            // grapheme joiner, variation selectors).
            return "";
        }
        if (type == Character.DASH_PUNCTUATION || cp == 0x2212) {
            // En and em dashes, the hyphen U+2010, the minus sign: "98765–43210" is a phone number as much as with "-".
            return "-";
        }
        if (cp == 0x0131) {
            // The dotless ı, which shows as an i: "Shrı".
            return "i";
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.toString('0' + Character.digit(cp, 10));
        }
        String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        int value = UCharacter.getNumericValue(cp);
        if (type == Character.OTHER_NUMBER && value >= 0 && value <= 9 && !nfkc.matches("[0-9]")) {
            // A digit no normalisation reaches: the dingbats "❾", "➒", "⓿".
            return Character.toString('0' + value);
        }
        return nfkc;
    }

    /** A combining or enclosing mark: it draws on the character before it. */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Whether {@code cp} shows as a gap between words: every Unicode White_Space character (space separators, the line
     * and paragraph separators U+2028 and U+2029, vertical tab, form feed, next line) and the blank fillers that fonts
     * draw as a space (Braille blank, Hangul fillers, the null notehead). Deleted instead, "3\u3164women" would read
     * "3women" while a browser shows "3 women".
     */
    private static boolean isBlank(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE) || BLANK_FILLERS.indexOf(cp) >= 0;
    }

    /** Decodes {@code %XX} sequences as UTF-8 (and {@code +} as a space), leaving malformed ones as they are. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c == '+' ? ' ' : c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    /**
     * This text as an HTML page or a search snippet shows it: every run of spaces, tabs and line breaks, paragraph
     * breaks included, one space ("3", a blank line, "women" read "3 women"); this same object when there is no such
     * run.
     */
    PreparedText collapsed() {
        StringBuilder out = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (!space || !gap) {
                at[out.length()] = origin[i];
                out.append(space ? ' ' : c);
            }
            gap = space;
        }
        if (out.length() == text.length() && text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
            return this;
        }
        at[out.length()] = origin[text.length()];
        return new PreparedText(out.toString(), Arrays.copyOf(at, out.length() + 1));
    }

    /** The prepared text. */
    String text() {
        return text;
    }

    /** The offset in the original text of the prepared character at {@code index} (or of the end). */
    int originalOffset(int index) {
        return origin[index];
    }
}
