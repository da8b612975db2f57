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
 * selectors, Hangul fillers), every dash a hyphen-minus, every space separator (no-break, narrow, figure) a plain
 * space, and a line break inside a paragraph a space; HTML character references ({@code &#57;}, {@code &commat;}) are
 * read as the characters Markdown renders, and Markdown emphasis next to a digit is dropped. Without this,
 * "98765\u200B43210" or "९८७६५४३२१०" would pass a screen that looks for ASCII digits.
 */
final class PreparedText {
    /** How many times an IRI is percent-decoded at most: enough for any double encoding seen in practice. */
    static final int DECODINGS = 3;

    private static final String EMPHASIS = "*_~`";
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
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            Matcher reference =
                    cp == '&' ? CHARACTER_REFERENCE.matcher(raw).region(i, Math.min(raw.length(), i + 12)) : null;
            String mapped;
            if (reference != null && reference.lookingAt()) {
                mapped = map(referenced(reference));
                next = reference.end();
            } else if (EMPHASIS.indexOf(cp) >= 0 && nextToDigit(raw, next, out)) {
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

    /** Markdown emphasis next to a digit is dropped: "98765**43210**" and "**3** women" render as plain figures. */
    private static boolean nextToDigit(String raw, int next, StringBuilder out) {
        int i = next;
        while (i < raw.length() && EMPHASIS.indexOf(raw.charAt(i)) >= 0) {
            i++;
        }
        boolean before = !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1));
        return before || i < raw.length() && Character.isDigit(raw.codePointAt(i));
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
        String decoded = raw;
        for (int i = 0; i < DECODINGS; i++) {
            String again = percentDecode(decoded);
            if (again.equals(decoded)) {
                break;
            }
            decoded = again;
        }
        return of(decoded).text();
    }

    private static String map(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            // Invisible: format characters, and marks and fillers that show nothing (combining grapheme joiner,
            // variation selectors, Hangul fillers).
            return "";
        }
        if (type == Character.DASH_PUNCTUATION || cp == 0x2212) {
            // En and em dashes, the hyphen U+2010, the minus sign: "98765–43210" is a phone number as much as with "-".
            return "-";
        }
        if (type == Character.SPACE_SEPARATOR) {
            return " ";
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.toString('0' + Character.digit(cp, 10));
        }
        if (cp < 0x80) {
            return Character.toString(cp);
        }
        return Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
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

    /** The prepared text. */
    String text() {
        return text;
    }

    /** The offset in the original text of the prepared character at {@code index} (or of the end). */
    int originalOffset(int index) {
        return origin[index];
    }
}
