package org.pravasi.registry.disclosure;

/** Masks sensitive values for findings, keeping a couple of characters so publishers can find them. */
final class Masking {

    private Masking() {}

    /**
     * Keeps the first and last two letters or digits of values with eight or more, one of shorter ones, and none of
     * values under four; masks the others and keeps separators.
     */
    static String identifier(String value) {
        int total = (int) value.codePoints().filter(Character::isLetterOrDigit).count();
        int keep = total >= 8 ? 2 : total >= 4 ? 1 : 0;
        StringBuilder masked = new StringBuilder(value.length());
        int seen = 0;
        for (int cp : value.codePoints().toArray()) {
            if (!Character.isLetterOrDigit(cp)) {
                masked.appendCodePoint(cp);
                continue;
            }
            masked.appendCodePoint(seen < keep || seen >= total - keep ? cp : '*');
            seen++;
        }
        return masked.toString();
    }

    /** Keeps the first character of every word (letters with their combining marks) and masks the rest. */
    static String words(String value) {
        StringBuilder masked = new StringBuilder(value.length());
        boolean inWord = false;
        for (int cp : value.codePoints().toArray()) {
            boolean wordPart = Character.isLetter(cp) || isMark(cp);
            masked.appendCodePoint(wordPart && inWord ? '*' : cp);
            inWord = wordPart;
        }
        return masked.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
