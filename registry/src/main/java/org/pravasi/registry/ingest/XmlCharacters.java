package org.pravasi.registry.ingest;

import java.util.OptionalInt;

/**
 * The characters XML 1.0 allows in text (tab, line feed, carriage return, and everything from U+0020 on except
 * surrogates, U+FFFE and U+FFFF). A text with any other (a vertical tab or form feed pasted from a spreadsheet, a NUL)
 * cannot be written into an Atom feed, an RDF/XML or SPARQL XML answer: every conforming reader refuses the whole
 * document. Texts are refused with such characters where they come in (publishing, harvesting), and stripped where XML
 * is written.
 */
public final class XmlCharacters {
    private XmlCharacters() {}

    /** The offset of the first character of {@code text} XML 1.0 does not allow, if any. */
    public static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** {@code text} without the characters XML 1.0 does not allow. */
    public static String strip(String text) {
        if (firstForbidden(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlCharacters::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@code U+XXXX} of the character at {@code offset} of {@code text}, to name it in a message. */
    public static String name(String text, int offset) {
        return String.format(java.util.Locale.ROOT, "U+%04X", text.codePointAt(offset));
    }

    private static boolean allowed(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
