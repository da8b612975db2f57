package org.pravasi.registry.disclosure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text as the detectors see it, with the offset in the original of each character: compatibility-normalised
 * (NFKC: full-width digits and letters become ASCII), every script's decimal digits written as ASCII digits
 * (९८७ and ৯৮৭ become 987), invisible format characters removed (zero-width space, joiner and non-joiner, word
 * joiner, soft hyphen, byte order mark, bidi controls) and every space separator (no-break, narrow, figure) a
 * plain space. Without this, "98765\u200B43210" or "९८७६५४३२१०" would pass a screen that looks for ASCII digits.
 */
final class PreparedText {
    /** How many times an IRI is percent-decoded at most: enough for any double encoding seen in practice. */
    static final int DECODINGS = 3;

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
            String mapped = map(cp);
            for (int j = 0; j < mapped.length(); j++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
            }
            out.append(mapped);
            i += Character.charCount(cp);
        }
        if (n == origin.length) {
            origin = Arrays.copyOf(origin, origin.length + 1);
        }
        origin[n] = raw.length();
        return new PreparedText(out.toString(), origin);
    }

    /**
     * Prepares a URL or IRI: percent-decoded as UTF-8 first ({@code %40} is @, and so is {@code %2540}, decoded
     * again up to {@value #DECODINGS} times), then as {@link #of}.
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
        if (type == Character.FORMAT) {
            return "";
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
