package org.pravasi.registry.workspace;

/** Devanagari digits (०–९) to ASCII digits, an exact rewrite: {@code २०२४} is {@code 2024}. */
final class Digits {
    private Digits() {}

    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        return out.toString();
    }
}
