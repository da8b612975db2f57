package org.pravasi.portal.map;

/**
 * A text in English and Hindi; either may be absent ({@code null}).
 *
 * @param en English
 * @param hi Hindi
 */
public record LangText(String en, String hi) {

    /** The English text, else the Hindi, else {@code fallback}. */
    public String best(String fallback) {
        if (en != null && !en.isBlank()) {
            return en;
        }
        return hi != null && !hi.isBlank() ? hi : fallback;
    }
}
